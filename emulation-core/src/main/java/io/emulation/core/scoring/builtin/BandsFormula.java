package io.emulation.core.scoring.builtin;

import io.emulation.core.scoring.builtin.ParameterCheck.Bound;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.Explanation;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.PeerValues;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.SpiVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code emulation:bands}: a banded table, such as {@code < 60% → 1, 60–70% → 2, 70–80% → 3,
 * 80–90% → 4, ≥ 90% → 5} points.
 *
 * <p>Parameters:
 * <ul>
 *   <li>{@code basis} (optional): {@code percent-of-target} (the default) compares {@code value /
 *       target × 100} with the bands; {@code value} compares the value itself.
 *   <li>{@code bands} (required, at least one): a list of groups {@code {from: <number>, points:
 *       <number>}}. When higher is better, a band matches values at or above its {@code from};
 *       when lower is better, values at or below it. The best matching band wins: the one with
 *       the highest {@code from} (higher is better) or the lowest (lower is better). Each {@code
 *       from} must be unique.
 *   <li>{@code otherwise} (optional, default 0): the points when no band matches; must not exceed
 *       any band's points.
 * </ul>
 *
 * <p>The points must rise steadily as {@code from} rises (a table for higher-is-better criteria)
 * or fall steadily (a table for lower-is-better criteria), so that a better value never earns
 * fewer points. {@link #validate} cannot know the criterion's direction, so it accepts either
 * shape and {@link #score} throws when the shape does not fit the input's direction; a table
 * whose points are all equal fits both.
 *
 * <p>{@link #requirements()} cannot depend on parameters, so it declares no target even for the
 * {@code percent-of-target} basis; {@link #score} then throws when the target is missing or not
 * greater than 0.
 *
 * @since 0.1
 */
@Api(status = Api.Status.MAINTAINED, since = "0.1")
public final class BandsFormula extends BuiltInFormula {
  /** This formula's id. */
  public static final String ID = "emulation:bands";

  private static final String BASIS = "basis";
  private static final String BANDS = "bands";
  private static final String OTHERWISE = "otherwise";
  private static final String FROM = "from";
  private static final String POINTS = "points";
  private static final String PERCENT_OF_TARGET = "percent-of-target";
  private static final String VALUE = "value";
  private static final Message WHY_TARGET =
      Message.of("formula.bands.why.target", PERCENT_OF_TARGET, VALUE);

  private record Band(BigDecimal from, BigDecimal points, String path) {}

  /** The table with its bands sorted by ascending {@code from}; {@code rising} is its shape. */
  private record Settings(boolean percentBasis, List<Band> bands, BigDecimal otherwise,
      Optional<Boolean> rising) {

    Stream<BigDecimal> allPoints() {
      return Stream.concat(bands.stream().map(Band::points), Stream.of(otherwise));
    }
  }

  /** Creates the formula; it holds no state. */
  public BandsFormula() {}

  /** Returns {@value #ID}. */
  @Override
  public String id() {
    return ID;
  }

  /** One line saying what the formula computes. */
  @Override
  public String description() {
    return "Points from a banded table over the value or its percentage of the target";
  }

  /** Returns {@link SpiVersion#CURRENT}. */
  @Override
  public String spiVersion() {
    return SpiVersion.CURRENT;
  }

  /**
   * Reports an unknown {@code basis}; a missing or empty {@code bands} list, elements that are
   * not groups, missing or non-numeric {@code from} and {@code points}, unknown keys in a band
   * and duplicate {@code from} values; points that neither rise nor fall steadily with {@code
   * from}; an {@code otherwise} above any band's points; unknown parameter names.
   */
  @Override
  public List<ParameterProblem> validate(FormulaParameters parameters) {
    return ParameterCheck.problems(parameters, BandsFormula::read);
  }

  /**
   * {@code [min, max]} of {@code otherwise} and every band's points, or empty for invalid
   * parameters.
   */
  @Override
  public Optional<PointsRange> range(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, BandsFormula::read).map(s -> PointsRange.closed(
        s.allPoints().min(Comparator.naturalOrder()).orElseThrow(),
        s.allPoints().max(Comparator.naturalOrder()).orElseThrow()));
  }

  /**
   * True for valid parameters: {@link #score} only scores a table whose shape fits the input's
   * direction, and such a table never gives a better value fewer points.
   */
  @Override
  public boolean isMonotone(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, BandsFormula::read).isPresent();
  }

  /**
   * The points of the best band the value (or its percentage of the target) reaches, else
   * {@code otherwise}.
   *
   * @throws io.emulation.scoring.spi.ScoringException when the basis is {@code
   *     percent-of-target} and the target is missing or {@code <= 0}, when the table's shape does
   *     not fit the input's direction, or when the parameters are invalid
   */
  @Override
  public Points score(ScoringInput input) {
    return score(input, true);
  }

  @Override
  Points score(ScoringInput input, boolean explain) {
    Settings settings = ParameterCheck.readValid(ID, input, BandsFormula::read);
    boolean higherIsBetter = input.direction() == Direction.HIGHER_IS_BETTER;
    if (settings.rising().isPresent() && settings.rising().get() != higherIsBetter) {
      throw Inputs.fail(ID, input, higherIsBetter
          ? Message.of("formula.bands.fault.pointsFall", input.direction().name())
          : Message.of("formula.bands.fault.pointsRise", input.direction().name()));
    }
    boolean percent = settings.percentBasis();
    BigDecimal target = percent ? Inputs.positiveTarget(ID, input, WHY_TARGET) : null;
    BigDecimal measure = percent ? Numbers.percent(input.value(), target) : input.value();
    Band best = best(settings.bands(), measure, higherIsBetter);
    if (!explain) {
      return Points.of(best != null ? best.points() : settings.otherwise(), Explanation.EMPTY);
    }
    Message text = percent
        ? Message.of("formula.percentOfTarget", Numbers.exact(input.value()),
            Numbers.shown(measure), Numbers.exact(target))
        : Message.of("formula.value", Numbers.exact(measure));
    if (best != null) {
      Object from = bound(best.from(), percent);
      Message points = Numbers.points(best.points());
      return Points.of(best.points(), higherIsBetter
          ? Message.of("formula.bands.from", text, from, points)
          : Message.of("formula.bands.upTo", text, from, points));
    }
    List<Band> bands = settings.bands();
    Band edge = higherIsBetter ? bands.get(0) : bands.get(bands.size() - 1);
    Object from = bound(edge.from(), percent);
    Message otherwise = Numbers.points(settings.otherwise());
    return Points.of(settings.otherwise(), higherIsBetter
        ? Message.of("formula.bands.belowAll", text, from, otherwise)
        : Message.of("formula.bands.aboveAll", text, from, otherwise));
  }

  /**
   * The best band the measure reaches, {@code null} for none: the highest {@code from} at most
   * the measure when higher is better, else the lowest at least the measure.
   */
  @Override
  Optional<ExactPoints> exactPoints(FormulaParameters parameters, Direction direction,
      LongDecimals decimals) {
    boolean higherIsBetter = direction == Direction.HIGHER_IS_BETTER;
    return ParameterCheck.readIfValid(parameters, BandsFormula::read)
        .filter(s -> s.rising().map(rising -> rising == higherIsBetter).orElse(true))
        .filter(s -> s.allPoints().allMatch(LongDecimals::fits) && (!s.percentBasis()
            || s.bands().stream().allMatch(band -> LongDecimals.fits(band.from()))))
        .map(settings -> new Kernel(settings, higherIsBetter, decimals));
  }

  /** The band's points in longs, as {@link #score} finds the band (see {@link ExactPoints}). */
  private static final class Kernel implements ExactPoints {
    /** A comparison the kernel cannot be sure of. */
    private static final int COMPARISON_UNKNOWN = Integer.MIN_VALUE;

    private final boolean percentBasis;
    private final boolean higherIsBetter;
    private final BigDecimal[] from;
    private final long[] fromUnscaled;
    private final long[] fromTens;
    private final long[] points;
    private final long otherwise;

    Kernel(Settings settings, boolean higherIsBetter, LongDecimals decimals) {
      List<Band> bands = settings.bands();
      this.percentBasis = settings.percentBasis();
      this.higherIsBetter = higherIsBetter;
      this.from = bands.stream().map(Band::from).toArray(BigDecimal[]::new);
      this.fromUnscaled = new long[from.length];
      this.fromTens = new long[from.length];
      this.points = new long[from.length];
      for (int i = 0; i < from.length; i++) {
        fromUnscaled[i] = LongDecimals.unscaled(from[i], from[i].scale());
        fromTens[i] = LongDecimals.tenTo(from[i].scale());
        points[i] = decimals.round(bands.get(i).points());
      }
      this.otherwise = decimals.round(settings.otherwise());
    }

    @Override
    public long points(BigDecimal value, Optional<BigDecimal> target,
        Optional<BigDecimal> baseline, PeerValues peers) {
      long achieved = 0;
      long required = 1;
      if (percentBasis) {
        if (target.isEmpty() || target.get().signum() <= 0) {
          return NONE;
        }
        int scale = Math.max(value.scale(), target.get().scale());
        achieved = LongDecimals.times(LongDecimals.unscaled(value, scale), 100);
        required = LongDecimals.unscaled(target.get(), scale);
        if (achieved == NONE || required == NONE) {
          return NONE;
        }
      }
      int best = -1;
      for (int i = 0; i < from.length; i++) {
        int comparison = percentBasis ? compare(achieved, required, i) : value.compareTo(from[i]);
        if (comparison == COMPARISON_UNKNOWN) {
          return NONE;
        }
        if (higherIsBetter && comparison >= 0) {
          best = i;
        } else if (!higherIsBetter && comparison <= 0) {
          best = i;
          break;
        }
      }
      return best < 0 ? otherwise : points[best];
    }

    /**
     * How the percentage {@code achieved / required}, as the formula rounds it to 34 digits,
     * compares with band {@code i}'s {@code from}: the exact percentage's sign against it, unless
     * the rounding could reach it.
     */
    private int compare(long achieved, long required, int i) {
      // achieved / required − from = (achieved × 10^fromScale − from × required)
      //   / (required × 10^fromScale)
      long difference = LongDecimals.minus(LongDecimals.times(achieved, fromTens[i]),
          LongDecimals.times(fromUnscaled[i], required));
      if (difference == NONE) {
        return COMPARISON_UNKNOWN;
      }
      if (difference == 0) {
        // the percentage is from itself, which 34 digits hold exactly
        return 0;
      }
      double error = 2 * LongDecimals.ONE_ROUNDING * Math.abs((double) achieved / required);
      return Math.abs((double) difference) / required / fromTens[i] > error
          ? Long.signum(difference) : COMPARISON_UNKNOWN;
    }
  }

  private static Band best(List<Band> bands, BigDecimal measure, boolean higherIsBetter) {
    Band best = null;
    for (Band band : bands) {
      int comparison = measure.compareTo(band.from());
      if (higherIsBetter && comparison >= 0) {
        best = band;
      } else if (!higherIsBetter && comparison <= 0) {
        return band;
      }
    }
    return best;
  }

  /** A band's {@code from} for an explanation: a percentage under the percent basis. */
  private static Object bound(BigDecimal from, boolean percent) {
    return percent ? Numbers.percentText(Numbers.exact(from)) : Numbers.exact(from);
  }

  private static Settings read(ParameterCheck check) {
    check.allowOnly(BASIS, BANDS, OTHERWISE);
    boolean percentBasis = check.choice(BASIS, PERCENT_OF_TARGET, PERCENT_OF_TARGET, VALUE)
        .map(PERCENT_OF_TARGET::equals).orElse(true);
    Optional<BigDecimal> otherwise = check.optional(OTHERWISE, Bound.ANY, BigDecimal.ZERO);
    List<Band> bands = new ArrayList<>();
    check.groups(BANDS, Message.of("formula.parameter.bands.element", "{from, points}"))
        .ifPresent(groups -> groups.forEach(group -> readBand(group, bands)));
    bands.sort(Comparator.comparing(Band::from));
    Optional<Boolean> rising = checkShape(check, bands);
    otherwise.ifPresent(points -> bands.stream().map(Band::points)
        .min(Comparator.naturalOrder())
        .filter(lowest -> points.compareTo(lowest) > 0)
        .ifPresent(lowest -> check.problem(OTHERWISE, Message.of(
            "formula.parameter.bands.otherwiseTooHigh", Numbers.exact(lowest),
            Numbers.exact(points)))));
    return new Settings(percentBasis, List.copyOf(bands), otherwise.orElse(BigDecimal.ZERO),
        rising);
  }

  private static void readBand(ParameterCheck group, List<Band> bands) {
    group.allowOnly(FROM, POINTS);
    Optional<BigDecimal> from = group.required(FROM, Bound.ANY);
    Optional<BigDecimal> points = group.required(POINTS, Bound.ANY);
    if (from.isEmpty() || points.isEmpty()) {
      return;
    }
    Optional<Band> same =
        bands.stream().filter(band -> band.from().compareTo(from.get()) == 0).findFirst();
    if (same.isPresent()) {
      group.problem(FROM, Message.of("formula.parameter.bands.duplicateFrom",
          same.get().path(), Numbers.exact(from.get())));
    } else {
      bands.add(new Band(from.get(), points.get(), group.path()));
    }
  }

  /**
   * Whether the points of {@code bands} (sorted by {@code from}) rise, fall, or (empty) are all
   * equal; reports the first band that breaks the shape set by the bands before it.
   */
  private static Optional<Boolean> checkShape(ParameterCheck check, List<Band> bands) {
    Optional<Boolean> rising = Optional.empty();
    for (int i = 1; i < bands.size(); i++) {
      Band previous = bands.get(i - 1);
      Band band = bands.get(i);
      int step = band.points().compareTo(previous.points());
      if (step == 0) {
        continue;
      }
      if (rising.isEmpty()) {
        rising = Optional.of(step > 0);
      } else if (rising.get() != step > 0) {
        // the band breaks the shape: it rises after falling, or falls after rising
        check.problem(band.path() + "." + POINTS, rising.get()
            ? Message.of("formula.parameter.bands.fallsAfterRising", Numbers.exact(band.points()),
                Numbers.points(previous.points()), previous.path(),
                Numbers.exact(previous.from()))
            : Message.of("formula.parameter.bands.risesAfterFalling",
                Numbers.exact(band.points()), Numbers.points(previous.points()),
                previous.path(), Numbers.exact(previous.from())));
        return Optional.empty();
      }
    }
    return rising;
  }
}
