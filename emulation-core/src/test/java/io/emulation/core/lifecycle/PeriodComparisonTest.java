package io.emulation.core.lifecycle;

import static io.emulation.core.lifecycle.TwoYearPlant.output;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.emulation.core.campaign.DecimalPolicy;
import io.emulation.core.criteria.RollUp;
import io.emulation.core.evaluation.CompiledCampaign;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.lifecycle.PeriodComparison.CriterionChange;
import io.emulation.core.lifecycle.PeriodComparison.ParticipantChange;
import io.emulation.core.lifecycle.PeriodComparison.Relation;
import io.emulation.core.period.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "+10% vs the same period last year" and "Q2 vs Q1", worked out by hand. */
class PeriodComparisonTest {
  private static final Period H1_2020 = Period.half(2020, 1);
  private static final Period H1_2021 = Period.half(2021, 1);
  private static final Period Q1 = Period.quarter(2021, 1);
  private static final Period Q2 = Period.quarter(2021, 2);
  private static final DecimalPolicy TWO_PLACES = DecimalPolicy.standard();

  // H1 2020: a 60 + b 40 = 100; H1 2021: a 70 + b 40 = 110 (+10%)
  // Q1 2021: a 30 + b 20 = 50; Q2 2021: a 40 + b 20 = 60 (+20%)
  private static final EvaluationData DATA = EvaluationData.builder().add(
      output("a", H1_2020, "60"), output("b", H1_2020, "40"),
      output("a", Q1, "30"), output("a", Q2, "40"),
      output("b", Q1, "20"), output("b", Q2, "20")).build();

  private final CompiledCampaign campaign = TwoYearPlant.compiled(RollUp.SUM);
  private final Reviews reviews = Reviews.of("plant")
      .with(Review.conduct(campaign, DATA, H1_2020))
      .with(Review.conduct(campaign, DATA, Q1))
      .with(Review.conduct(campaign, DATA, Q2))
      .with(Review.conduct(campaign, DATA, H1_2021));

  @Test
  void criterionSumsGrowTenPercentOnTheSamePeriodLastYear() {
    PeriodComparison comparison = reviews.compare(H1_2021, H1_2020, TWO_PLACES);

    assertThat(comparison.relation()).isEqualTo(Relation.SAME_PERIOD_LAST_YEAR);
    assertThat(comparison.criteria()).containsExactly(new CriterionChange("output",
        "Production value", new BigDecimal("100.00"), new BigDecimal("110.00"), 2, 2,
        new BigDecimal("10.00"), Optional.of(new BigDecimal("10.00"))));
  }

  @Test
  void secondQuarterIsComparedWithTheFirst() {
    PeriodComparison comparison = reviews.compare(Q2, Q1, TWO_PLACES);

    assertThat(comparison.relation()).isEqualTo(Relation.PREVIOUS_PERIOD);
    assertThat(comparison.criterion("output").orElseThrow().percentChange())
        .contains(new BigDecimal("20.00"));
  }

  @Test
  void eachParticipantsTotalChangeIsGiven() {
    // output points: 50 x value / 100; a 30 -> 15.00, 40 -> 20.00; b 20 -> 10.00 both quarters
    PeriodComparison comparison = reviews.compare(Q2, Q1, TWO_PLACES);

    assertThat(comparison.participant("a")).contains(new ParticipantChange("a",
        Optional.of(new BigDecimal("15.00")), Optional.of(new BigDecimal("20.00")),
        Optional.of(new BigDecimal("5.00")), Optional.of(new BigDecimal("33.33"))));
    assertThat(comparison.participant("b").orElseThrow().change())
        .contains(new BigDecimal("0.00"));
  }

  @Test
  void percentagesFollowTheCampaignsDecimalPolicy() {
    PeriodComparison comparison =
        reviews.compare(Q2, Q1, DecimalPolicy.of(0, RoundingMode.DOWN));

    assertThat(comparison.participant("a").orElseThrow().percentChange())
        .contains(new BigDecimal("33"));
  }

  @Test
  void describeSaysTheChangeAgainstTheSamePeriodLastYear() {
    assertThat(reviews.compare(H1_2021, H1_2020, TWO_PLACES).describe()).isEqualTo(
        "2021-H1 vs 2020-H1 (campaign 'plant')\n"
            + "output (Production value): 110.00 in 2021-H1, 100.00 in 2020-H1, +10.00 "
            + "(+10.00% vs the same period last year)");
  }

  @Test
  void aZeroBaselineHasNoPercentage() {
    EvaluationData zero = EvaluationData.builder().add(
        output("a", Q1, "0"), output("b", Q1, "0"),
        output("a", Q2, "10"), output("b", Q2, "0")).build();
    Reviews fromZero = Reviews.of("plant")
        .with(Review.conduct(campaign, zero, Q1)).with(Review.conduct(campaign, zero, Q2));

    CriterionChange change =
        fromZero.compare(Q2, Q1, TWO_PLACES).criterion("output").orElseThrow();

    assertThat(change.change()).isEqualByComparingTo("10");
    assertThat(change.percentChange()).isEmpty();
  }

  @Test
  void comparingAPeriodNotReviewedIsRejectedNamingWhatWas() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> reviews.compare(Period.half(2021, 2), H1_2021, TWO_PLACES))
        .withMessage("campaign 'plant' has no review of 2021-H2; reviewed: "
            + "[2020-H1, 2021-H1, 2021-Q1, 2021-Q2]");
  }

  @Test
  void aReviewOfAnotherCampaignCannotJoin() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Reviews.of("other").with(reviews.at(Q1).orElseThrow()))
        .withMessage("a review of campaign 'plant' cannot join the reviews of campaign 'other'");
  }
}
