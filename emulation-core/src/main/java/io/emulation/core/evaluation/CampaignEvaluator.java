package io.emulation.core.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.internal.Suggestions;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.InputRequirement;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.ScoringFormula;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates campaigns: scores every participant in scope on every criterion, totals, grades and
 * ranks them, and explains each number. Immutable and safe to share between threads; the same
 * campaign and data always give an equal result, whatever the order of the data.
 *
 * <pre>{@code
 * CampaignEvaluator evaluator = CampaignEvaluator.of(FormulaRegistry.load());
 * EvaluationResult result = evaluator.evaluate(campaign, data, Period.half(2021, 1));
 *
 * CampaignEvaluator lenient = evaluator.withFaultPolicy(FaultPolicy.PUBLISH_WITH_ERRORS);
 * lenient.evaluate(campaign, data, period).errors().forEach(System.err::println);
 * }</pre>
 *
 * <p>A misbehaving formula plugin is handled by the evaluator's {@link FaultPolicy}: by default
 * ({@link FaultPolicy#FAIL}) the evaluation fails listing every fault.
 *
 * @since 0.1
 */
public final class CampaignEvaluator {
  private final FormulaRegistry formulas;
  private final FaultPolicy faultPolicy;

  private CampaignEvaluator(FormulaRegistry formulas, FaultPolicy faultPolicy) {
    this.formulas = formulas;
    this.faultPolicy = faultPolicy;
  }

  /** An evaluator using the given formulas, failing on any formula fault. */
  public static CampaignEvaluator of(FormulaRegistry formulas) {
    return new CampaignEvaluator(requireNonNull(formulas, "formulas"), FaultPolicy.FAIL);
  }

  /**
   * A copy of this evaluator that handles formula faults by {@code policy}.
   *
   * @since 0.1
   */
  public CampaignEvaluator withFaultPolicy(FaultPolicy policy) {
    return new CampaignEvaluator(formulas, requireNonNull(policy, "policy"));
  }

  /** What this evaluator does when a formula misbehaves; {@link FaultPolicy#FAIL} by default. */
  public FaultPolicy faultPolicy() {
    return faultPolicy;
  }

  /** The formulas this evaluator resolves ids against. */
  public FormulaRegistry formulas() {
    return formulas;
  }

  /**
   * Resolves and checks the campaign's formulas, for evaluating it repeatedly.
   *
   * @throws InvalidDefinitionException listing every unknown formula id, invalid parameter and
   *     unmet input requirement, and, under {@link FaultPolicy#FAIL}, every formula whose {@code
   *     validate} or {@code requirements} failed
   */
  public CompiledCampaign compile(Campaign campaign) {
    requireNonNull(campaign, "campaign");
    List<Problem> problems = new ArrayList<>();
    ImmutableMap.Builder<String, CriterionFormula> resolved = ImmutableMap.builder();
    for (Criterion criterion : campaign.criteria()) {
      resolve(criterion, problems).ifPresent(f -> resolved.put(criterion.id(), f));
    }
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(Message.of("campaign.what", campaign.id()), problems);
    }
    return new CompiledCampaign(campaign, resolved.build(), faultPolicy);
  }

  /**
   * Every problem with a criterion's formula: unknown id (with a "did you mean"), invalid
   * parameters, inputs the criterion cannot supply. Empty when {@link #compile} will accept it.
   * Locations are {@code criteria/<id>/formula...}.
   */
  public List<Problem> check(Criterion criterion) {
    List<Problem> problems = new ArrayList<>();
    resolve(requireNonNull(criterion, "criterion"), problems);
    return problems;
  }

  /**
   * Evaluates the campaign for one review period (the campaign's own or one inside it).
   *
   * @throws InvalidDefinitionException when the campaign does not compile
   * @throws io.emulation.core.InvalidDataException when the data does not fit the campaign
   * @throws io.emulation.core.ScoringFailedException when formulas fail under {@link
   *     FaultPolicy#FAIL}
   */
  public EvaluationResult evaluate(Campaign campaign, EvaluationData data, Period period) {
    return compile(campaign).evaluate(data, period);
  }

  private Optional<CriterionFormula> resolve(Criterion criterion, List<Problem> problems) {
    String where = "criteria/" + criterion.id() + "/formula";
    String id = criterion.formula().formulaId();
    Optional<ScoringFormula> found = formulas.find(id);
    if (found.isEmpty()) {
      problems.add(Problem.at(where, Message.of("evaluation.formula.unknown", criterion.id(), id,
          Suggestions.suggestion(id, formulas.ids()), ImmutableList.copyOf(formulas.ids()))));
      return Optional.empty();
    }
    ScoringFormula formula = found.get();
    List<ParameterProblem> invalid;
    Set<InputRequirement> requirements;
    try {
      invalid = formula.validate(criterion.formula().parameters());
      if (invalid == null) {
        return faulty(formula, criterion, where,
            Message.of("evaluation.formula.validateReturnedNull"), problems);
      }
      requirements = formula.requirements();
      if (requirements == null) {
        return faulty(formula, criterion, where,
            Message.of("evaluation.formula.requirementsReturnedNull"), problems);
      }
    } catch (RuntimeException | LinkageError e) {
      return faulty(formula, criterion, where, Message.of("evaluation.formula.validateFailed",
          criterion.id(), LineScorer.describe(e)), problems);
    }
    invalid.forEach(p -> problems.add(p.parameter().isEmpty()
        ? Problem.at(where + "/parameters", Message.of("evaluation.formula.parameters",
            criterion.id(), id, Message.from(p.explanation())))
        : Problem.at(where + "/parameters/" + p.parameter(),
            Message.of("evaluation.formula.parameter", criterion.id(), id, p.parameter(),
                Message.from(p.explanation())))));
    if (requirements.contains(InputRequirement.BASELINE) && !criterion.isYearOverYear()) {
      problems.add(Problem.at(where, Message.of("evaluation.formula.needsLastYear", id,
          criterion.id())));
    }
    return invalid.isEmpty()
        ? Optional.of(CriterionFormula.usable(formula, requirements)) : Optional.empty();
  }

  /**
   * A formula whose own contract methods failed: a definition problem under {@link
   * FaultPolicy#FAIL}; otherwise compiled as faulty, so that its lines are errored.
   */
  private Optional<CriterionFormula> faulty(ScoringFormula formula, Criterion criterion,
      String where, Message what, List<Problem> problems) {
    Message message = Message.of("evaluation.formula.faulty", formula.id(), what);
    if (faultPolicy == FaultPolicy.FAIL) {
      problems.add(Problem.at(where, message));
      return Optional.empty();
    }
    return Optional.of(CriterionFormula.faulty(formula,
        Message.of("evaluation.formula.contractFailed", criterion.id(), message)));
  }
}
