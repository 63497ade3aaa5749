package io.emulation.core.evaluation;

import com.google.common.collect.ImmutableList;
import io.emulation.core.campaign.DecimalPolicy;
import io.emulation.core.campaign.TotalMethod;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.scoring.builtin.ExactPoints;
import io.emulation.core.scoring.internal.DerivedLines;
import io.emulation.core.scoring.internal.ScorecardFactory;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.Verdict;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntToLongFunction;

/**
 * The scorecards of one kind of participant in one evaluation, kept as columns of points and
 * contributions (unscaled {@code int}s at the campaign's scale, a column per criterion), with
 * each line made again by its formula when read.
 *
 * <p>A million people's twenty lines, each with its explanation, optionals and decimals, take
 * several gigabytes; the columns take 4 bytes a line when a criterion's contributions are its
 * points (summed totals, weight 1: the usual case, which needs no column of contributions), 8
 * otherwise. Making a line again gives the same line because built-in formulas are pure
 * functions of the inputs, which the evaluation keeps (the measurement index and the peers).
 * Scorecards that cannot be made again that way keep their lines as made: those with an
 * errored line, a plugin formula (whose purity nobody vouches for), a number of more than nine
 * digits, or a contribution that is not its points where the criterion keeps no contributions
 * (which built-in formulas never give: even a line that does not apply has 0 of both).
 */
final class CompactScorecards {
  /** Makes a participant's line for a criterion (by position) again, before weighting. */
  interface LineMaker {
    ScoreLine make(String participantId, int criterion);
  }

  /** Every number of at most this many digits fits an {@code int}. */
  private static final int MAX_INT_DIGITS = 9;
  /** The largest unscaled value of {@value #MAX_INT_DIGITS} digits. */
  private static final long MAX_INT = 999_999_999;

  private final LineMaker maker;
  private final DecimalPolicy decimals;
  private final int scale;
  /** Zero at the campaign's scale. */
  private final BigDecimal zero;
  private final List<Criterion> criteria;
  private final Map<String, Integer> positions;
  /** Whether each criterion's formula is built in, so its lines can be made again. */
  private final boolean derivable;
  private final int[][] points;
  /** Each criterion's contributions; {@code null} for one whose contributions are its points. */
  private final int[][] contributions;

  CompactScorecards(List<Criterion> criteria, TotalMethod method, LineScorer[] scorers,
      int participants, DecimalPolicy decimals, LineMaker maker) {
    this.maker = maker;
    this.decimals = decimals;
    this.scale = decimals.scale();
    this.zero = decimals.round(BigDecimal.ZERO);
    this.criteria = criteria;
    this.positions = new HashMap<>(criteria.size() * 2);
    for (int k = 0; k < criteria.size(); k++) {
      positions.put(criteria.get(k).id(), k);
    }
    boolean builtIn = true;
    for (LineScorer scorer : scorers) {
      builtIn &= scorer.isBuiltIn();
    }
    this.derivable = builtIn;
    int columns = derivable ? criteria.size() : 0;
    this.points = new int[columns][];
    this.contributions = new int[columns][];
    for (int k = 0; k < columns; k++) {
      points[k] = new int[participants];
      // a summed line of weight 1 contributes its points, already rounded to the scale
      boolean contributesPoints = method == TotalMethod.SUM
          && criteria.get(k).weight().compareTo(BigDecimal.ONE) == 0;
      contributions[k] = contributesPoints ? null : new int[participants];
    }
  }

  /**
   * Whether built-in formulas score every criterion, so that scorecards can be kept as columns
   * and their lines made again when read.
   */
  boolean derives() {
    return derivable;
  }

  /**
   * Whether a scorecard can be kept as its points alone ({@link #keepPoints}): kept as columns,
   * every criterion summed with weight 1, so that its contributions are its points.
   */
  boolean sumsPoints() {
    if (!derivable) {
      return false;
    }
    for (int[] column : contributions) {
      if (column != null) {
        return false;
      }
    }
    return true;
  }

  /** A criterion's points for a participant, before rounding; {@code null} when it failed. */
  interface PointsMaker {
    Points points(int criterion);
  }

