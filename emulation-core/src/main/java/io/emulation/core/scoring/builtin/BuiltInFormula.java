package io.emulation.core.scoring.builtin;

import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import java.util.Optional;

/** What the built-in formulas share besides {@link ScoringFormula}: scoring without text. */
abstract class BuiltInFormula implements ScoringFormula {
  /**
   * As {@link ScoringFormula#score}: the same points, verdict and exceptions; with the
   * explanation only if {@code explain}, {@link io.emulation.scoring.spi.Explanation#EMPTY}
   * otherwise.
   */
  abstract Points score(ScoringInput input, boolean explain);

  /**
   * This formula's {@link ExactPoints} kernel for these parameters and direction, rounding with
   * {@code decimals}; empty when it has none, or none for these parameters.
   */
  Optional<ExactPoints> exactPoints(FormulaParameters parameters, Direction direction,
      LongDecimals decimals) {
    return Optional.empty();
  }
}
