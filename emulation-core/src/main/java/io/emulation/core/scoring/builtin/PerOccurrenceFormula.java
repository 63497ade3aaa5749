package io.emulation.core.scoring.builtin;

import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.Explanation;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.SpiVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code emulation:per-occurrence}: points for each occurrence of something good, up to a cap,
 * e.g. 2 points per recognised initiative, at most 10.
 *
 * <p>Parameters:
 * <ul>
 *   <li>{@code pointsPer} (required, {@code > 0}): the points per occurrence.
 *   <li>{@code maxPoints} (optional, {@code > 0}): the most points in total.
 * </ul>
 *
 * <p>The value is the count of occurrences and must be a whole number {@code >= 0}. Points are
 * {@code min(count × pointsPer, maxPoints)}. More occurrences always earn more points, so the
 * criterion must be declared {@link Direction#HIGHER_IS_BETTER}; {@link #score} rejects a
 * lower-is-better criterion (use {@link PenaltyFormula} for occurrences that cost points).
 *
 * @since 0.1
 */
@Api(status = Api.Status.MAINTAINED, since = "0.1")
public final class PerOccurrenceFormula extends BuiltInFormula {
  /** This formula's id. */
  public static final String ID = "emulation:per-occurrence";
  private static final Message WHY_DIRECTION =
      Message.of("formula.perOccurrence.why.direction", PenaltyFormula.ID);

  private static final String MAX_POINTS = "maxPoints";

  /** Creates the formula; it holds no state. */
  public PerOccurrenceFormula() {}

  /** Returns {@value #ID}. */
  @Override
  public String id() {
    return ID;
  }

  /** One line saying what the formula computes. */
  @Override
  public String description() {
    return "Points per occurrence (e.g. per initiative), optionally capped at maxPoints";
  }

  /** Returns {@link SpiVersion#CURRENT}. */
  @Override
  public String spiVersion() {
    return SpiVersion.CURRENT;
  }

  /**
   * Reports a missing, non-numeric or non-positive {@code pointsPer}, a non-numeric or
   * non-positive {@code maxPoints}, and unknown parameter names.
   */
  @Override
  public List<ParameterProblem> validate(FormulaParameters parameters) {
    return ParameterCheck.problems(parameters, PerOccurrenceFormula::read);
  }

  /** {@code [0, maxPoints]}; empty when uncapped (no upper bound) or for invalid parameters. */
  @Override
  public Optional<PointsRange> range(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, PerOccurrenceFormula::read)
        .flatMap(CountedPoints::cap)
        .map(max -> PointsRange.closed(BigDecimal.ZERO, max));
  }

  /** True for valid parameters ({@link #score} accepts only higher-is-better criteria). */
  @Override
  public boolean isMonotone(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, PerOccurrenceFormula::read).isPresent();
  }

  /**
   * {@code min(count × pointsPer, maxPoints)}.
   *
   * @throws io.emulation.scoring.spi.ScoringException when the value is not a whole number
   *     {@code >= 0}, the criterion is lower-is-better or the parameters are invalid
   */
  @Override
  public Points score(ScoringInput input) {
    return score(input, true);
  }

  @Override
  Points score(ScoringInput input, boolean explain) {
    CountedPoints counted =
        ParameterCheck.readValid(ID, input, PerOccurrenceFormula::read);
    Inputs.requireDirection(ID, input, Direction.HIGHER_IS_BETTER, WHY_DIRECTION);
    BigDecimal count = Inputs.count(ID, input);
    return Points.of(counted.total(count),
        !explain ? Explanation.EMPTY : counted.explain(count));
  }

  @Override
  Optional<ExactPoints> exactPoints(FormulaParameters parameters, Direction direction,
      LongDecimals decimals) {
    return CountedPoints.exactPoints(parameters, direction, Direction.HIGHER_IS_BETTER,
        PerOccurrenceFormula::read, decimals);
  }

  private static CountedPoints read(ParameterCheck check) {
    return CountedPoints.read(check, MAX_POINTS);
  }
}
