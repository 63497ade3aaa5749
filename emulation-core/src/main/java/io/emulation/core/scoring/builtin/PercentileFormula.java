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
 * {@code emulation:percentile}: points by standing among peers (a percentile rank): the share of
 * the other participants who did worse, each tie counting as half.
 *
 * <p>Parameters:
 * <ul>
 *   <li>{@code maxPoints} (required, {@code > 0}): the points for beating every other peer.
 * </ul>
 *
 * <p>Points are {@code maxPoints × (worse + tied / 2) / (peers − 1)}, where {@code worse}
 * counts the other peers with a lower value (higher is better) or a higher one (lower is
 * better) and {@code tied} the other peers with an equal value. Equal values always earn equal
 * points; when all peers are equal everyone gets half of {@code maxPoints}, as nobody is ahead of
 * or behind anybody. A participant who is its own only peer has nobody to compare with and gets
 * {@code maxPoints}.
 *
 * <p>Requires peers, which must include the scored value itself; {@link #score} throws when they
 * are empty or lack the value.
 *
 * @since 0.1
 */
@Api(status = Api.Status.MAINTAINED, since = "0.1")
public final class PercentileFormula extends BuiltInFormula {
  /** This formula's id. */
  public static final String ID = "emulation:percentile";

  private static final String MAX_POINTS = "maxPoints";

  /** Creates the formula; it holds no state. */
  public PercentileFormula() {}

  /** Returns {@value #ID}. */
  @Override
  public String id() {
    return ID;
  }

  /** One line saying what the formula computes. */
  @Override
  public String description() {
    return "Points in proportion to the share of other participants who did worse, ties"
        + " counting half";
  }

  /** Returns {@link SpiVersion#CURRENT}. */
  @Override
  public String spiVersion() {
    return SpiVersion.CURRENT;
  }

  /**
   * Reports a missing, non-numeric or non-positive {@code maxPoints} and unknown parameter
   * names.
   */
  @Override
  public List<ParameterProblem> validate(FormulaParameters parameters) {
    return ParameterCheck.problems(parameters, PercentileFormula::read);
  }

  /** Returns {@link InputRequirement#PEERS}. */
  @Override
  public Set<InputRequirement> requirements() {
    return Set.of(InputRequirement.PEERS);
  }

  /** {@code [0, maxPoints]}, or empty for invalid parameters. */
  @Override
  public Optional<PointsRange> range(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, PercentileFormula::read)
        .map(max -> PointsRange.closed(BigDecimal.ZERO, max));
  }

  /** True for valid parameters, for fixed peers, in either direction. */
  @Override
  public boolean isMonotone(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, PercentileFormula::read).isPresent();
  }

  /**
   * {@code maxPoints × (worse + tied / 2) / (peers − 1)}, or {@code maxPoints} for a lone peer.
   *
   * @throws io.emulation.scoring.spi.ScoringException when the peers are empty or do not include
   *     the value, or when the parameters are invalid
   */
  @Override
  public Points score(ScoringInput input) {
    return score(input, true);
  }

  @Override
  Points score(ScoringInput input, boolean explain) {
    BigDecimal maxPoints =
        ParameterCheck.readValid(ID, input, PercentileFormula::read);
    PeerValues peers = input.peers();
    BigDecimal value = input.value();
    // two binary searches over the peers, each once: they are most of this formula's work
    int below = peers.countBelow(value);
    int atMost = peers.countAtMost(value);
    if (atMost == below) {
      throw Inputs.fail(ID, input, peers.isEmpty()
          ? Message.of("formula.percentile.fault.noPeers")
          : Message.of("formula.percentile.fault.notAmongPeers", peers.size(), value));
    }
    int others = peers.size() - 1;
    if (others == 0) {
      return Points.of(maxPoints, !explain ? Explanation.EMPTY
          : Message.of("formula.percentile.alone", Numbers.exact(maxPoints)));
    }
    int worse = input.direction() == Direction.HIGHER_IS_BETTER
        ? below
        : peers.size() - atMost;
    int tied = atMost - below - 1;
    // worse + tied / 2, in tenths: the sum's exact value at its scale (1)
    long aheadTenths = 10L * worse + 5L * tied;
    BigDecimal ahead = BigDecimal.valueOf(aheadTenths, 1);
    BigDecimal points = Decimal128.divide(maxPoints.multiply(ahead), BigDecimal.valueOf(others));
    if (!explain) {
      return Points.of(points, Explanation.EMPTY);
    }
    // the share ahead × 100 / others, shown, in longs: the 34-digit percentage it used to be
    // computed from is display only, and shows the same (see Numbers.shownQuotient)
    Object share = Numbers.shownQuotient(aheadTenths * 10, others);
    return Points.of(points, tied == 0
        ? Message.of("formula.percentile", worse, others, share, Numbers.exact(maxPoints),
            shown(points))
        : Message.of("formula.percentile.tied", worse, tied, others, share,
            Numbers.exact(maxPoints), shown(points)));
  }

  @Override
  Optional<ExactPoints> exactPoints(FormulaParameters parameters, Direction direction,
      LongDecimals decimals) {
    boolean higherIsBetter = direction == Direction.HIGHER_IS_BETTER;
    return ParameterCheck.readIfValid(parameters, PercentileFormula::read)
        .filter(LongDecimals::fits)
        .map(maxPoints -> {
          int maxScale = maxPoints.scale();
          long max = LongDecimals.unscaled(maxPoints, maxScale);
          return (value, target, baseline, peers) -> {
            int below = peers.countBelow(value);
            int atMost = peers.countAtMost(value);
            if (atMost == below) {
              return ExactPoints.NONE;
            }
            int others = peers.size() - 1;
            if (others == 0) {
              return decimals.round(max, maxScale);
            }
            int worse = higherIsBetter ? below : peers.size() - atMost;
            long aheadTenths = 10L * worse + 5L * (atMost - below - 1);
            // one quotient of exact terms: where rounding changes, it is the number itself
            return decimals.roundQuotient(LongDecimals.times(max, aheadTenths), maxScale + 1,
                others, LongDecimals.ONE_ROUNDING, 0, true);
          };
        });
  }

  private static BigDecimal read(ParameterCheck check) {
    check.allowOnly(MAX_POINTS);
    return check.required(MAX_POINTS, Bound.POSITIVE).orElse(BigDecimal.ONE);
  }
}
