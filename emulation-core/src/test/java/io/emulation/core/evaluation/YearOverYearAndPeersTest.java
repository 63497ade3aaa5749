package io.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.InvalidDataException;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.ScoreLine;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Criteria that need more than their own value: last year's value, and the peers' values. */
class YearOverYearAndPeersTest {
  private static final Period H1 = Period.half(2021, 1);
  private static final Period H1_2020 = Period.half(2020, 1);
  private final CampaignEvaluator evaluator = CampaignEvaluator.of(FormulaRegistry.load());

  private static Campaign campaign(Criterion criterion) {
    return Campaign.builder("c", "Campaign")
        .period(Period.year(2021))
        .organisation(Organisation.builder().unit(OrgUnit.root("f", "Factory"))
            .individual(Individual.of("e1", "An", "f"))
            .individual(Individual.of("e2", "Bình", "f"))
            .individual(Individual.of("e3", "Cường", "f")).build())
        .criteria(criterion)
        .build();
  }

  private static Criterion growth(boolean yearOverYear) {
    return Criterion.builder("revenue", "Revenue growth")
        .formula("emulation:growth",
            SmallFactory.params(Map.of("maxPoints", 10, "targetGrowth", 10)))
        .yearOverYear(yearOverYear)
        .whenMissing(MissingPolicy.NOT_APPLICABLE)
        .build();
  }

  private BigDecimal points(EvaluationResult result, String participant, String criterion) {
    return result.result(participant).orElseThrow().scorecard().line(criterion).orElseThrow()
        .points();
  }

  @Test
  void growthComparesWithTheSamePeriodLastYear() {
    EvaluationData data = EvaluationData.builder()
        // e1: 100 -> 110 is +10 %, the target growth: full points
        .add(Measurement.of("e1", "revenue", H1_2020, new BigDecimal("100")),
            Measurement.of("e1", "revenue", H1, new BigDecimal("110")),
            // e2: last year's half rolled up from its quarters, 200 -> 210 is +5 %: half points
            Measurement.of("e2", "revenue", Period.quarter(2020, 1), new BigDecimal("90")),
            Measurement.of("e2", "revenue", Period.quarter(2020, 2), new BigDecimal("110")),
            Measurement.of("e2", "revenue", H1, new BigDecimal("210")))
        .build();
    EvaluationResult result = evaluator.evaluate(campaign(growth(true)), data, H1);
    assertThat(points(result, "e1", "revenue")).isEqualByComparingTo("10.00");
    assertThat(points(result, "e2", "revenue")).isEqualByComparingTo("5.00");
    assertThat(result.result("e2").orElseThrow().scorecard().line("revenue").orElseThrow()
        .baseline()).contains(new BigDecimal("200"));
    assertThat(result.result("e3").orElseThrow().scorecard().line("revenue").orElseThrow()
        .status()).isEqualTo(ScoreLine.Status.NOT_APPLICABLE);
  }

  @Test
  void missingBaselineNamesThePeriodLooked() {
    EvaluationData data = EvaluationData.builder()
        .add(Measurement.of("e1", "revenue", H1, new BigDecimal("110"))).build();
    assertThatThrownBy(() -> evaluator.evaluate(campaign(growth(true)), data, H1))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("year-over-year criterion 'revenue' has no value for participant "
            + "'e1' in 2020-H1 to compare 2021-H1 with");
  }

  @Test
  void baselineFormulaOnACriterionNotDeclaredYearOverYearIsADefinitionError() {
    assertThatThrownBy(() -> evaluator.compile(campaign(growth(false))))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("formula 'emulation:growth' needs last year's value, so criterion "
            + "'revenue' must be declared year-over-year");
  }

  @Test
  void percentileComparesWithEveryParticipantThatHasAValue() {
    Criterion relative = Criterion.builder("speed", "Speed among peers")
        .formula("emulation:percentile", SmallFactory.params(Map.of("maxPoints", 10)))
        .whenMissing(MissingPolicy.ZERO)
        .build();
    EvaluationData data = EvaluationData.builder()
        .add(Measurement.of("e1", "speed", H1, new BigDecimal("7")),
            Measurement.of("e2", "speed", H1, new BigDecimal("9")))
        .build();
    EvaluationResult result = evaluator.evaluate(campaign(relative), data, H1);
    // e3 has no value: it is no peer, so e2 beats the one other peer and e1 beats nobody
    assertThat(points(result, "e2", "speed")).isEqualByComparingTo("10.00");
    assertThat(points(result, "e1", "speed")).isEqualByComparingTo("0.00");
    assertThat(points(result, "e3", "speed")).isEqualByComparingTo("0.00");
  }

  @Test
  void targetFormulaWithoutAnyTargetIsADataError() {
    Criterion noTarget = Criterion.builder("output", "Output")
        .formula("emulation:linear", SmallFactory.params(Map.of("maxPoints", 10)))
        .build();
    EvaluationData data = EvaluationData.builder()
        .add(Measurement.of("e1", "output", H1, BigDecimal.TEN),
            Measurement.of("e2", "output", H1, BigDecimal.TEN).withTarget(BigDecimal.TEN),
            Measurement.of("e3", "output", H1, BigDecimal.ONE))
        .build();
    assertThatThrownBy(() -> evaluator.evaluate(campaign(noTarget), data, H1))
        .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
            .extracting(Object::toString)
            .containsExactly(
                "criteria/output/e1: formula 'emulation:linear' of criterion 'output' needs a "
                    + "target, but neither the criterion nor the measurement for 'e1' in 2021-H1 "
                    + "has one",
                "criteria/output/e3: formula 'emulation:linear' of criterion 'output' needs a "
                    + "target, but neither the criterion nor the measurement for 'e3' in 2021-H1 "
                    + "has one"));
  }

  @Test
  void overlappingSubPeriodsCannotRollUp() {
    Criterion output = Criterion.builder("output", "Output")
        .formula("emulation:per-occurrence", SmallFactory.params(Map.of("pointsPer", 1)))
        .whenMissing(MissingPolicy.ZERO)
        .build();
    EvaluationData data = EvaluationData.builder()
        .add(Measurement.of("e1", "output", Period.quarter(2021, 1), BigDecimal.ONE),
            Measurement.of("e1", "output", Period.month(2021, 2), BigDecimal.ONE))
        .build();
    assertThatThrownBy(() -> evaluator.evaluate(campaign(output), data, H1))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("measurements of 'output' for 'e1' in 2021-Q1 and 2021-02 overlap, "
            + "so they cannot roll up into 2021-H1");
  }
}
