package io.emulation.core.lifecycle;

import static io.emulation.core.lifecycle.TwoYearPlant.output;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.criteria.RollUp;
import io.emulation.core.evaluation.CompiledCampaign;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.period.Period;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interim reviews of Q1 and Q2 and the final review of H1, from quarterly measurements only:
 * H1 rolls Q1 and Q2 up as the criterion declares. Expected values are worked out by hand.
 */
class RollUpReviewTest {
  private static final Period Q1 = Period.quarter(2021, 1);
  private static final Period Q2 = Period.quarter(2021, 2);
  private static final Period H1 = Period.half(2021, 1);
  // a: Q1 40, Q2 70; b: Q1 10.5, Q2 20.25
  private static final EvaluationData QUARTERS = EvaluationData.builder().add(
      output("a", Q1, "40"), output("a", Q2, "70"),
      output("b", Q1, "10.5"), output("b", Q2, "20.25")).build();

  static Stream<Arguments> rollUps() {
    return Stream.of(
        // SUM: a 40 + 70 = 110; b 10.5 + 20.25 = 30.75
        Arguments.of(RollUp.SUM, "110", "30.75"),
        // MEAN: a (40 + 70) / 2 = 55; b (10.5 + 20.25) / 2 = 15.375
        Arguments.of(RollUp.MEAN, "55", "15.375"),
        // LAST: the Q2 values
        Arguments.of(RollUp.LAST, "70", "20.25"));
  }

  @ParameterizedTest(name = "{0}: H1 of a is {1}, of b is {2}")
  @MethodSource("rollUps")
  void halfYearRollsUpItsQuarters(RollUp rollUp, String a, String b) {
    CompiledCampaign campaign = TwoYearPlant.compiled(rollUp);

    Reviews reviews = Reviews.of("plant")
        .with(Review.conduct(campaign, QUARTERS, Q1))
        .with(Review.conduct(campaign, QUARTERS, Q2))
        .with(Review.conduct(campaign, QUARTERS, H1));

    EvaluationResult h1 = reviews.at(H1).orElseThrow().result();
    assertThat(value(h1, "a")).isEqualByComparingTo(a);
    assertThat(value(h1, "b")).isEqualByComparingTo(b);
  }

  static Stream<Arguments> rolledUpPoints() {
    return Stream.of(
        // linear up to 50 points at 100: SUM a 110 -> 50.00; b 30.75 x 0.5 = 15.375 -> 15.38
        Arguments.of(RollUp.SUM, "50.00", "15.38"),
        // MEAN a 55 x 0.5 = 27.50; b 15.375 x 0.5 = 7.6875 -> 7.69
        Arguments.of(RollUp.MEAN, "27.50", "7.69"),
        // LAST a 70 x 0.5 = 35.00; b 20.25 x 0.5 = 10.125 -> 10.13
        Arguments.of(RollUp.LAST, "35.00", "10.13"));
  }

  @ParameterizedTest(name = "{0}: H1 points of a are {1}, of b {2}")
  @MethodSource("rolledUpPoints")
  void halfYearPointsAreScoredOnTheRolledUpValue(RollUp rollUp, String a, String b) {
    EvaluationResult h1 = Review.conduct(TwoYearPlant.compiled(rollUp), QUARTERS, H1).result();

    assertThat(points(h1, "a")).isEqualTo(a);
    assertThat(points(h1, "b")).isEqualTo(b);
  }

  @Test
  void eachReviewIsKeptByPeriodWithItsKind() {
    CompiledCampaign campaign = TwoYearPlant.compiled(RollUp.SUM);

    Reviews reviews = Reviews.of("plant")
        .with(Review.conduct(campaign, QUARTERS, H1))
        .with(Review.conduct(campaign, QUARTERS, Q2))
        .with(Review.conduct(campaign, QUARTERS, Q1));

    assertThat(reviews.all()).extracting(Review::period).containsExactly(H1, Q1, Q2);
    assertThat(reviews.ofKind(ReviewKind.INTERIM)).extracting(Review::period)
        .containsExactly(Q1, Q2);
    assertThat(reviews.ofKind(ReviewKind.FINAL)).extracting(Review::period).containsExactly(H1);
  }

  @Test
  void reviewingAPeriodAgainReplacesItsReview() {
    CompiledCampaign campaign = TwoYearPlant.compiled(RollUp.SUM);
    EvaluationData corrected = EvaluationData.builder().add(
        output("a", Q1, "41"), output("b", Q1, "10.5")).build();

    Reviews reviews = Reviews.of("plant")
        .with(Review.conduct(campaign, QUARTERS, Q1))
        .with(Review.conduct(campaign, corrected, Q1));

    assertThat(reviews.all()).hasSize(1);
    assertThat(value(reviews.at(Q1).orElseThrow().result(), "a")).isEqualByComparingTo("41");
  }

  @Test
  void quarterReviewsAreInterimAndHalfYearsFinal() {
    assertThat(ReviewKind.usualFor(Q1)).isEqualTo(ReviewKind.INTERIM);
    assertThat(ReviewKind.usualFor(H1)).isEqualTo(ReviewKind.FINAL);
    assertThat(ReviewKind.usualFor(Period.year(2021))).isEqualTo(ReviewKind.FINAL);
  }

  private static BigDecimal value(EvaluationResult result, String participantId) {
    return result.result(participantId).orElseThrow().scorecard().line("output").orElseThrow()
        .value().orElseThrow();
  }

  private static String points(EvaluationResult result, String participantId) {
    return result.result(participantId).orElseThrow().scorecard().line("output").orElseThrow()
        .points().toPlainString();
  }
}
