package io.emulation.core.scoring.builtin;

import static com.google.common.base.Preconditions.checkArgument;

import io.emulation.core.internal.Decimal128;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Arithmetic and display helpers shared by the built-in formulas. */
final class Numbers {
  /** One hundred, for percentages. */
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The largest numerator and denominator {@link #shownQuotient} takes: 10^14. */
  static final long SHOWN_QUOTIENT_LIMIT = 100_000_000_000_000L;

  private static final int SHOWN_DECIMALS = 2;

  private Numbers() {}

  /** {@code part} as a percentage of {@code whole}, which must not be zero. */
  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return Decimal128.divide(part.multiply(HUNDRED), whole);
  }

  /** {@code value} limited to {@code [min, max]}. */
  static BigDecimal clamp(BigDecimal value, BigDecimal min, BigDecimal max) {
    return value.max(min).min(max);
  }

  /** A number as given, without exponent or trailing zeros: {@code 80.00 -> "80"}. */
  static String plain(BigDecimal value) {
    return exact(value).toPlainString();
  }

  /**
   * A number as given, without trailing zeros, for a message argument ({@code 80.00 -> 80});
   * the message renders it in the reader's language.
   */
  static BigDecimal exact(BigDecimal value) {
    // a zero of any scale strips to BigDecimal.ZERO (since Java 8)
    return value.stripTrailingZeros();
  }

  /** A number of points for an explanation: {@code "1 point"}, {@code "2.5 points"}. */
  static Message points(BigDecimal value) {
    return value.abs().compareTo(BigDecimal.ONE) == 0
        ? Message.of("formula.points.one", exact(value))
        : Message.of("formula.points.other", exact(value));
  }

  /** A percentage for an explanation, {@code "85%"}; {@code number} as {@link #shown}. */
  static Message percentText(Object number) {
    return Message.of("formula.percent", number);
  }

  /**
   * A computed number for an explanation: exact when it has at most two decimals (a {@link
   * BigDecimal}), otherwise rounded half-up to two and marked, e.g. {@code "≈33.33"} (a {@link
   * Message}). Display only; never used in arithmetic.
   */
  static Object shown(BigDecimal value) {
    if (value.scale() <= SHOWN_DECIMALS) {
      // already exact: and setting the scale of 1E+1000000000 would overflow, which would make
      // explaining fail where scoring without explanations does not
      return exact(value);
    }
    BigDecimal rounded = value.setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP);
    return shown(rounded, rounded.compareTo(value) == 0);
  }

  /**
   * {@code shown(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator),
   * MathContext.DECIMAL128))}, the same object, computed in longs without the 34-digit quotient.
   * For {@code |numerator| <= 10^14} and {@code 0 < denominator <= 10^14}.
   *
   * <p>Why it is the same: the exact quotient {@code x} is a fraction with that denominator, so
   * it lies at least {@code 1 / (200 × denominator) >= 5e-17} from every number with two
   * decimals and from every midpoint between two such numbers, unless it is one; the
   * 34-digit quotient {@code q} differs from {@code x} by at most half a unit in its 34th digit,
   * at most {@code 5e-20} for {@code |x| <= 10^14}. So {@code q} has at most two decimals exactly
   * when {@code x} has, and then equals it, and otherwise rounds half-up to two decimals as
   * {@code x} does.
   */
  static Object shownQuotient(long numerator, long denominator) {
    checkArgument(Math.abs(numerator) <= SHOWN_QUOTIENT_LIMIT && denominator > 0
        && denominator <= SHOWN_QUOTIENT_LIMIT,
        "quotient %s / %s outside the operands shownQuotient takes", numerator, denominator);
    BigDecimal rounded = BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), SHOWN_DECIMALS, RoundingMode.HALF_UP);
    return shown(rounded, numerator * 100 % denominator == 0);
  }

  /** {@code rounded} as {@link #shown} gives it, marked approximate unless {@code exact}. */
  private static Object shown(BigDecimal rounded, boolean exact) {
    return exact ? exact(rounded) : Message.of("formula.approximately", exact(rounded));
  }
}
