package io.emulation.core.scoring.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Numbers#shownQuotient} against {@link Numbers#shown} of the 34-digit quotient it stands
 * in for: the same object for exact quotients, quotients with three decimals ending in 5 (where
 * rounding half-up decides), recurring ones, negatives, and the largest operands it takes.
 */
class NumbersShownQuotientTest {
  private static final int ROUNDS = 500;

  private static Object viaDecimal128(long numerator, long denominator) {
    return Numbers.shown(BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128));
  }

  private static void assertSameAsDecimal128(long seed, long numerator, long denominator) {
    assertThat(Numbers.shownQuotient(numerator, denominator))
        .as("seed %d: %d / %d", seed, numerator, denominator)
        .isEqualTo(viaDecimal128(numerator, denominator));
  }

  /** A long in {@code [-bound, bound]}. */
  private static long upTo(Random random, long bound) {
    return Math.floorMod(random.nextLong(), 2 * bound + 1) - bound;
  }

  @ParameterizedTest
  @MethodSource("io.emulation.core.scoring.builtin.FormulaTesting#seeds")
  void sameAsDecimal128ForRandomQuotientsOfEverySize(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < ROUNDS; i++) {
      long bound = (long) Math.pow(10, random.nextInt(15));
      long numerator = upTo(random, bound);
      long denominator = 1 + Math.floorMod(random.nextLong(),
          (long) Math.pow(10, random.nextInt(15)));

      assertSameAsDecimal128(seed, numerator, denominator);
    }
  }

  @ParameterizedTest
  @MethodSource("io.emulation.core.scoring.builtin.FormulaTesting#seeds")
  void sameAsDecimal128ForExactQuotientsAndMidpoints(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < ROUNDS; i++) {
      // a multiple of 200 as denominator puts x on any k/200: two decimals, or a midpoint
      long denominator = 200L * (1 + random.nextInt(1_000_000));
      long numerator = (denominator / 200) * (random.nextInt(400_001) - 200_000);

      assertSameAsDecimal128(seed, numerator, denominator);
      assertSameAsDecimal128(seed, numerator + random.nextInt(3) - 1, denominator);
    }
  }

  @ParameterizedTest
  @MethodSource("io.emulation.core.scoring.builtin.FormulaTesting#seeds")
  void sameAsDecimal128ForPercentileShares(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < ROUNDS; i++) {
      int others = 1 + random.nextInt(random.nextBoolean() ? 200 : Integer.MAX_VALUE - 1);
      long worse = random.nextInt(others + 1);
      long tied = random.nextInt((int) (others - worse) + 1);

      assertSameAsDecimal128(seed, (10 * worse + 5 * tied) * 10, others);
    }
  }

  @Test
  void sameAsDecimal128AtTheLargestOperands() {
    long limit = Numbers.SHOWN_QUOTIENT_LIMIT;
    for (long numerator : new long[] {limit, -limit, limit - 1, 1, 0}) {
      for (long denominator : new long[] {limit, limit - 1, 3, 1}) {
        assertSameAsDecimal128(0, numerator, denominator);
      }
    }
  }

  @Test
  void rejectsOperandsBeyondTheLimitOrADenominatorBelowOne() {
    long limit = Numbers.SHOWN_QUOTIENT_LIMIT;
    assertThatThrownBy(() -> Numbers.shownQuotient(limit + 1, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Numbers.shownQuotient(1, limit + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Numbers.shownQuotient(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
