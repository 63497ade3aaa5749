package io.emulation.examples.safety;

import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.SpiVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code acme.safety:incident-severity}: safety points by the severity of the worst incident of
 * the period, with a veto at the first serious one.
 *
 * <p>The measured value is the severity level of the worst incident the participant had in the
 * period, on the factory's scale: {@code 0} for none, {@code 1} for a first-aid case, {@code 2}
 * for a lost-time injury, and so on. The criterion must be declared lower-is-better.
 *
 * <p>Parameters:
 * <ul>
 *   <li>{@code pointsByLevel} (required): the points for a worst level of 0, 1, 2, ...; at least
 *       one number, each {@code >= 0}, never rising from one level to the next. Every level from
 *       the length of this list up is <em>serious</em>.
 *   <li>{@code vetoPoints} (optional, default 0): the points for a serious incident; {@code >= 0}
 *       and at most the last entry of {@code pointsByLevel}.
 * </ul>
 *
 * <p>A level below the serious one passes; a serious incident scores {@code vetoPoints} and
 * fails, so on a veto criterion it caps the grade and bars titles ("absolute safety"). With
 * {@code pointsByLevel: [10, 6, 2]}: no incident 10, a first-aid case 6, a lost-time injury 2,
 * anything at level 3 or above 0 and the veto fails.
 *
 * @since 0.1
 */
public final class IncidentSeverityFormula implements ScoringFormula {
  /** This formula's id. */
  public static final String ID = "acme.safety:incident-severity";

  private static final String POINTS_BY_LEVEL = "pointsByLevel";
  private static final String VETO_POINTS = "vetoPoints";

  /** Creates the formula; it holds no state. */
  public IncidentSeverityFormula() {}

  /** Returns {@value #ID}. */
  @Override
  public String id() {
    return ID;
  }

  /** One line saying what the formula computes. */
  @Override
  public String description() {
    return "Safety points by the severity of the worst incident; a serious one fails the veto";
  }

  /** Returns {@link SpiVersion#CURRENT}, compiled in. */
  @Override
  public String spiVersion() {
    return SpiVersion.CURRENT;
  }

  /**
   * Reports a missing or empty {@code pointsByLevel}, entries that are not numbers, negative or
   * rising, a {@code vetoPoints} that is negative or above the last level's points, and unknown
   * parameter names.
   */
  @Override
  public List<ParameterProblem> validate(FormulaParameters parameters) {
    List<ParameterProblem> problems = new ArrayList<>();
    read(parameters, problems);
    return List.copyOf(problems);
  }

  /** {@code [vetoPoints, pointsByLevel[0]]} for valid parameters. */
  @Override
  public Optional<PointsRange> range(FormulaParameters parameters) {
    return readIfValid(parameters)
        .map(s -> PointsRange.closed(s.vetoPoints(), s.pointsByLevel().get(0)));
  }

  /** True for valid parameters: a worse incident never earns more points. */
  @Override
  public boolean isMonotone(FormulaParameters parameters) {
    return readIfValid(parameters).isPresent();
  }

  /**
   * Scores the worst incident level.
   *
   * @throws ScoringException when the criterion is not lower-is-better, the level is not a whole
   *     number {@code >= 0}, or the parameters are invalid
   */
  @Override
  public Points score(ScoringInput input) {
    Settings settings = readIfValid(input.parameters()).orElseThrow(() -> new ScoringException(
        ID + ": invalid parameters " + validate(input.parameters())));
    if (input.direction() != Direction.LOWER_IS_BETTER) {
      throw new ScoringException(ID + ": criterion '" + input.criterionId() + "' must be declared"
          + " lower-is-better, since a higher incident level is worse");
    }
    BigDecimal level = input.value();
    if (level.signum() < 0 || level.stripTrailingZeros().scale() > 0) {
      throw new ScoringException(ID + ": the worst incident level must be a whole number >= 0"
          + " but was " + level.toPlainString());
    }
    int serious = settings.pointsByLevel().size();
    if (level.compareTo(BigDecimal.valueOf(serious)) >= 0) {
      return Points.failed(settings.vetoPoints(), "serious incident (level "
          + level.toPlainString() + ", serious from " + serious + ") → "
          + settings.vetoPoints().toPlainString() + " points, safety veto failed");
    }
    BigDecimal points = settings.pointsByLevel().get(level.intValueExact());
    String what = level.signum() == 0 ? "no incident"
        : "worst incident level " + level.toPlainString() + " of " + (serious - 1);
    return Points.passed(points, what + " → " + points.toPlainString() + " points");
  }

  private static Optional<Settings> readIfValid(FormulaParameters parameters) {
    List<ParameterProblem> problems = new ArrayList<>();
    Settings settings = read(parameters, problems);
    return problems.isEmpty() ? Optional.of(settings) : Optional.empty();
  }

  private static Settings read(FormulaParameters parameters, List<ParameterProblem> problems) {
    for (String name : parameters.names()) {
      if (!name.equals(POINTS_BY_LEVEL) && !name.equals(VETO_POINTS)) {
        problems.add(ParameterProblem.of(name, "is not a parameter of " + ID + "; expected "
            + POINTS_BY_LEVEL + " and optionally " + VETO_POINTS));
      }
    }
    List<BigDecimal> levels = new ArrayList<>();
    Object given = parameters.get(POINTS_BY_LEVEL).orElse(null);
    if (!(given instanceof List<?> list) || list.isEmpty()) {
      problems.add(ParameterProblem.of(POINTS_BY_LEVEL, "is required: a list of points for a"
          + " worst incident level of 0, 1, 2, ..., such as [10, 6, 2]"));
    } else {
      for (int i = 0; i < list.size(); i++) {
        String where = POINTS_BY_LEVEL + "[" + i + "]";
        if (!(list.get(i) instanceof BigDecimal points) || points.signum() < 0) {
          problems.add(ParameterProblem.of(where, "must be a number >= 0 but was "
              + list.get(i)));
        } else if (!levels.isEmpty() && points.compareTo(levels.get(levels.size() - 1)) > 0) {
          problems.add(ParameterProblem.of(where, "must not be above the points of level "
              + (i - 1) + " (" + levels.get(levels.size() - 1).toPlainString() + ") but was "
              + points.toPlainString() + ": a worse incident never earns more"));
        } else {
          levels.add(points);
        }
      }
    }
    BigDecimal veto = BigDecimal.ZERO;
    Object vetoGiven = parameters.get(VETO_POINTS).orElse(BigDecimal.ZERO);
    if (!(vetoGiven instanceof BigDecimal number) || number.signum() < 0) {
      problems.add(ParameterProblem.of(VETO_POINTS, "must be a number >= 0 but was " + vetoGiven));
    } else {
      veto = number;
      if (!levels.isEmpty() && veto.compareTo(levels.get(levels.size() - 1)) > 0) {
        problems.add(ParameterProblem.of(VETO_POINTS, "must not be above the points of the last"
            + " level (" + levels.get(levels.size() - 1).toPlainString() + ") but was "
            + veto.toPlainString()));
      }
    }
    return new Settings(List.copyOf(levels), veto);
  }

  /** Valid parameters, read. */
  private record Settings(List<BigDecimal> pointsByLevel, BigDecimal vetoPoints) {}
}
