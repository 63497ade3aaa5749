package io.emulation.core.scoring.builtin;

import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;

/**
 * Scoring by a built-in formula without making its explanation, for the engine (this package is
 * not exported).
 *
 * <p>Why: an evaluation that keeps its scorecards as columns of points makes each line again,
 * explanation included, when it is read, so an explanation made while scoring would be thrown
 * away at once; at a million people it is most of what scoring allocates. The points and verdict
 * are those {@link ScoringFormula#score} gives, and so are the exceptions.
 */
public final class QuietScoring {
  private QuietScoring() {}

  /**
   * {@code formula.score(input)} with {@link io.emulation.scoring.spi.Explanation#EMPTY} as its
   * explanation when {@code formula} is a built-in one; {@code formula.score(input)} as it is for
   * any other.
   */
  public static Points score(ScoringFormula formula, ScoringInput input) {
    return formula instanceof BuiltInFormula builtIn ? builtIn.score(input, false)
        : formula.score(input);
  }

}
