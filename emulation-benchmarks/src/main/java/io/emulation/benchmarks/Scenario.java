package io.emulation.benchmarks;

import io.emulation.core.award.AwardEvaluator;
import io.emulation.core.award.AwardInputs;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRule;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.Quota;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.CompiledCampaign;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.preset.Presets;
import io.emulation.core.scoring.FormulaRegistry;
import java.math.BigDecimal;

/** One benchmark scenario: a synthetic campaign, compiled, with its data and award pack. */
public final class Scenario {
  /** Criteria per campaign in every benchmark. */
  public static final int CRITERIA = 20;
  /** Individuals per unit. */
  public static final int UNIT_SIZE = 50;

  final SyntheticCampaign synthetic;
  final CompiledCampaign compiled;
  final EvaluationData data;
  final AwardEvaluator awards;
  final AwardEvaluator whatIfAwards;
  final AwardInputs inputs;

  private Scenario(SyntheticCampaign synthetic) {
    this.synthetic = synthetic;
    this.compiled = CampaignEvaluator.of(FormulaRegistry.load()).compile(synthetic.campaign());
    this.data = synthetic.columns();
    AwardRuleSet law = Presets.law2022();
    // the synthetic inputs are immutable, so candidates may be checked on both cores
    this.awards = AwardEvaluator.of(law).inParallel();
    AwardRule fighter = law.rule(Presets.CSTDCS).orElseThrow();
    this.whatIfAwards = AwardEvaluator.of(law.toBuilder().replaceRule(fighter.withQuota(
        Quota.percentOfHolders(Presets.LDTT, BigDecimal.valueOf(20)))).build()).inParallel();
    this.inputs = synthetic.awardInputs();
  }

  /** {@code n} individuals in units of 50, 20 criteria, seed 42. */
  public static Scenario of(int n) {
    return of(n, Math.max(1, n / UNIT_SIZE), CRITERIA, 42);
  }

  /** Any size. */
  public static Scenario of(int n, int units, int criteria, long seed) {
    return new Scenario(SyntheticCampaign.of(n, units, criteria, seed));
  }

  /**
   * {@code n} individuals as in {@link #of(int)}, the measurements held only as the engine's
   * columns (as an application holds them): for the heap probe; no baseline runs on it.
   */
  public static Scenario columnsOnly(int n) {
    return new Scenario(SyntheticCampaign.columnsOnly(n, Math.max(1, n / UNIT_SIZE), CRITERIA,
        42));
  }

  /** The synthetic campaign. */
  public SyntheticCampaign synthetic() {
    return synthetic;
  }

  /** Scoring, grading and ranking. */
  public EvaluationResult evaluate() {
    return compiled.evaluate(data, SyntheticCampaign.PERIOD);
  }

  /** Award decisions on an evaluation. */
  public AwardResult decide(EvaluationResult evaluation) {
    return awards.evaluate(synthetic.campaign(), evaluation, inputs);
  }

  /**
   * The what-if: CSTĐCS quota raised from 15% to 20%, re-deciding only what that reaches of the
   * awards already decided ({@code AwardEvaluator.reevaluate}).
   */
  public AwardResult whatIf(AwardResult decided) {
    return whatIfAwards.reevaluate(decided);
  }

  /** The same what-if decided from scratch, as the incremental one must equal. */
  public AwardResult whatIfFromScratch(EvaluationResult evaluation) {
    return whatIfAwards.evaluate(synthetic.campaign(), evaluation, inputs);
  }

  /** The full evaluation: scoring, grading, ranks and awards. */
  public Full full() {
    EvaluationResult evaluation = evaluate();
    return new Full(evaluation, decide(evaluation));
  }

  /** An evaluation and its award decisions. */
  public record Full(EvaluationResult evaluation, AwardResult awards) {}
}
