package io.emulation.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On seeded random operands, {@link Decimal128#divide} gives exactly what {@code
 * BigDecimal.divide(divisor, MathContext.DECIMAL128)} gives, value and scale.
 */
class Decimal128PropertiesTest {
  private static final int CASES = 20_000;

  static LongStream seeds() {
    return LongStream.rangeClosed(41_001, 41_010);
  }

  /**
   * An operand: small or up to 18 digits, now and then a round number or a power of two or
   * five (terminating quotients), at a scale from -3 to 12, either sign.
   */
  private static BigDecimal operand(SplittableRandom random) {
    long unscaled = switch (random.nextInt(6)) {
      case 0 -> random.nextLong(1_000);
      case 1 -> random.nextLong(1_000_000_000_000_000_000L);
      case 2 -> (long) Math.pow(10, random.nextInt(18));
      case 3 -> 1L << random.nextInt(62);
      case 4 -> (long) Math.pow(5, random.nextInt(27));
      default -> random.nextLong(100_000) * (long) Math.pow(10, random.nextInt(6));
    };
    return BigDecimal.valueOf(random.nextBoolean() ? unscaled : -unscaled,
        random.nextInt(-3, 13));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void equalsBigDecimalDivisionInDecimal128(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < CASES; i++) {
      BigDecimal dividend = operand(random);
      BigDecimal divisor = operand(random);
      if (divisor.signum() == 0) {
        continue;
      }
      assertThat(Decimal128.divide(dividend, divisor))
          .as("seed %s: %s / %s", seed, dividend, divisor)
          .isEqualTo(dividend.divide(divisor, MathContext.DECIMAL128));
    }
  }
}
