package io.emulation.core.scoring.builtin;

import static io.emulation.core.scoring.builtin.Numbers.HUNDRED;
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
import io.emulation.scoring.spi.PeerValues;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.SpiVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code emulation:linear}: points in proportion to how much of the target was achieved, full
 * points at 100 %, with an optional capped bonus above it.
 *
 * <p>Parameters:
 * <ul>
 *   <li>{@code maxPoints} (required, {@code > 0}): the points for achieving 100 % of the target.
 *   <li>{@code bonusPerPercent} (optional, {@code >= 0}): bonus points per percent of achievement
 *       above 100 %, fractions of a percent counting proportionally.
 *   <li>{@code maxBonus} ({@code >= 0}): the most bonus points; required together with {@code
 *       bonusPerPercent}, so that the points always have an upper bound, and rejected without it.
 * </ul>
 *
 * <p>Achievement is {@code value / target × 100} when higher is better and {@code target / value
 * × 100} when lower is better. Points are {@code maxPoints × min(achievement, 100) / 100 +
 * min(bonusPerPercent × (achievement − 100), maxBonus)}, the bonus counting only above 100 %.
 * When lower is better, a value of 0 beats any target: it earns {@code maxPoints + maxBonus}
 * (the most any value can earn, which keeps the formula monotone).
 *
 * <p>Requires a target. {@link #score} throws a {@link io.emulation.scoring.spi.ScoringException}
 * when the target is missing or not greater than 0, or when the value is negative.
 *
 * @since 0.1
 */
@Api(status = Api.Status.MAINTAINED, since = "0.1")
public final class LinearFormula extends BuiltInFormula {
  /** This formula's id. */
  public static final String ID = "emulation:linear";

  private static final String MAX_POINTS = "maxPoints";
  private static final String BONUS_PER_PERCENT = "bonusPerPercent";
  private static final String MAX_BONUS = "maxBonus";
  private static final Message WHY_TARGET = Message.of("formula.linear.why.target");

  private record Settings(BigDecimal maxPoints, Optional<BigDecimal> bonusPerPercent,
      BigDecimal maxBonus) {}

  /** Creates the formula; it holds no state. */
  public LinearFormula() {}

  /** Returns {@value #ID}. */
  @Override
  public String id() {
    return ID;
  }

  /** One line saying what the formula computes. */
  @Override
  public String description() {
    return "Points in proportion to the percentage of the target achieved, capped at maxPoints,"
        + " plus an optional capped bonus above 100%";
  }

  /** Returns {@link SpiVersion#CURRENT}. */
  @Override
  public String spiVersion() {
    return SpiVersion.CURRENT;
  }

  /**
   * Reports a missing, non-numeric or non-positive {@code maxPoints}, a negative {@code
   * bonusPerPercent} or {@code maxBonus}, one of the bonus parameters without the other, and
   * unknown parameter names.
   */
  @Override
  public List<ParameterProblem> validate(FormulaParameters parameters) {
    return ParameterCheck.problems(parameters, LinearFormula::read);
  }

  /** Returns {@link InputRequirement#TARGET}. */
  @Override
  public Set<InputRequirement> requirements() {
    return Set.of(InputRequirement.TARGET);
  }

  /** {@code [0, maxPoints + maxBonus]}, or empty for invalid parameters. */
  @Override
  public Optional<PointsRange> range(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, LinearFormula::read)
        .map(s -> PointsRange.closed(BigDecimal.ZERO, s.maxPoints().add(s.maxBonus())));
  }

  /** True for valid parameters, in either direction. */
  @Override
  public boolean isMonotone(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, LinearFormula::read).isPresent();
  }

  /**
   * Scores the value against the target as the class description says.
   *
   * @throws io.emulation.scoring.spi.ScoringException when the target is missing or {@code <= 0},
   *     the value is negative or the parameters are invalid
   */
  @Override
  public Points score(ScoringInput input) {
    return score(input, true);
  }

  @Override
  Points score(ScoringInput input, boolean explain) {
    Settings settings = ParameterCheck.readValid(ID, input, LinearFormula::read);
    BigDecimal target = Inputs.positiveTarget(ID, input, WHY_TARGET);
    BigDecimal value = input.value();
    if (value.signum() < 0) {
      throw Inputs.fail(ID, input, Message.of("formula.linear.fault.negative", value));
    }
    boolean lowerIsBetter = input.direction() == Direction.LOWER_IS_BETTER;
    if (lowerIsBetter && value.signum() == 0) {
      BigDecimal most = settings.maxPoints().add(settings.maxBonus());
      return Points.of(most, !explain ? Explanation.EMPTY
          : Message.of("formula.linear.zeroBeatsTarget", Numbers.exact(target), withBonus(
              settings, Numbers.exact(settings.maxPoints()), settings.maxBonus())));
    }
    BigDecimal achieved = lowerIsBetter ? target : value;
    BigDecimal required = lowerIsBetter ? value : target;
    BigDecimal achievement = Numbers.percent(achieved, required);
    BigDecimal base =
        Decimal128.divide(settings.maxPoints().multiply(achieved.min(required)), required);
    BigDecimal bonus = settings.bonusPerPercent()
        .map(per -> per.multiply(achievement.subtract(HUNDRED).max(BigDecimal.ZERO))
            .min(settings.maxBonus()))
        .orElse(BigDecimal.ZERO);
    if (!explain) {
      return Points.of(base.add(bonus), Explanation.EMPTY);
    }
    Message measured = lowerIsBetter
        ? Message.of("formula.linear.lowerIsBetter", Numbers.exact(value),
            Numbers.exact(target), shown(achievement))
        : Message.of("formula.percentOfTarget", Numbers.exact(value), shown(achievement),
            Numbers.exact(target));
    BigDecimal maxPoints = Numbers.exact(settings.maxPoints());
    Object points = achievement.compareTo(HUNDRED) > 0
        ? withBonus(settings, Message.of("formula.linear.capped", maxPoints), bonus)
        : Message.of("formula.linear.share", shown(base), maxPoints);
    return Points.of(base.add(bonus), Message.of("formula.then", measured, points));
  }

  /** {@code points} followed by the bonus and its terms, when the parameters give a bonus. */
  private static Object withBonus(Settings settings, Object points, BigDecimal bonus) {
    return settings.bonusPerPercent()
        .<Object>map(per -> Message.of("formula.linear.bonus", points, shown(bonus),
            Numbers.exact(per), Numbers.exact(settings.maxBonus())))
        .orElse(points);
  }

  @Override
  Optional<ExactPoints> exactPoints(FormulaParameters parameters, Direction direction,
      LongDecimals decimals) {
    return ParameterCheck.readIfValid(parameters, LinearFormula::read)
        .filter(s -> LongDecimals.fits(s.maxPoints()) && LongDecimals.fits(s.maxBonus())
            && s.bonusPerPercent().map(LongDecimals::fits).orElse(true))
        .map(settings -> new Kernel(settings, direction, decimals));
  }

  /** The points in longs, as {@link #score} works them out (see {@link ExactPoints}). */
  private static final class Kernel implements ExactPoints {
    private final boolean lowerIsBetter;
    private final LongDecimals decimals;
    private final long maxPoints;
    private final int maxPointsScale;
    private final boolean bonus;
    private final long perPercent;
    private final int perPercentScale;
    private final double perPercentValue;
    private final long maxBonus;
    private final int maxBonusScale;
    /** maxPoints + maxBonus, unscaled at the larger of their scales. */
    private final long most;
    private final int mostScale;

    Kernel(Settings settings, Direction direction, LongDecimals decimals) {
      this.lowerIsBetter = direction == Direction.LOWER_IS_BETTER;
      this.decimals = decimals;
      this.maxPointsScale = settings.maxPoints().scale();
      this.maxPoints = LongDecimals.unscaled(settings.maxPoints(), maxPointsScale);
      this.bonus = settings.bonusPerPercent().isPresent();
      BigDecimal per = settings.bonusPerPercent().orElse(BigDecimal.ZERO);
      this.perPercentScale = per.scale();
      this.perPercent = LongDecimals.unscaled(per, perPercentScale);
      this.perPercentValue = per.doubleValue();
      this.maxBonusScale = settings.maxBonus().scale();
      this.maxBonus = LongDecimals.unscaled(settings.maxBonus(), maxBonusScale);
      this.mostScale = Math.max(maxPointsScale, maxBonusScale);
      this.most = LongDecimals.plus(LongDecimals.unscaled(settings.maxPoints(), mostScale),
          LongDecimals.unscaled(settings.maxBonus(), mostScale));
    }

    @Override
    public long points(BigDecimal value, Optional<BigDecimal> target,
        Optional<BigDecimal> baseline, PeerValues peers) {
      if (target.isEmpty() || target.get().signum() <= 0 || value.signum() < 0) {
        return NONE;
      }
      if (lowerIsBetter && value.signum() == 0) {
        return decimals.round(most, mostScale);
      }
      int scale = Math.max(value.scale(), target.get().scale());
      long achieved = LongDecimals.unscaled(lowerIsBetter ? target.get() : value, scale);
      long required = LongDecimals.unscaled(lowerIsBetter ? value : target.get(), scale);
      if (achieved == NONE || required == NONE) {
        return NONE;
      }
      if (achieved <= required) {
        // no bonus: maxPoints × achieved / required, one quotient of exact terms
        return decimals.roundQuotient(LongDecimals.times(maxPoints, achieved), maxPointsScale,
            required, LongDecimals.ONE_ROUNDING, 0, true);
      }
      if (!bonus) {
        return decimals.round(maxPoints, maxPointsScale);
      }
      // the bonus per percent × (achieved × 100 / required − 100), the percentage a quotient
      // rounded to 34 digits: off by at most per percent × percentage × 5e-34
      double error = perPercentValue * (100.0 * achieved / required + 1)
          * LongDecimals.ONE_ROUNDING;
      long above = LongDecimals.times(LongDecimals.times(perPercent, 100), achieved - required);
      // the bonus against maxBonus, both over required × 10^(perScale + maxBonusScale)
      long bonusOver = LongDecimals.times(above, LongDecimals.tenTo(maxBonusScale));
      long capOver = LongDecimals.times(LongDecimals.times(maxBonus,
          LongDecimals.tenTo(perPercentScale)), required);
      long tens = LongDecimals.tenTo(perPercentScale + maxBonusScale);
      if (bonusOver == NONE || capOver == NONE || tens == NONE) {
        return NONE;
      }
      // the percentage is the number itself when it has at most 34 digits
      if (bonusOver >= capOver) {
        // capped, unless the percentage's rounding could bring the bonus under the cap
        double margin = (double) (bonusOver - capOver) / required / tens;
        return margin > 2 * error || percentageIsExact(achieved, required)
            ? decimals.round(most, mostScale) : NONE;
      }
      // maxPoints + bonus = (maxPoints × 10^perScale × required + above × 10^maxScale)
      //   / (10^(maxScale + perScale) × required)
      long numerator = LongDecimals.plus(
          LongDecimals.times(LongDecimals.times(maxPoints, LongDecimals.tenTo(perPercentScale)),
              required),
          LongDecimals.times(above, LongDecimals.tenTo(maxPointsScale)));
      long points = decimals.roundQuotient(numerator, maxPointsScale + perPercentScale,
          required, 0, error, false);
      return points != LongDecimals.TURN ? points
          : percentageIsExact(achieved, required) ? decimals.roundQuotient(numerator,
              maxPointsScale + perPercentScale, required, 0, error, true) : NONE;
    }

    private static boolean percentageIsExact(long achieved, long required) {
      return LongDecimals.isExact(LongDecimals.times(achieved, 100), required);
    }
  }

  private static Settings read(ParameterCheck check) {
    check.allowOnly(MAX_POINTS, BONUS_PER_PERCENT, MAX_BONUS);
    BigDecimal maxPoints = check.required(MAX_POINTS, Bound.POSITIVE).orElse(BigDecimal.ONE);
    Optional<BigDecimal> bonusPerPercent = check.optional(BONUS_PER_PERCENT, Bound.NON_NEGATIVE);
    BigDecimal maxBonus = check.optional(MAX_BONUS, Bound.NON_NEGATIVE).orElse(BigDecimal.ZERO);
    if (check.has(BONUS_PER_PERCENT) && !check.has(MAX_BONUS)) {
      check.problem(MAX_BONUS, Message.of("formula.parameter.linear.maxBonusRequired"));
    }
    if (check.has(MAX_BONUS) && !check.has(BONUS_PER_PERCENT)) {
      check.problem(MAX_BONUS, Message.of("formula.parameter.linear.maxBonusAlone"));
    }
    return new Settings(maxPoints, bonusPerPercent, maxBonus);
  }
}
