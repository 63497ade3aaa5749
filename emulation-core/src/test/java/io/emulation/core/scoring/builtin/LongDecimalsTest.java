package io.emulation.core.scoring.builtin;

import static io.emulation.core.scoring.builtin.ExactPoints.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LongDecimalsTest {
  private static final LongDecimals TWO_HALF_UP = new LongDecimals(2, RoundingMode.HALF_UP);

  @Test
  void aScaleBeyondEighteenOrRoundingThatMustNotRoundIsRejected() {
    assertThatThrownBy(() -> new LongDecimals(19, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must be 0 to 18 but was 19");
    assertThatThrownBy(() -> new LongDecimals(-1, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LongDecimals(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new LongDecimals(18, RoundingMode.DOWN).round(1, 0))
        .isEqualTo(1_000_000_000_000_000_000L);
  }

  @Test
  void numbersFitUpToEighteenDigitsAtScalesZeroToEighteen() {
    assertThat(LongDecimals.fits(new BigDecimal("999999999999999999"))).isTrue();
    assertThat(LongDecimals.fits(new BigDecimal("1000000000000000000"))).isFalse();
    assertThat(LongDecimals.fits(new BigDecimal("0.000000000000000001"))).isTrue();
    assertThat(LongDecimals.fits(new BigDecimal("0.0000000000000000001"))).isFalse();
    assertThat(LongDecimals.fits(new BigDecimal("1E+1"))).isFalse();
  }

  @Test
  void unscaledValuesAreTakenAtAScaleNotBelowTheNumbersOwn() {
    assertThat(LongDecimals.unscaled(new BigDecimal("-2.5"), 3)).isEqualTo(-2500);
    assertThat(LongDecimals.unscaled(new BigDecimal("2.5"), 1)).isEqualTo(25);
    assertThat(LongDecimals.unscaled(new BigDecimal("2.55"), 1)).isEqualTo(NONE);
    assertThat(LongDecimals.unscaled(new BigDecimal("1E+1"), 1)).isEqualTo(NONE);
    assertThat(LongDecimals.unscaled(new BigDecimal("999999999999999999"), 1)).isEqualTo(NONE);
  }

  @Test
  void powersOfTenGoFromZeroToEighteen() {
    assertThat(LongDecimals.tenTo(0)).isEqualTo(1);
    assertThat(LongDecimals.tenTo(18)).isEqualTo(1_000_000_000_000_000_000L);
    assertThat(LongDecimals.tenTo(19)).isEqualTo(NONE);
    assertThat(LongDecimals.tenTo(-1)).isEqualTo(NONE);
  }

  @Test
  void arithmeticGivesNoneForNoneAndForOverflow() {
    assertThat(LongDecimals.times(NONE, 0)).isEqualTo(NONE);
    assertThat(LongDecimals.times(0, NONE)).isEqualTo(NONE);
    assertThat(LongDecimals.times(-3_000_000_000L, 4_000_000_000L)).isEqualTo(NONE);
    assertThat(LongDecimals.times(-3_000_000L, 4_000_000L)).isEqualTo(-12_000_000_000_000L);
    assertThat(LongDecimals.plus(NONE, 0)).isEqualTo(NONE);
    assertThat(LongDecimals.plus(0, NONE)).isEqualTo(NONE);
    assertThat(LongDecimals.plus(Long.MAX_VALUE, 1)).isEqualTo(NONE);
    assertThat(LongDecimals.plus(-Long.MAX_VALUE, -2)).isEqualTo(NONE);
    assertThat(LongDecimals.plus(Long.MAX_VALUE, -1)).isEqualTo(Long.MAX_VALUE - 1);
    assertThat(LongDecimals.plus(-5, 3)).isEqualTo(-2);
    assertThat(LongDecimals.minus(0, NONE)).isEqualTo(NONE);
    assertThat(LongDecimals.minus(NONE, 0)).isEqualTo(NONE);
    assertThat(LongDecimals.minus(3, 5)).isEqualTo(-2);
  }

  @Test
  void roundingToTheScaleScalesUpOrDividesAndRounds() {
    assertThat(TWO_HALF_UP.round(5, 1)).isEqualTo(50);
    assertThat(TWO_HALF_UP.round(5, 2)).isEqualTo(5);
    assertThat(TWO_HALF_UP.round(-12345, 3)).isEqualTo(-1235);
    assertThat(TWO_HALF_UP.round(12344, 3)).isEqualTo(1234);
    assertThat(TWO_HALF_UP.round(NONE, 3)).isEqualTo(NONE);
    assertThat(TWO_HALF_UP.round(NONE, 1)).isEqualTo(NONE);
    assertThat(TWO_HALF_UP.round(1, 21)).isEqualTo(NONE);
  }

  @ParameterizedTest(name = "{0}: {1} / 4 -> {2}")
  @CsvSource({
      "UP, 5, 2", "UP, -5, -2", "UP, 8, 2",
      "DOWN, 7, 1", "DOWN, -7, -1",
      "CEILING, 5, 2", "CEILING, -5, -1",
      "FLOOR, 5, 1", "FLOOR, -5, -2",
      "HALF_UP, 6, 2", "HALF_UP, -6, -2", "HALF_UP, 5, 1",
      "HALF_DOWN, 6, 1", "HALF_DOWN, -6, -1", "HALF_DOWN, 7, 2",
      "HALF_EVEN, 6, 2", "HALF_EVEN, 10, 2", "HALF_EVEN, -10, -2", "HALF_EVEN, 11, 3"})
  void dividingRoundsByTheMode(RoundingMode mode, long numerator, long rounded) {
    assertThat(new LongDecimals(0, mode).divide(numerator, 4)).isEqualTo(rounded);
  }

  @Test
  void dividingByNothingOrNoneGivesNone() {
    assertThat(TWO_HALF_UP.divide(5, 0)).isEqualTo(NONE);
    assertThat(TWO_HALF_UP.divide(5, -1)).isEqualTo(NONE);
    assertThat(TWO_HALF_UP.divide(NONE, 3)).isEqualTo(NONE);
    assertThat(TWO_HALF_UP.divide(5, NONE)).isEqualTo(NONE);
  }

  @Test
  void aQuotientIsRoundedAtTheScaleFromEitherSide() {
    // 2 / 3 at scale 0 and 7 / (10^4 × 3) at scale 4: to two decimals
    assertThat(TWO_HALF_UP.roundQuotient(2, 0, 3, LongDecimals.ONE_ROUNDING, 0, false))
        .isEqualTo(67);
    assertThat(TWO_HALF_UP.roundQuotient(7, 4, 3, LongDecimals.ONE_ROUNDING, 0, false))
        .isZero();
    assertThat(TWO_HALF_UP.roundQuotient(-2, 0, 3, LongDecimals.ONE_ROUNDING, 0, false))
        .isEqualTo(-67);
  }

  @Test
  void aQuotientOnAPointWhereRoundingChangesIsATurnUnlessExact() {
    assertThat(TWO_HALF_UP.roundQuotient(1, 0, 8, LongDecimals.ONE_ROUNDING, 0, false))
        .isEqualTo(LongDecimals.TURN);
    assertThat(TWO_HALF_UP.roundQuotient(1, 0, 8, LongDecimals.ONE_ROUNDING, 0, true))
        .isEqualTo(13);
    assertThat(TWO_HALF_UP.roundQuotient(1, 0, 4, LongDecimals.ONE_ROUNDING, 0, false))
        .isEqualTo(LongDecimals.TURN);
    assertThat(TWO_HALF_UP.roundQuotient(1, 0, 4, LongDecimals.ONE_ROUNDING, 0, true))
        .isEqualTo(25);
  }

  @Test
  void aQuotientTheErrorCouldRoundOtherwiseIsNone() {
    // 1 / 3 is 1 / 6 of a hundredth from a turn: an error of a hundredth of the number, or of
    // 1e-2, could reach it; one of 1e-18 could not
    assertThat(TWO_HALF_UP.roundQuotient(1, 0, 3, 1e-2, 0, false)).isEqualTo(NONE);
    assertThat(TWO_HALF_UP.roundQuotient(1, 0, 3, 1e-18, 0, false)).isEqualTo(33);
    assertThat(TWO_HALF_UP.roundQuotient(1, 0, 3, 0, 1e-2, false)).isEqualTo(NONE);
    assertThat(TWO_HALF_UP.roundQuotient(1, 0, 3, 0, 1e-18, false)).isEqualTo(33);
    // the largest quotients of longs lie too far from a turn for 34 digits' error to matter
    assertThat(TWO_HALF_UP.roundQuotient(1_000_000_000_000_000_000L, 2, 3,
        LongDecimals.ONE_ROUNDING, 0, false)).isEqualTo(333_333_333_333_333_333L);
  }

  @Test
  void aQuotientOfNoneOrByNothingIsNone() {
    assertThat(TWO_HALF_UP.roundQuotient(NONE, 0, 3, 0, 0, false)).isEqualTo(NONE);
    assertThat(TWO_HALF_UP.roundQuotient(1, 0, NONE, 0, 0, false)).isEqualTo(NONE);
    assertThat(TWO_HALF_UP.roundQuotient(1, 0, 0, 0, 0, false)).isEqualTo(NONE);
    assertThat(TWO_HALF_UP.roundQuotient(1, 30, 3, 0, 0, false)).isEqualTo(NONE);
    assertThat(TWO_HALF_UP.roundQuotient(Long.MAX_VALUE, 0, 3, 0, 0, false)).isEqualTo(NONE);
  }

  @Test
  void aQuotientIsExactWhenItEndsWithinThirtyFourDigits() {
    assertThat(LongDecimals.isExact(1, 8)).isTrue();
    assertThat(LongDecimals.isExact(-6, 3)).isTrue();
    assertThat(LongDecimals.isExact(0, 7)).isTrue();
    assertThat(LongDecimals.isExact(1, 3)).isFalse();
    assertThat(LongDecimals.isExact(6, 15)).isTrue();
    // 33 decimals and the zero before them; 34 decimals are not taken to fit
    assertThat(LongDecimals.isExact(1, 1L << 33)).isTrue();
    assertThat(LongDecimals.isExact(1, 1L << 34)).isFalse();
    // 10^17 + 1/8: 18 digits and 3 decimals
    assertThat(LongDecimals.isExact(800_000_000_000_000_001L, 8)).isTrue();
    assertThat(LongDecimals.isExact(1, 0)).isFalse();
    assertThat(LongDecimals.isExact(NONE, 3)).isFalse();
    assertThat(LongDecimals.isExact(1, NONE)).isFalse();
  }

  @Test
  void aQuotientWithMoreThanThirtyFourDigitsIsNotExact() {
    // 3 × 10^17 / 2^17: 13 whole digits and 17 decimals fit; over 2^25, 10 and 25 do not
    assertThat(LongDecimals.isExact(300_000_000_000_000_001L, 1L << 17)).isTrue();
    assertThat(LongDecimals.isExact(300_000_000_000_000_001L, 1L << 25)).isFalse();
  }
}
