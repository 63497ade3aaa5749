package io.emulation.core.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.emulation.core.award.Quota.Basis;
import io.emulation.core.award.Quota.Per;
import io.emulation.core.award.Quota.TiePolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Places from each basis, rounding, at-least-one, validation and the quota in words. */
class QuotaTest {
  private static final BigDecimal FIFTEEN = BigDecimal.valueOf(15);

  @Test
  void noQuotaGivesUnlimitedPlaces() {
    assertThat(Quota.none().places(7, 10, 3)).isEqualTo(Integer.MAX_VALUE);
    assertThat(Quota.none().isLimited()).isFalse();
  }

  @Test
  void countGivesThatManyPlacesWhateverTheNumbers() {
    assertThat(Quota.count(3).places(1, 100, 50)).isEqualTo(3);
    assertThat(Quota.count(3).isLimited()).isTrue();
  }

  @Test
  void percentOfEligibleCountsTheEligible() {
    assertThat(Quota.percentOfEligible(BigDecimal.valueOf(50)).places(7, 100, 100)).isEqualTo(3);
  }

  @Test
  void percentOfHeadcountCountsTheHeadcount() {
    assertThat(Quota.percentOfHeadcount(BigDecimal.TEN).places(1, 47, 0)).isEqualTo(4);
  }

  @Test
  void percentOfHoldersCountsTheHolders() {
    assertThat(Quota.percentOfHolders("ldtt", FIFTEEN).places(2, 100, 8)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}% of {1} rounded {2} is {3}")
  @CsvSource({
      "15, 8, FLOOR, 1", "15, 8, CEILING, 2", "15, 8, HALF_UP, 1",
      "15, 10, FLOOR, 1", "15, 10, CEILING, 2", "15, 10, HALF_UP, 2",
      "12, 10, HALF_UP, 1", "10, 10, FLOOR, 1", "10, 10, CEILING, 1",
      "10, 9, FLOOR, 0", "10, 9, CEILING, 1", "10, 9, HALF_UP, 1",
      "10, 4, HALF_UP, 0", "0, 50, CEILING, 0", "100, 13, FLOOR, 13"})
  void percentagesBecomePlacesByTheDeclaredRounding(BigDecimal percent, int count,
      RoundingMode mode, int places) {
    assertThat(Quota.percentOfHeadcount(percent).rounded(mode).places(count, count, 0))
        .isEqualTo(places);
  }

  @Test
  void percentagesRoundDownUnlessSaidOtherwise() {
    assertThat(Quota.percentOfEligible(BigDecimal.valueOf(40)).rounding())
        .isEqualTo(RoundingMode.FLOOR);
    assertThat(Quota.percentOfEligible(BigDecimal.valueOf(40)).places(4, 4, 0)).isEqualTo(1);
  }

  @Test
  void atLeastOneGivesAPlaceWhenAPercentageRoundsToNothing() {
    Quota tenPercent = Quota.percentOfHeadcount(BigDecimal.TEN).withAtLeastOne();

    assertThat(tenPercent.places(1, 9, 0)).isEqualTo(1);
  }

  @Test
  void atLeastOneGivesNoPlaceWhenNobodyIsEligible() {
    Quota tenPercent = Quota.percentOfHeadcount(BigDecimal.TEN).withAtLeastOne();

    assertThat(tenPercent.places(0, 9, 0)).isZero();
  }

  @Test
  void atLeastOneDoesNotLowerALargerNumber() {
    assertThat(Quota.percentOfHeadcount(BigDecimal.TEN).withAtLeastOne().places(5, 47, 0))
        .isEqualTo(4);
  }

  @Test
  void perUnitAndTiesAreCarriedByTheCopies() {
    Quota quota = Quota.count(2).perUnit().withTies(TiePolicy.ALL_IN);

    assertThat(quota.per()).isEqualTo(Per.UNIT);
    assertThat(quota.ties()).isEqualTo(TiePolicy.ALL_IN);
    assertThat(quota.basis()).isEqualTo(Basis.COUNT);
    assertThat(Quota.count(2).per()).isEqualTo(Per.CAMPAIGN);
    assertThat(Quota.count(2).ties()).isEqualTo(TiePolicy.ALL_OUT);
  }

  @Test
  void percentageAboveHundredIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quota.percentOfEligible(BigDecimal.valueOf(101)))
        .withMessage("a percentage quota must be 0 to 100% but was 101%");
  }

  @Test
  void countAboveHundredIsAccepted() {
    assertThat(Quota.count(250).places(300, 300, 0)).isEqualTo(250);
  }

  @Test
  void negativeCountIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Quota.count(-1))
        .withMessage("quota must be >= 0 but was -1");
  }

  @Test
  void negativePercentageIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quota.percentOfHeadcount(new BigDecimal("-0.5")))
        .withMessage("quota must be >= 0 but was -0.5");
  }

  @Test
  void nonWholeCountIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Quota(Basis.COUNT,
            new BigDecimal("2.5"), Optional.empty(), Per.CAMPAIGN, RoundingMode.FLOOR, false,
            TiePolicy.ALL_OUT))
        .withMessage("a count quota must be a whole number up to 2147483647 but was 2.5");
  }

  @Test
  void wholeCountWithTrailingZerosIsAccepted() {
    Quota quota = new Quota(Basis.COUNT, new BigDecimal("2.00"), Optional.empty(), Per.CAMPAIGN,
        RoundingMode.FLOOR, false, TiePolicy.ALL_OUT);

    assertThat(quota.places(5, 5, 0)).isEqualTo(2);
  }

  @Test
  void onlyAPercentOfHoldersQuotaNamesAnotherAward() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Quota(Basis.COUNT, BigDecimal.ONE,
            Optional.of("ldtt"), Per.CAMPAIGN, RoundingMode.FLOOR, false, TiePolicy.ALL_OUT))
        .withMessage("only a percent-of-holders quota names another award");
  }

  @Test
  void aPercentOfHoldersQuotaMustNameTheAward() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Quota(Basis.PERCENT_OF_HOLDERS,
            FIFTEEN, Optional.empty(), Per.CAMPAIGN, RoundingMode.FLOOR, false,
            TiePolicy.ALL_OUT))
        .withMessage("only a percent-of-holders quota names another award");
  }

  @Test
  void unnecessaryRoundingIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quota.percentOfEligible(BigDecimal.TEN).rounded(RoundingMode.UNNECESSARY))
        .withMessage("quota rounding must say how to round");
  }

  @Test
  void describesNoQuota() {
    assertThat(Quota.none().describe()).isEqualTo("no quota");
  }

  @Test
  void describesACountWithoutRounding() {
    assertThat(Quota.count(3).describe()).isEqualTo("at most 3");
  }

  @Test
  void describesAPercentageWithItsRounding() {
    assertThat(Quota.percentOfEligible(BigDecimal.valueOf(20)).describe())
        .isEqualTo("at most 20% of the eligible, rounded floor");
    assertThat(Quota.percentOfHeadcount(new BigDecimal("12.5")).rounded(RoundingMode.HALF_UP)
        .describe()).isEqualTo("at most 12.5% of the headcount, rounded half up");
  }

  @Test
  void describesEveryOption() {
    assertThat(Quota.percentOfHolders("ldtt", FIFTEEN).perUnit().rounded(RoundingMode.CEILING)
        .withAtLeastOne().withTies(TiePolicy.ALL_IN).describe())
        .isEqualTo("at most 15% of the ldtt holders, per unit, rounded ceiling, at least 1, "
            + "ties at the cut-off all in");
  }
}
