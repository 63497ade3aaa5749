package io.emulation.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Decimal128Test {
  /** The quotient as {@code BigDecimal} gives it, to compare value and scale with. */
  private static BigDecimal expected(String dividend, String divisor) {
    return new BigDecimal(dividend).divide(new BigDecimal(divisor), MathContext.DECIMAL128);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
      "80, 100", "8000, 100", "80.00, 100", "87, 95", "1, 3", "-7, 8", "7, -8", "-7, -8",
      "0, 5", "0.000, 0.5", "8, 0.5", "80, 0.5", "1E+3, 4", "12.345, 0.005", "1, 1024",
      "3, 33554432", "1, 298023223876953125", "999999999999999999, 7",
      "999999999999999999, 0.000000000000000002", "123456789012345678901234, 8",
      "5E-2147483600, 4E+7"})
  void givesTheQuotientDecimal128Gives(String dividend, String divisor) {
    assertThat(Decimal128.divide(new BigDecimal(dividend), new BigDecimal(divisor)))
        .isEqualTo(expected(dividend, divisor));
  }

  @Test
  void keepsTheScaleOfAnExactQuotientAsBigDecimalDoes() {
    assertThat(Decimal128.divide(new BigDecimal("80.00"), new BigDecimal("100")).scale())
        .isEqualTo(2);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({"1E-2147483647, 1", "1E-2147483637, 2"})
  void failsWhereBigDecimalFailsWhenTheScaleDoesNotFitAnInt(String dividend, String divisor) {
    BigDecimal x = new BigDecimal(dividend);
    BigDecimal y = new BigDecimal(divisor);

    assertThatThrownBy(() -> x.divide(y, MathContext.DECIMAL128))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Decimal128.divide(x, y)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void rejectsDivisionByZeroAsBigDecimalDoes() {
    assertThatThrownBy(() -> Decimal128.divide(BigDecimal.ONE, BigDecimal.ZERO))
        .isInstanceOf(ArithmeticException.class);
  }
}
