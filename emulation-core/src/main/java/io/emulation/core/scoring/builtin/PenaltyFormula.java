package io.emulation.core.scoring.builtin;

import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.Explanation;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.SpiVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code emulation:penalty}: points deducted for each occurrence of something bad, up to a cap,
 * e.g. 5 points per late report, at most 20. The result is zero or negative.
 *
 * <p>Parameters:
 * <ul>
 *   <li>{@code pointsPer} (required, {@code > 0}): the points deducted per occurrence.
 *   <li>{@code maxDeduction} (optional, {@code > 0}): the most points deducted in total.
 * </ul>
 *
 * <p>The value is the count of occurrences and must be a whole number {@code >= 0}. Points are
 * {@code −min(count × pointsPer, maxDeduction)}.
 *
 * <p><b>Direction.</b> Fewer occurrences are better, so a penalty criterion must be declared
 * {@link Direction#LOWER_IS_BETTER}; {@link #score} rejects a higher-is-better criterion rather
 * than score it inconsistently. With that direction the formula is monotone in the sense of
 * {@link ScoringFormula#isMonotone}: a better (lower) count never earns fewer points.
 *
 * @since 0.1
 */
@Api(status = Api.Status.MAINTAINED, since = "0.1")
public final class PenaltyFormula extends BuiltInFormula {
  /** This formula's id. */
  public static final String ID = "emulation:penalty";
  private static final Message WHY_DIRECTION =
      Message.of("formula.penalty.why.direction", PerOccurrenceFormula.ID);

  private static final String MAX_DEDUCTION = "maxDeduction";

  /** Creates the formula; it holds no state. */
  public PenaltyFormula() {}

  /** Returns {@value #ID}. */
  @Override
  public String id() {
    return ID;
  }

  /** One line saying what the formula computes. */
  @Override
  public String description() {
    return "Negative points per occurrence (e.g. per incident), optionally capped at"
        + " maxDeduction";
  }

  /** Returns {@link SpiVersion#CURRENT}. */
  @Override
  public String spiVersion() {
    return SpiVersion.CURRENT;
  }

  /**
   * Reports a missing, non-numeric or non-positive {@code pointsPer}, a non-numeric or
   * non-positive {@code maxDeduction}, and unknown parameter names.
   */
  @Override
  public List<ParameterProblem> validate(FormulaParameters parameters) {
    return ParameterCheck.problems(parameters, PenaltyFormula::read);
  }

  /** {@code [−maxDeduction, 0]}; empty when uncapped (no lower bound) or for invalid parameters. */
  @Override
  public Optional<PointsRange> range(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, PenaltyFormula::read)
        .flatMap(CountedPoints::cap)
        .map(max -> PointsRange.closed(max.negate(), BigDecimal.ZERO));
  }

  /** True for valid parameters ({@link #score} accepts only lower-is-better criteria). */
  @Override
  public boolean isMonotone(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, PenaltyFormula::read).isPresent();
  }

  /**
   * {@code −min(count × pointsPer, maxDeduction)}.
   *
   * @throws io.emulation.scoring.spi.ScoringException when the value is not a whole number
   *     {@code >= 0}, the criterion is higher-is-better or the parameters are invalid
   */
  @Override
  public Points score(ScoringInput input) {
    return score(input, true);
  }

  @Override
  Points score(ScoringInput input, boolean explain) {
    CountedPoints counted = ParameterCheck.readValid(ID, input, PenaltyFormula::read);
    Inputs.requireDirection(ID, input, Direction.LOWER_IS_BETTER, WHY_DIRECTION);
    BigDecimal count = Inputs.count(ID, input);
    BigDecimal deduction = counted.total(count);
    return Points.of(deduction.negate(), !explain ? Explanation.EMPTY
        : Message.of("formula.penalty", counted.explain(count),
            Numbers.exact(deduction.negate())));
  }

  @Override
  Optional<ExactPoints> exactPoints(FormulaParameters parameters, Direction direction,
      LongDecimals decimals) {
    return CountedPoints.exactPoints(parameters, direction, Direction.LOWER_IS_BETTER,
        PenaltyFormula::read, decimals);
  }

  private static CountedPoints read(ParameterCheck check) {
    return CountedPoints.read(check, MAX_DEDUCTION);
  }
}
