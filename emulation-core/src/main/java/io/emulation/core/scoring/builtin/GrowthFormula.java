package io.emulation.core.scoring.builtin;

import static io.emulation.core.scoring.builtin.Numbers.shown;

import io.emulation.core.internal.Decimal128;
import io.emulation.core.scoring.builtin.ParameterCheck.Bound;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.Explanation;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.InputRequirement;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.SpiVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code emulation:growth}: points for year-over-year improvement, full points at the targeted
 * growth, e.g. "+10% production value on the same period last year".
 *
 * <p>Parameters:
 * <ul>
 *   <li>{@code maxPoints} (required, {@code > 0}): the points for reaching {@code targetGrowth}.
 *   <li>{@code targetGrowth} (required, {@code > 0}): the improvement, in percent, that earns
 *       full points.
 * </ul>
 *
 * <p>Growth is {@code (value − baseline) / |baseline| × 100} when higher is better; when lower is
 * better an improvement is a decrease, so it is {@code (baseline − value) / |baseline| × 100}.
 * Points are {@code maxPoints × clamp(growth / targetGrowth, 0, 1)}: no improvement or a decline
 * earns 0, and growth beyond the target earns no more than {@code maxPoints}. Negative values
 * and baselines (losses) are allowed.
 *
 * <p>Requires a baseline; {@link #score} throws when it is missing or 0 (growth from nothing is
 * undefined).
 *
 * @since 0.1
 */
@Api(status = Api.Status.MAINTAINED, since = "0.1")
public final class GrowthFormula extends BuiltInFormula {
  /** This formula's id. */
  public static final String ID = "emulation:growth";

  private static final String MAX_POINTS = "maxPoints";
  private static final String TARGET_GROWTH = "targetGrowth";

  private record Settings(BigDecimal maxPoints, BigDecimal targetGrowth) {}

  /** Creates the formula; it holds no state. */
  public GrowthFormula() {}

  /** Returns {@value #ID}. */
  @Override
  public String id() {
    return ID;
  }

  /** One line saying what the formula computes. */
  @Override
  public String description() {
    return "Points for year-over-year improvement, full points at targetGrowth percent";
  }

  /** Returns {@link SpiVersion#CURRENT}. */
  @Override
  public String spiVersion() {
    return SpiVersion.CURRENT;
  }

  /**
   * Reports a missing, non-numeric or non-positive {@code maxPoints} or {@code targetGrowth} and
   * unknown parameter names.
   */
  @Override
  public List<ParameterProblem> validate(FormulaParameters parameters) {
    return ParameterCheck.problems(parameters, GrowthFormula::read);
  }

  /** Returns {@link InputRequirement#BASELINE}. */
  @Override
  public Set<InputRequirement> requirements() {
    return Set.of(InputRequirement.BASELINE);
  }

