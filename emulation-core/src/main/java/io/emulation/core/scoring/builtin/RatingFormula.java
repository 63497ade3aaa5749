package io.emulation.core.scoring.builtin;

import io.emulation.core.scoring.builtin.ParameterCheck.Bound;
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
 * {@code emulation:rating}: a score entered by people, such as a council's mark for solidarity or
 * collective spirit, taken as the points after checking it lies on the scale.
 *
 * <p>Parameters:
 * <ul>
 *   <li>{@code min}, {@code max} (required, {@code min < max}): the scale's bounds, inclusive.
 *   <li>{@code step} (optional, {@code > 0}): the granularity of the scale; the value must be
 *       {@code min} plus a whole multiple of {@code step}, and {@code max − min} must be one too,
 *       so that {@code max} can be given.
 * </ul>
 *
 * <p>The points are the value. A rating is better when higher, so the criterion must be declared
 * {@link Direction#HIGHER_IS_BETTER}; {@link #score} rejects a lower-is-better criterion.
 *
 * @since 0.1
 */
@Api(status = Api.Status.MAINTAINED, since = "0.1")
public final class RatingFormula extends BuiltInFormula {
  /** This formula's id. */
  public static final String ID = "emulation:rating";
  private static final Message WHY_DIRECTION =
      Message.of("formula.rating.why.direction");

  private static final String MIN = "min";
  private static final String MAX = "max";
  private static final String STEP = "step";

  private record Settings(BigDecimal min, BigDecimal max, Optional<BigDecimal> step) {}

  /** Creates the formula; it holds no state. */
  public RatingFormula() {}

  /** Returns {@value #ID}. */
  @Override
  public String id() {
    return ID;
  }

  /** One line saying what the formula computes. */
  @Override
  public String description() {
    return "A rating entered by people, within [min, max] and optionally in steps, as points";
  }

  /** Returns {@link SpiVersion#CURRENT}. */
  @Override
  public String spiVersion() {
    return SpiVersion.CURRENT;
  }

  /**
   * Reports a missing or non-numeric {@code min} or {@code max}, {@code min >= max}, a
   * non-positive {@code step} or one that does not divide {@code max − min}, and unknown
   * parameter names.
   */
  @Override
  public List<ParameterProblem> validate(FormulaParameters parameters) {
    return ParameterCheck.problems(parameters, RatingFormula::read);
  }

  /** {@code [min, max]}, or empty for invalid parameters. */
  @Override
  public Optional<PointsRange> range(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, RatingFormula::read)
        .map(s -> PointsRange.closed(s.min(), s.max()));
  }

  /** True for valid parameters ({@link #score} accepts only higher-is-better criteria). */
  @Override
  public boolean isMonotone(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, RatingFormula::read).isPresent();
  }

  /**
   * The value itself.
   *
   * @throws io.emulation.scoring.spi.ScoringException naming the value and the bounds when it is
   *     outside {@code [min, max]} or off the step, when the criterion is lower-is-better or when
   *     the parameters are invalid
   */
  @Override
  public Points score(ScoringInput input) {
    return score(input, true);
  }

  @Override
  Points score(ScoringInput input, boolean explain) {
    Settings settings = ParameterCheck.readValid(ID, input, RatingFormula::read);
    Inputs.requireDirection(ID, input, Direction.HIGHER_IS_BETTER, WHY_DIRECTION);
    BigDecimal value = input.value();
    if (value.compareTo(settings.min()) < 0 || value.compareTo(settings.max()) > 0) {
      throw Inputs.fail(ID, input, Message.of("formula.rating.fault.outside", value,
          Numbers.exact(settings.min()), Numbers.exact(settings.max())));
    }
    Optional<BigDecimal> step = settings.step();
    if (step.isPresent() && value.subtract(settings.min()).remainder(step.get()).signum() != 0) {
      throw Inputs.fail(ID, input, Message.of("formula.rating.fault.offStep", value,
          Numbers.exact(settings.min()), Numbers.exact(settings.max()),
          Numbers.exact(step.get())));
    }
    return Points.of(value, !explain ? Explanation.EMPTY : Message.of("formula.rating",
        Numbers.exact(value), Numbers.exact(settings.min()), Numbers.exact(settings.max())));
  }

  @Override
  Optional<ExactPoints> exactPoints(FormulaParameters parameters, Direction direction,
      LongDecimals decimals) {
    if (direction != Direction.HIGHER_IS_BETTER) {
      return Optional.empty();
    }
    return ParameterCheck.readIfValid(parameters, RatingFormula::read)
        .filter(s -> LongDecimals.fits(s.min()) && s.step().map(LongDecimals::fits).orElse(true))
        .map(settings -> (value, target, baseline, peers) -> {
          if (value.compareTo(settings.min()) < 0 || value.compareTo(settings.max()) > 0) {
            return ExactPoints.NONE;
          }
          if (settings.step().isPresent()) {
            BigDecimal step = settings.step().get();
            int scale = Math.max(value.scale(), Math.max(settings.min().scale(), step.scale()));
            long offset = LongDecimals.minus(LongDecimals.unscaled(value, scale),
                LongDecimals.unscaled(settings.min(), scale));
            long steps = LongDecimals.unscaled(step, scale);
            if (offset == ExactPoints.NONE || steps == ExactPoints.NONE || offset % steps != 0) {
              return ExactPoints.NONE;
            }
          }
          return decimals.round(value);
        });
  }

  private static Settings read(ParameterCheck check) {
    check.allowOnly(MIN, MAX, STEP);
    Optional<BigDecimal> min = check.required(MIN, Bound.ANY);
    Optional<BigDecimal> max = check.required(MAX, Bound.ANY);
    Optional<BigDecimal> step = check.optional(STEP, Bound.POSITIVE);
    if (min.isPresent() && max.isPresent()) {
      BigDecimal span = max.get().subtract(min.get());
      if (span.signum() <= 0) {
        check.problem(MAX, Message.of("formula.parameter.rating.maxNotAboveMin",
            Numbers.exact(min.get()), Numbers.exact(max.get())));
      } else if (step.isPresent() && span.remainder(step.get()).signum() != 0) {
        check.problem(STEP, Message.of("formula.parameter.rating.stepUneven",
            Numbers.exact(span), Numbers.exact(step.get())));
      }
    }
    return new Settings(min.orElse(BigDecimal.ZERO), max.orElse(BigDecimal.ONE), step);
  }
}
