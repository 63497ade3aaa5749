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
 * The scorecards of one kind of participant in one evaluation, by position (the participant's
 * place among those of its kind in scope, in the order the evaluation takes them), kept as
 * columns of points and contributions (unscaled {@code int}s at the campaign's scale, a column
 * per criterion), with each line made again by its formula when read. An individual's scorecard
 * summing its points without adjustments is kept as columns alone (its total and vetoes failed
 * too), and the {@link Scorecard} is made when read; the others are kept as objects.
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
  private final Period period;
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
  /** The scorecards kept as objects, by position; {@code null} where kept as columns alone. */
  private final Scorecard[] objects;
  /** The totals of scorecards kept as columns alone, unscaled at the campaign's scale. */
  private final long[] totals;
  /** The vetoes failed by scorecards kept as columns alone; {@code null} for none. */
  private final Object[] vetoFailures;

  CompactScorecards(List<Criterion> criteria, TotalMethod method, LineScorer[] scorers,
      int participants, Period period, DecimalPolicy decimals, LineMaker maker) {
    this.maker = maker;
    this.period = period;
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
    this.objects = new Scorecard[participants];
    boolean byPoints = sumsPoints();
    this.totals = byPoints ? new long[participants] : null;
    this.vetoFailures = byPoints ? new Object[participants] : null;
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
   * its points alone, as columns alone, without making its lines or the scorecard: {@link
   * #scorecard} makes what {@link #keep} keeps of the scorecard assembled from those lines,
   * whose contributions are their points and whose total is their sum. False, keeping nothing,
   * when a criterion failed or its points do not fit the columns: the scorecard is then
   * assembled from its lines.
   *
   * @param vetoes by criterion, whether failing it is a veto failure
   * @param exactly a criterion's rounded points as an unscaled {@code long}, or {@link
   *     ExactPoints#NONE} to take them from {@code maker}
   */
  boolean keepPoints(int position, boolean[] vetoes, IntToLongFunction exactly,
      PointsMaker maker) {
    // written straight into the columns: a scorecard not kept this way is kept as an object,
    // whose lines are read from the columns only as keep() writes them
    long sum = 0;
    ImmutableList.Builder<String> failed = null;
    for (int k = 0; k < points.length; k++) {
      // a veto's verdict counts too, which only the formula's Points carry
      long exact = vetoes[k] ? ExactPoints.NONE : exactly.applyAsLong(k);
      if (exact != ExactPoints.NONE && Math.abs(exact) <= MAX_INT) {
        points[k][position] = (int) exact;
        sum += exact;
        continue;
      }
      Points made = maker.points(k);
      if (made == null) {
        return false;
      }
      BigDecimal rounded = decimals.round(made.value());
      if (!fits(rounded)) {
        return false;
      }
      // at scale 0 a number gives its compact unscaled value without making a BigInteger
      points[k][position] = rounded.scaleByPowerOfTen(scale).intValue();
      sum += points[k][position];
      if (vetoes[k] && made.verdict() == Verdict.FAILED) {
        if (failed == null) {
          failed = ImmutableList.builder();
        }
        failed.add(criteria.get(k).id());
      }
    }
    totals[position] = sum;
    vetoFailures[position] = failed == null ? null : failed.build();
    objects[position] = null;
    return true;
  }

  /** Keeps the scorecard of the participant at a position as the object given. */
  void put(int position, Scorecard scorecard) {
    objects[position] = scorecard;
  }

  /**
   * The scorecard of the participant at a position: as kept, or made from the columns when
   * kept as columns alone ({@link #keepPoints}).
   */
  Scorecard scorecard(int position, String participantId) {
    Scorecard kept = objects[position];
    if (kept != null) {
      return kept;
    }
    BigDecimal total = BigDecimal.valueOf(totals[position], scale);
    @SuppressWarnings("unchecked")
    ImmutableList<String> vetoes = (ImmutableList<String>) vetoFailures[position];
    return ScorecardFactory.maker().derived(participantId, period,
        new Row(participantId, position), ImmutableList.of(), total, zero, zero, total,
        vetoes == null ? ImmutableList.of() : vetoes);
  }

  /** The total of the scorecard at a position, without making the scorecard. */
  BigDecimal total(int position) {
    Scorecard kept = objects[position];
    return kept != null ? kept.total() : BigDecimal.valueOf(totals[position], scale);
  }

  /** Whether the scorecard at a position has an errored line. */
  boolean hasErrors(int position) {
    return objects[position] != null && objects[position].hasErrors();
  }

  /** Whether a veto criterion failed on the scorecard at a position. */
  boolean hasVetoFailure(int position) {
    return objects[position] != null ? objects[position].hasVetoFailure()
        : vetoFailures[position] != null;
  }

  /**
   * The total of the scorecard at a position, unscaled at the campaign's scale; {@link
   * Long#MIN_VALUE} when it is not a {@code long} at that scale.
   */
  long unscaledTotal(int position) {
    Scorecard kept = objects[position];
    if (kept == null) {
      return totals[position];
    }
    BigDecimal total = kept.total();
    return total.scale() == scale && total.unscaledValue().bitLength() < Long.SIZE
        ? total.unscaledValue().longValue() : Long.MIN_VALUE;
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
