package io.emulation.core.scoring.builtin;

import static com.google.common.base.Preconditions.checkArgument;
import static io.emulation.core.scoring.builtin.ExactPoints.NONE;

import io.emulation.core.internal.Decimal128;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decimal arithmetic on unscaled {@code long}s for the {@link ExactPoints} kernels, and rounding
 * to one campaign's decimals. Every operation gives {@link ExactPoints#NONE} when an operand is
 * {@code NONE} or the result does not fit, so that a kernel can chain them and test once.
 */
final class LongDecimals {
  /** The relative error of one quotient rounded to 34 digits: half a unit in its last digit. */
  static final double ONE_ROUNDING = 5e-34;
  /** Of a quotient of such a quotient, {@code (1 + 5e-34)^2 − 1}, with room to spare. */
  static final double TWO_ROUNDINGS = 1.01e-33;
  /**
   * What {@link #roundQuotient} gives for a number at which rounding changes when the formula's
   * quotients are not known to be exact: the kernel is to find out with {@link #isExact}.
   */
  static final long TURN = Long.MIN_VALUE + 1;
  /** The digits of a {@link java.math.MathContext#DECIMAL128} quotient. */
  private static final int QUOTIENT_DIGITS = 34;
  /** Operands with more digits than this may not fit a {@code long}. */
  private static final int LONG_DIGITS = 18;
  private static final long[] TENS = new long[LONG_DIGITS + 1];

  static {
    TENS[0] = 1;
    for (int i = 1; i < TENS.length; i++) {
      TENS[i] = TENS[i - 1] * 10;
    }
  }

  private final int scale;
  private final RoundingMode rounding;
  private final double unit;

  LongDecimals(int scale, RoundingMode rounding) {
    checkArgument(scale >= 0 && scale <= LONG_DIGITS, "scale must be 0 to %s but was %s",
        LONG_DIGITS, scale);
    checkArgument(rounding != RoundingMode.UNNECESSARY, "rounding must say how to round");
    this.scale = scale;
    this.rounding = rounding;
    this.unit = TENS[scale];
  }

  /** Whether a number's unscaled value fits a {@code long} at its own scale, 0 to 18. */
  static boolean fits(BigDecimal value) {
    return value.precision() <= LONG_DIGITS && value.scale() >= 0
        && value.scale() <= LONG_DIGITS;
  }

  /** {@code value} as an unscaled {@code long} at {@code atScale}, not below its own scale. */
  static long unscaled(BigDecimal value, int atScale) {
    if (!fits(value) || value.scale() > atScale) {
      return NONE;
    }
    // at scale 0 a number gives its compact unscaled value without making a BigInteger
    return times(value.scaleByPowerOfTen(value.scale()).longValue(),
        tenTo(atScale - value.scale()));
  }

  /** {@code 10^n}, for {@code 0 <= n <= 18}. */
  static long tenTo(int n) {
    return n >= 0 && n < TENS.length ? TENS[n] : NONE;
  }

  static long times(long a, long b) {
    if (a == NONE || b == NONE) {
      return NONE;
    }
    long product = a * b;
    return Math.multiplyHigh(a, b) == (product >> 63) ? product : NONE;
  }

  static long plus(long a, long b) {
    if (a == NONE || b == NONE) {
      return NONE;
    }
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? NONE : sum;
  }

  static long minus(long a, long b) {
    return b == NONE ? NONE : plus(a, -b);
  }

  /** A number rounded to the campaign's decimals; {@code NONE} when it does not {@link #fits}. */
  long round(BigDecimal number) {
    return round(unscaled(number, number.scale()), number.scale());
  }

  /** The number {@code unscaled × 10^-fromScale}, rounded to the campaign's decimals. */
  long round(long unscaled, int fromScale) {
    return fromScale <= scale ? times(unscaled, tenTo(scale - fromScale))
        : divide(unscaled, tenTo(fromScale - scale));
  }

  /**
   * The number {@code numerator × 10^-numeratorScale / denominator}, rounded to the campaign's
   * decimals, where the formula worked it out with quotients rounded to 34 digits: at most
   * {@code relativeError} of the number and {@code absoluteError} off it. {@code NONE} when the
   * errors could change the rounding; {@link #TURN} when the number is one of those at which
   * rounding changes, unless {@code exactThere} (the formula's quotients are then exact).
   */
  long roundQuotient(long numerator, int numeratorScale, long denominator, double relativeError,
      double absoluteError, boolean exactThere) {
    int shift = scale - numeratorScale;
    long n = shift >= 0 ? times(numerator, tenTo(shift)) : numerator;
    long d = shift >= 0 ? denominator : times(denominator, tenTo(-shift));
    if (n == NONE || d == NONE || d <= 0) {
      return NONE;
    }
    long quotient = n / d;
    long remainder = Math.abs(n % d);
    if ((remainder == 0 || remainder == d - remainder) && !exactThere) {
      return TURN;
    }
    // in units of the last decimal kept: the number lies 1 / (2d) or more from every point at
    // which rounding changes, the formula's points within this of the number
    double error = relativeError * (Math.abs((double) quotient) + 1) + absoluteError * unit;
    if (!(error * d < 0.25)) {
      return NONE;
    }
    return rounded(quotient, remainder, d, n);
  }

  /**
   * Whether {@code numerator / denominator} has at most 34 significant digits, so that a {@link
   * java.math.MathContext#DECIMAL128} quotient is the number itself; false when either is
   * {@code NONE} or the denominator is not positive.
   */
  static boolean isExact(long numerator, long denominator) {
    if (numerator == NONE || denominator == NONE || denominator <= 0) {
      return false;
    }
    long common = Decimal128.gcd(Math.abs(numerator), denominator);
    long whole = Math.abs(numerator / denominator);
    long rest = denominator / common;
    int twos = Long.numberOfTrailingZeros(rest);
    rest >>= twos;
    int fives = 0;
    while (rest % 5 == 0) {
      rest /= 5;
      fives++;
    }
    // a fraction over 2^twos × 5^fives ends after max(twos, fives) decimals
    return rest == 1 && Long.toString(whole).length() + Math.max(twos, fives) <= QUOTIENT_DIGITS;
  }

  /** {@code numerator / denominator} rounded to a whole number, for a positive denominator. */
  long divide(long numerator, long denominator) {
    if (numerator == NONE || denominator == NONE || denominator <= 0) {
      return NONE;
    }
    return rounded(numerator / denominator, Math.abs(numerator % denominator), denominator,
        numerator);
  }

  /**
   * The quotient, truncated toward zero, moved one away from zero where the rounding mode says
   * so, given the remainder's size and the sign of the number.
   */
  private long rounded(long truncated, long remainder, long denominator, long numerator) {
    if (remainder == 0) {
      return truncated;
    }
    long rest = denominator - remainder;
    boolean away = switch (rounding) {
      case UP -> true;
      case DOWN -> false;
      case CEILING -> numerator > 0;
      case FLOOR -> numerator < 0;
      case HALF_UP -> remainder >= rest;
      case HALF_DOWN -> remainder > rest;
      case HALF_EVEN -> remainder > rest || (remainder == rest && (truncated & 1) != 0);
      default -> throw new AssertionError("checked when made: " + rounding);
    };
    return away ? truncated + Long.signum(numerator) : truncated;
  }
}
