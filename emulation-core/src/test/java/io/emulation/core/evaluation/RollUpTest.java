package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.SmallFactory.H1;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.RollUp;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.ScoreLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How quarterly measurements become a half-year value: {@link SmallFactory}'s {@code a1} has
 * output 50 in Q1 and 62 in Q2, scored by {@code emulation:linear} with 50 points at the target
 * of 100 (proportional below it, plus 0.5 per percent above it, at most 5).
 */
class RollUpTest {
  private static final Period Q1 = Period.quarter(2021, 1);
  private static final Period Q2 = Period.quarter(2021, 2);

  private final CampaignEvaluator evaluator = CampaignEvaluator.of(FormulaRegistry.load());

  private static Campaign rollingUpBy(RollUp how) {
    Criterion output = SmallFactory.campaign().criterion("output").orElseThrow();
    return SmallFactory.campaign().toBuilder()
        .replaceCriterion(output.toBuilder().rollUp(how).build()).build();
  }

  private ScoreLine outputOfA1(Campaign campaign, EvaluationData data) {
    return evaluator.evaluate(campaign, data, H1).result("a1").orElseThrow().scorecard()
        .line("output").orElseThrow();
  }

  /** SmallFactory's data with a1's two quarters of output replaced. */
  private static EvaluationData withOutputOfA1(Measurement q1, Measurement q2) {
    List<Measurement> measurements = Stream.concat(
        SmallFactory.data().measurements().stream()
            .filter(m -> !(m.participantId().equals("a1") && m.criterionId().equals("output"))),
        Stream.of(q1, q2)).toList();
    return EvaluationData.of(measurements, SmallFactory.data().adjustments());
  }

  @Test
  void meanRollUpAveragesTheQuarters() {
    // (50 + 62) / 2 = 56 of 100 -> 50 x 0.56 = 28
    ScoreLine line = outputOfA1(rollingUpBy(RollUp.MEAN), SmallFactory.data());

    assertThat(line.value().orElseThrow()).isEqualByComparingTo("56");
    assertThat(line.points()).isEqualByComparingTo("28.00");
  }

  @Test
  void lastRollUpTakesTheLatestQuarterWhateverTheInputOrder() {
    // 62 of 100 -> 31; Q2 is listed first, but Q2 is still the last quarter
    EvaluationData data = withOutputOfA1(
        Measurement.of("a1", "output", Q2, new BigDecimal("62")),
        Measurement.of("a1", "output", Q1, new BigDecimal("50")));

    ScoreLine line = outputOfA1(rollingUpBy(RollUp.LAST), data);

    assertThat(line.value().orElseThrow()).isEqualByComparingTo("62");
    assertThat(line.points()).isEqualByComparingTo("31.00");
  }

  @Test
  void targetsOfEveryQuarterRollUpLikeTheValuesInsteadOfTheCriterionTarget() {
    // targets 30 + 50 = 80; 112 of 80 = 140 % -> 50 + capped bonus 5
    EvaluationData data = withOutputOfA1(
        Measurement.of("a1", "output", Q1, new BigDecimal("50"))
            .withTarget(new BigDecimal("30")),
        Measurement.of("a1", "output", Q2, new BigDecimal("62"))
            .withTarget(new BigDecimal("50")));

    ScoreLine line = outputOfA1(SmallFactory.campaign(), data);

    assertThat(line.target().orElseThrow()).isEqualByComparingTo("80");
    assertThat(line.points()).isEqualByComparingTo("55.00");
  }

  @Test
  void aQuarterWithoutItsOwnTargetFallsBackToTheCriterionTarget() {
    // only Q1 has a target, so the criterion's 100 applies to 112 -> 50 + capped bonus 5
    EvaluationData data = withOutputOfA1(
        Measurement.of("a1", "output", Q1, new BigDecimal("50"))
            .withTarget(new BigDecimal("30")),
        Measurement.of("a1", "output", Q2, new BigDecimal("62")));

    ScoreLine line = outputOfA1(SmallFactory.campaign(), data);

    assertThat(line.target().orElseThrow()).isEqualByComparingTo("100");
  }
}
