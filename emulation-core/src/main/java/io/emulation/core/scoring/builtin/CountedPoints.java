package io.emulation.core.scoring.builtin;

import static io.emulation.core.scoring.builtin.Numbers.exact;

import io.emulation.core.scoring.builtin.ParameterCheck.Bound;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * The arithmetic shared by {@link PerOccurrenceFormula} and {@link PenaltyFormula}: a count of
 * occurrences times {@code pointsPer}, limited by an optional cap.
 *
 * @param pointsPer the points per occurrence, {@code > 0}
 * @param cap the most points in total, {@code > 0}, if capped
 */
record CountedPoints(BigDecimal pointsPer, Optional<BigDecimal> cap) {
  static final String POINTS_PER = "pointsPer";

  /** Reads {@code pointsPer} (required, {@code > 0}) and the cap (optional, {@code > 0}). */
  static CountedPoints read(ParameterCheck check, String capName) {
    check.allowOnly(POINTS_PER, capName);
    return new CountedPoints(check.required(POINTS_PER, Bound.POSITIVE).orElse(BigDecimal.ONE),
        check.optional(capName, Bound.POSITIVE));
  }

  /** {@code min(count × pointsPer, cap)}. */
  BigDecimal total(BigDecimal count) {
    BigDecimal total = count.multiply(pointsPer);
    return cap.map(total::min).orElse(total);
  }

  /** How {@link #total} came about: {@code "7 × 2 points = 14, capped at 10"}. */
  Message explain(BigDecimal count) {
    BigDecimal total = count.multiply(pointsPer);
    Message points = Numbers.points(pointsPer);
    return cap.filter(max -> total.compareTo(max) > 0)
        .map(max -> Message.of("formula.counted.capped", exact(count), points, exact(total),
            exact(max)))
        .orElseGet(() -> Message.of("formula.counted", exact(count), points, exact(total)));
  }

  /**
   * The {@link ExactPoints} kernel of a counting formula whose parameters {@code reader} reads,
   * for criteria in the direction it accepts: its points, or a deduction where lower is better;
   * empty for the other direction (which the formula rejects) and for invalid parameters.
   */
  static Optional<ExactPoints> exactPoints(FormulaParameters parameters, Direction direction,
      Direction accepted, Function<ParameterCheck, CountedPoints> reader,
      LongDecimals decimals) {
    return direction != accepted ? Optional.empty()
        : ParameterCheck.readIfValid(parameters, reader).flatMap(counted -> counted.exactPoints(
            accepted == Direction.LOWER_IS_BETTER, decimals));
  }

  /**
   * The {@link ExactPoints} kernel of {@link #total} for counts, negated for a deduction; empty
   * when the parameters do not fit {@code long}s.
   */
  private Optional<ExactPoints> exactPoints(boolean deduction, LongDecimals decimals) {
    if (!LongDecimals.fits(pointsPer) || !cap.map(LongDecimals::fits).orElse(true)) {
      return Optional.empty();
    }
    int scale = Math.max(pointsPer.scale(), cap.map(BigDecimal::scale).orElse(0));
    long per = LongDecimals.unscaled(pointsPer, scale);
    long most = cap.map(max -> LongDecimals.unscaled(max, scale)).orElse(Long.MAX_VALUE);
    return Optional.of((value, target, baseline, peers) -> {
      long unscaled = LongDecimals.unscaled(value, value.scale());
      long ones = LongDecimals.tenTo(value.scale());
      if (unscaled == ExactPoints.NONE || unscaled < 0 || ones == ExactPoints.NONE
          || unscaled % ones != 0) {
        return ExactPoints.NONE;
      }
      long total = Math.min(LongDecimals.times(unscaled / ones, per), most);
      return total == ExactPoints.NONE ? ExactPoints.NONE
          : decimals.round(deduction ? -total : total, scale);
    });
  }
}
