package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.SmallFactory.H1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.TestFormula;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a caller can ask an evaluation and a compiled campaign, on {@link SmallFactory}. */
class ResultQueriesTest {
  private final FormulaRegistry registry = FormulaRegistry.load();
  private final CampaignEvaluator evaluator = CampaignEvaluator.of(registry);
  private final CompiledCampaign compiled = evaluator.compile(SmallFactory.campaign());
  private final EvaluationResult result = compiled.evaluate(SmallFactory.data(), H1);

  @Test
  void explainingSomeoneNotEvaluatedNamesThemTheCampaignAndThePeriod() {
    assertThatThrownBy(() -> result.explain("ghost"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("participant 'ghost' was not evaluated in campaign 'qt-2021' for 2021-H1");
  }

  @Test
  void countGroupsOneKindByTheKeyInBestFirstOrderOfFirstSight() {
    // individuals best first: b1 (w2), a1 (w1), a2 (w1)
    assertThat(result.count(ParticipantKind.INDIVIDUAL, r -> r.participant().rankingUnitId()))
        .containsExactly(entry("w2", 1L), entry("w1", 2L));
    assertThat(result.count(ParticipantKind.COLLECTIVE, ParticipantResult::participantId))
        .containsExactly(entry("w2", 1L), entry("w1", 1L));
  }

  @Test
  void evaluatingTwiceGivesEqualResultsWithEqualHashCodes() {
    EvaluationResult again = evaluator.evaluate(SmallFactory.campaign(), SmallFactory.data(), H1);

    assertThat(again).isEqualTo(result).hasSameHashCodeAs(result);
  }

  @Test
  void resultsOfDifferentPeriodsOrDataAreNotEqual() {
    EvaluationResult fullYear = compiled.evaluate(SmallFactory.data(), SmallFactory.YEAR);
    EvaluationData lessOutput = EvaluationData.of(SmallFactory.data().measurements().stream()
        .map(m -> m.participantId().equals("a2") && m.criterionId().equals("output")
            ? Measurement.of("a2", "output", H1, BigDecimal.ONE)
            : m).toList(), SmallFactory.data().adjustments());

    assertThat(fullYear).isNotEqualTo(result);
    assertThat(compiled.evaluate(lessOutput, H1)).isNotEqualTo(result);
  }

  @Test
  void byParticipantListsIndividualsThenCollectivesEachBestFirst() {
    assertThat(result.byParticipant().keySet()).containsExactly("b1", "a1", "a2", "w2", "w1");
    assertThat(result.byParticipant().get("a1")).isEqualTo(result.result("a1").orElseThrow());
  }

  @Test
  void resultDescribesItselfByCampaignPeriodAndSizes() {
    assertThat(result).hasToString(
        "EvaluationResult{qt-2021, 2021-H1, 3 individuals, 2 collectives}");
  }

  @Test
  void compiledCampaignKeepsItsCampaignAndTheFormulaOfEachCriterion() {
    assertThat(compiled.campaign()).isEqualTo(SmallFactory.campaign());
    assertThat(compiled.formulaOf("initiatives")).map(ScoringFormula::id)
        .contains("emulation:per-occurrence");
    assertThat(compiled.formulaOf("no-such-criterion")).isEmpty();
    assertThat(compiled).hasToString("CompiledCampaign{qt-2021, formulas [emulation:linear, "
        + "emulation:pass-fail, emulation:per-occurrence]}");
  }

  @Test
  void evaluatorResolvesAgainstTheRegistryItWasGiven() {
    assertThat(evaluator.formulas()).isSameAs(registry);
  }

  @Test
  void formulaReturningNullFromValidateIsAProblemOfTheCriterion() {
    ScoringFormula careless = new NullValidation();
    FormulaRegistry.Builder formulas = FormulaRegistry.builder().add(careless);
    registry.formulas().forEach(formulas::add);
    CampaignEvaluator withCareless = CampaignEvaluator.of(formulas.build());
    Campaign campaign = SmallFactory.campaign().toBuilder()
        .replaceCriterion(SmallFactory.campaign().criterion("initiatives").orElseThrow()
            .toBuilder().formula(careless.id(), FormulaParameters.empty()).build())
        .build();

    assertThatThrownBy(() -> withCareless.compile(campaign))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("criteria/initiatives/formula")
        .hasMessageContaining("formula 'test:careless' returned null from validate");
  }

  /** A plugin formula breaking the contract that validate never returns null. */
  private static final class NullValidation implements ScoringFormula {
    private final ScoringFormula scoring = TestFormula.identity("test:careless");

    @Override
    public String id() {
      return scoring.id();
    }

    @Override
    public String spiVersion() {
      return scoring.spiVersion();
    }

    @Override
    public List<ParameterProblem> validate(FormulaParameters parameters) {
      return null;
    }

    @Override
    public Points score(ScoringInput input) {
      return scoring.score(input);
    }
  }
}