  /** {@code [0, maxPoints]}, or empty for invalid parameters. */
  @Override
  public Optional<PointsRange> range(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, GrowthFormula::read)
        .map(s -> PointsRange.closed(BigDecimal.ZERO, s.maxPoints()));
  }

  /** True for valid parameters, in either direction. */
  @Override
  public boolean isMonotone(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, GrowthFormula::read).isPresent();
  }

  /**
   * {@code maxPoints × clamp(growth / targetGrowth, 0, 1)}.
   *
   * @throws io.emulation.scoring.spi.ScoringException when the baseline is missing or 0, or when
   *     the parameters are invalid
   */
  @Override
  public Points score(ScoringInput input) {
    return score(input, true);
  }

  @Override
  Points score(ScoringInput input, boolean explain) {
    Settings settings = ParameterCheck.readValid(ID, input, GrowthFormula::read);
    BigDecimal baseline = input.baseline().orElseThrow(() -> Inputs.fail(ID, input,
        Message.of("formula.growth.fault.noBaseline")));
    if (baseline.signum() == 0) {
      throw Inputs.fail(ID, input, Message.of("formula.growth.fault.zeroBaseline"));
    }
    boolean higherIsBetter = input.direction() == Direction.HIGHER_IS_BETTER;
    BigDecimal change = higherIsBetter
        ? input.value().subtract(baseline)
        : baseline.subtract(input.value());
    BigDecimal growth = Numbers.percent(change, baseline.abs());
    BigDecimal share = Decimal128.divide(growth, settings.targetGrowth());
    BigDecimal points = settings.maxPoints()
        .multiply(Numbers.clamp(share, BigDecimal.ZERO, BigDecimal.ONE));
    if (!explain) {
      return Points.of(points, Explanation.EMPTY);
    }
    Object shownGrowth = shown(growth);
    Object signedGrowth = growth.signum() > 0
        ? Message.of("formula.growth.positive", shownGrowth) : shownGrowth;
    Object[] args = {Numbers.exact(input.value()), Numbers.exact(baseline), signedGrowth,
        Numbers.exact(settings.targetGrowth()), shown(points),
        Numbers.exact(settings.maxPoints())};
    Message text = higherIsBetter
        ? Message.of("formula.growth", args)
        : Message.of("formula.growth.lowerIsBetter", args);
    return Points.of(points, share.compareTo(BigDecimal.ONE) > 0
        ? Message.of("formula.growth.capped", text) : text);
  }

  @Override
  Optional<ExactPoints> exactPoints(FormulaParameters parameters, Direction direction,
      LongDecimals decimals) {
    boolean higherIsBetter = direction == Direction.HIGHER_IS_BETTER;
    return ParameterCheck.readIfValid(parameters, GrowthFormula::read)
        .filter(s -> LongDecimals.fits(s.maxPoints()) && LongDecimals.fits(s.targetGrowth()))
        .map(settings -> {
          int maxScale = settings.maxPoints().scale();
          long max = LongDecimals.unscaled(settings.maxPoints(), maxScale);
          BigDecimal targetGrowth = settings.targetGrowth();
          long target = LongDecimals.unscaled(targetGrowth, targetGrowth.scale());
          long targetTens = LongDecimals.tenTo(targetGrowth.scale());
          return (value, unused, baseline, peers) -> {
            if (baseline.isEmpty() || baseline.get().signum() == 0) {
              return ExactPoints.NONE;
            }
            int scale = Math.max(value.scale(), baseline.get().scale());
            long now = LongDecimals.unscaled(value, scale);
            long before = LongDecimals.unscaled(baseline.get(), scale);
            long change = higherIsBetter ? LongDecimals.minus(now, before)
                : LongDecimals.minus(before, now);
            if (change == ExactPoints.NONE || before == ExactPoints.NONE) {
              return ExactPoints.NONE;
            }
            if (change <= 0) {
              return 0;
            }
            // share = growth / targetGrowth = change × 100 × 10^targetScale / (|before| × target)
            long shareNumerator = LongDecimals.times(LongDecimals.times(change, 100), targetTens);
            long shareDenominator = LongDecimals.times(Math.abs(before), target);
            if (shareNumerator == ExactPoints.NONE || shareDenominator == ExactPoints.NONE) {
              return ExactPoints.NONE;
            }
            if (shareNumerator >= shareDenominator) {
              // a share of 1 or more stays so rounded to 34 digits (1 and the target are exact)
              return decimals.round(max, maxScale);
            }
            long points = decimals.roundQuotient(LongDecimals.times(max, shareNumerator),
                maxScale, shareDenominator, LongDecimals.TWO_ROUNDINGS, 0, false);
            if (points != LongDecimals.TURN) {
              return points;
            }
            // at a point where rounding changes: the points are the number when the growth and
            // the share are exact in 34 digits
            boolean exact = LongDecimals.isExact(LongDecimals.times(change, 100), Math.abs(before))
                && LongDecimals.isExact(shareNumerator, shareDenominator);
            return exact ? decimals.roundQuotient(LongDecimals.times(max, shareNumerator),
                maxScale, shareDenominator, LongDecimals.TWO_ROUNDINGS, 0, true) : ExactPoints.NONE;
          };
        });
  }

  private static Settings read(ParameterCheck check) {
    check.allowOnly(MAX_POINTS, TARGET_GROWTH);
    return new Settings(check.required(MAX_POINTS, Bound.POSITIVE).orElse(BigDecimal.ONE),
        check.required(TARGET_GROWTH, Bound.POSITIVE).orElse(BigDecimal.ONE));
  }
}