  /**
   * Keeps the scorecard of an individual without adjustments, when {@link #sumsPoints()}, from
   * its points alone, without making its lines: what {@link #keep} keeps of the scorecard
   * assembled from those lines, whose contributions are their points and whose total is their
   * sum. {@code null}, keeping nothing, when a criterion failed or its points do not fit the
   * columns: the scorecard is then assembled from its lines.
   *
   * @param vetoes by criterion, whether failing it is a veto failure
   * @param exactly a criterion's rounded points as an unscaled {@code long}, or {@link
   *     ExactPoints#NONE} to take them from {@code maker}
   */
  Scorecard keepPoints(int position, String participantId, Period period, boolean[] vetoes,
      IntToLongFunction exactly, PointsMaker maker) {
    int[] kept = new int[points.length];
    long sum = 0;
    ImmutableList.Builder<String> vetoFailures = null;
    for (int k = 0; k < kept.length; k++) {
      // a veto's verdict counts too, which only the formula's Points carry
      long exact = vetoes[k] ? ExactPoints.NONE : exactly.applyAsLong(k);
      if (exact != ExactPoints.NONE && Math.abs(exact) <= MAX_INT) {
        kept[k] = (int) exact;
        sum += exact;
        continue;
      }
      Points made = maker.points(k);
      if (made == null) {
        return null;
      }
      BigDecimal rounded = decimals.round(made.value());
      if (!fits(rounded)) {
        return null;
      }
      // at scale 0 a number gives its compact unscaled value without making a BigInteger
      kept[k] = rounded.scaleByPowerOfTen(scale).intValue();
      sum += kept[k];
      if (vetoes[k] && made.verdict() == Verdict.FAILED) {
        if (vetoFailures == null) {
          vetoFailures = ImmutableList.builder();
        }
        vetoFailures.add(criteria.get(k).id());
      }
    }
    for (int k = 0; k < kept.length; k++) {
      points[k][position] = kept[k];
    }
    BigDecimal total = BigDecimal.valueOf(sum, scale);
    return ScorecardFactory.maker().derived(participantId, period, new Row(participantId, position),
        ImmutableList.of(), total, zero, zero, total,
        vetoFailures == null ? ImmutableList.of() : vetoFailures.build());
  }

  /**
   * The scorecard to keep for the participant at a position: a compact one whose lines are made
   * again when read, or the one given when that cannot be done exactly.
   */
  Scorecard keep(int position, Scorecard scored) {
    if (!derivable || scored.hasErrors()) {
      return scored;
    }
    List<ScoreLine> lines = scored.lines();
    if (lines.size() != points.length) {
      return scored;
    }
    for (int k = 0; k < lines.size(); k++) {
      ScoreLine line = lines.get(k);
      boolean kept = contributions[k] == null
          ? fits(line.points()) && line.contribution().equals(line.points())
          : fits(line.points()) && fits(line.contribution());
      if (!kept) {
        return scored;
      }
    }
    for (int k = 0; k < lines.size(); k++) {
      points[k][position] = lines.get(k).points().unscaledValue().intValue();
      if (contributions[k] != null) {
        contributions[k][position] = lines.get(k).contribution().unscaledValue().intValue();
      }
    }
    return ScorecardFactory.maker().derived(scored.participantId(), scored.period(),
        new Row(scored.participantId(), position), scored.adjustments(), scored.criteriaTotal(),
        scored.bonus(), scored.penalty(), scored.total(), scored.vetoFailures());
  }

  /** Whether a number is kept exactly as an unscaled {@code int} at the campaign's scale. */
  private boolean fits(BigDecimal value) {
    // precision, unlike the unscaled value, is read without making a BigInteger
    return value.scale() == scale && value.precision() <= MAX_INT_DIGITS;
  }

  /** One participant's lines, as columns of the table. */
  private final class Row implements DerivedLines {
    private final String participantId;
    private final int position;

    Row(String participantId, int position) {
      this.participantId = participantId;
      this.position = position;
    }

    @Override
    public ImmutableList<ScoreLine> all() {
      ScoreLine[] lines = new ScoreLine[points.length];
      for (int k = 0; k < lines.length; k++) {
        lines[k] = line(k);
      }
      return ImmutableList.copyOf(lines);
    }

    @Override
    public Optional<ScoreLine> line(String criterionId) {
      Integer k = positions.get(criterionId);
      return k == null ? Optional.empty() : Optional.of(line(k));
    }

    @Override
    public Optional<BigDecimal> points(String criterionId) {
      Integer k = positions.get(criterionId);
      return k == null ? Optional.empty()
          : Optional.of(BigDecimal.valueOf(points[k][position], scale));
    }

    private ScoreLine line(int k) {
      ScoreLine made = maker.make(participantId, k);
      BigDecimal kept = BigDecimal.valueOf(points[k][position], scale);
      if (!made.points().equals(kept)) {
        // built-in formulas are pure: a difference is a bug in the library, not in the input
        throw new IllegalStateException("formula " + made.formulaId() + " gave " + participantId
            + " " + made.points() + " points on " + made.criterionId() + " when read again, "
            + kept + " when scored");
      }
      return contributions[k] == null ? made.withContribution(kept)
          : made.withContribution(BigDecimal.valueOf(contributions[k][position], scale));
    }
  }
}
