package io.emulation.core.scoring.builtin;

import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Arithmetic and display helpers shared by the built-in formulas. */
final class Numbers {
  /** One hundred, for percentages. */
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final int SHOWN_DECIMALS = 2;

  private Numbers() {}

  /** {@code part} as a percentage of {@code whole}, which must not be zero. */
  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL128);
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
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
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
    BigDecimal rounded = value.setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP);
    return rounded.compareTo(value) == 0 ? exact(value)
        : Message.of("formula.approximately", exact(rounded));
  }
}
