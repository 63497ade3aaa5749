package io.emulation.core.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Division in {@link MathContext#DECIMAL128}, the context every quotient of the library is
 * defined in, computed in {@code long}s when the quotient is a short terminating decimal.
 *
 * <p>Why: {@code BigDecimal.divide(divisor, MathContext.DECIMAL128)} works every quotient out to
 * 34 digits and then strips its trailing zeros one division by ten at a time, so {@code 80 / 100}
 * costs some thirty big-integer divisions. Quotients of round targets, counts and weights are
 * mostly short terminating decimals; this finds those with a few {@code long} operations and
 * leaves every other quotient to {@code BigDecimal}.
 */
public final class Decimal128 {
  /** Operands with at most this many digits have an unscaled value that fits a {@code long}. */
  private static final int LONG_DIGITS = 18;
  /** Powers of two and five up to this exponent fit a {@code long} with room to multiply. */
  private static final int MAX_EXPONENT = 25;
  /**
   * Preferred scales farther than this from the ends of an {@code int} are left to {@code
   * BigDecimal}, which works the quotient out at 34 digits more and fails there.
   */
  private static final int SCALE_MARGIN = 64;

  private Decimal128() {}

  /**
   * {@code dividend.divide(divisor, MathContext.DECIMAL128)}: the same {@code BigDecimal}, value
   * and scale, since an exact quotient of at most 34 digits is given at the scale closest to
   * {@code dividend.scale() - divisor.scale()} that holds it; and the same exception.
   *
   * @throws ArithmeticException when {@code divisor} is zero, or the quotient's scale does not
   *     fit an {@code int}
   */
  public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    long preferredScale = (long) dividend.scale() - divisor.scale();
    if (divisor.signum() == 0 || dividend.precision() > LONG_DIGITS
        || divisor.precision() > LONG_DIGITS
        || preferredScale > Integer.MAX_VALUE - SCALE_MARGIN
        || preferredScale < Integer.MIN_VALUE + SCALE_MARGIN) {
      return dividend.divide(divisor, MathContext.DECIMAL128);
    }
    long x = unscaled(dividend);
    long y = unscaled(divisor);
    long common = gcd(Math.abs(x), Math.abs(y));
    long numerator = y < 0 ? -(x / common) : x / common;
    long denominator = Math.abs(y / common);
    // the quotient terminates exactly when the reduced denominator is 2^twos × 5^fives; it is
    // then numerator × 2^(k - twos) × 5^(k - fives) / 10^k with k = max(twos, fives), and has no
    // trailing zero when k > 0 (the numerator is prime to the denominator), so scale
    // dividend.scale() - divisor.scale() + k is the one closest to the preferred scale
    int twos = Long.numberOfTrailingZeros(denominator);
    long rest = denominator >> twos;
    int fives = 0;
    while (rest % 5 == 0) {
      rest /= 5;
      fives++;
    }
    int k = Math.max(twos, fives);
    if (rest != 1 || k > MAX_EXPONENT) {
      return dividend.divide(divisor, MathContext.DECIMAL128);
    }
    long factor = power(2, k - twos) * power(5, k - fives);
    long high = Math.multiplyHigh(numerator, factor);
    long quotient = numerator * factor;
    if (high != (quotient >> 63)) {
      return dividend.divide(divisor, MathContext.DECIMAL128);
    }
    return BigDecimal.valueOf(quotient, (int) (preferredScale + k));
  }

  /** The unscaled value of a number of at most {@value #LONG_DIGITS} digits, allocation-free. */
  private static long unscaled(BigDecimal value) {
    // a number at scale 0 gives its compact unscaled value without making a BigInteger
    return value.scaleByPowerOfTen(value.scale()).longValue();
  }

  /** The greatest common divisor of two numbers {@code >= 0}; {@code a} when {@code b} is 0. */
  public static long gcd(long a, long b) {
    while (b != 0) {
      long r = a % b;
      a = b;
      b = r;
    }
    return a;
  }

  /** {@code base^exponent}, for the small bases and exponents {@link #divide} uses. */
  private static long power(long base, int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= base;
    }
    return result;
  }
}
