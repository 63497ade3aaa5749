package io.emulation.core.scoring.builtin;

import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.PeerValues;
import io.emulation.scoring.spi.ScoringFormula;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A built-in formula's points for one criterion, already rounded to the campaign's decimals and
 * worked out in {@code long}s, for the engine (this package is not exported): the unscaled value
 * of {@code decimals.round(formula.score(input).value())}, or {@link #NONE} where the kernel
 * cannot show it gives exactly that number, for the engine to score the line the general way.
 *
 * <p>Why: at a million people scoring is most of an evaluation, and most of scoring went to
 * {@code BigDecimal}s made for each value, quotient and rounding, and to 34-digit quotients
 * worked out in big integers only to be rounded again to two decimals.
 *
 * <p>How a kernel stays exact where the formula divides in {@link
 * java.math.MathContext#DECIMAL128}: the formula's points {@code p} are then the exact value
 * {@code x = n / d} of its terms with each quotient rounded to 34 digits, so {@code |p − x|} is
 * at most {@code |x| × 5e-34} for one such quotient. Every number at which rounding to the
 * campaign's scale {@code s} changes (a multiple of {@code 10^-s}, or a midpoint between two)
 * lies at least {@code 1 / (2 × d × 10^s)} from {@code x}, unless {@code x} is one. When the
 * error is smaller than that distance, {@code p} and {@code x} round alike, and the kernel rounds
 * {@code x}, a fraction of {@code long}s. When {@code x} is such a number, it rounds it only
 * where the formula's quotient is {@code x} itself (which has so few digits that {@code
 * DECIMAL128} holds it exactly); otherwise it answers {@link #NONE}. So does it when a number
 * does not fit a {@code long}, and wherever the formula would throw: the general way then says
 * why.
 */
@FunctionalInterface
public interface ExactPoints {
  /** What a kernel answers when the line is to be scored the general way. */
  long NONE = Long.MIN_VALUE;

  /** A kernel that answers {@link #NONE} for every line. */
  ExactPoints NEVER = (value, target, baseline, peers) -> NONE;

  /**
   * The unscaled points at the campaign's scale for one line, or {@link #NONE}.
   *
   * @param target the line's target, as the formula's input would have it
   * @param baseline last year's value, as the formula's input would have it
   */
  long points(BigDecimal value, Optional<BigDecimal> target, Optional<BigDecimal> baseline,
      PeerValues peers);

  /**
   * The kernel of a built-in formula with these parameters, for a criterion in this direction
   * and a campaign whose points are rounded to {@code scale} decimals (0 to 18) by {@code
   * rounding}; empty for any other formula, for parameters that are invalid or do not fit {@code
   * long}s, and for the formulas that have no kernel.
   */
  static Optional<ExactPoints> of(ScoringFormula formula, FormulaParameters parameters,
      Direction direction, int scale, RoundingMode rounding) {
    return formula instanceof BuiltInFormula builtIn
        ? builtIn.exactPoints(parameters, direction, new LongDecimals(scale, rounding))
        : Optional.empty();
  }
}
