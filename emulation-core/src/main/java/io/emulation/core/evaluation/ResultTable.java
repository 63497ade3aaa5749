package io.emulation.core.evaluation;

import com.google.common.collect.ImmutableList;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.internal.ResultRows;
import io.emulation.core.grading.GradeDecision;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.internal.Parallel;
import io.emulation.core.org.Participant;
import io.emulation.core.ranking.Placement;
import io.emulation.core.ranking.RankPolicy;
import io.emulation.core.ranking.Standing;
import io.emulation.core.scoring.Scorecard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The results of one kind of participant in one evaluation, kept as columns: each participant's
 * scorecard, the grade's position in its scale and the numbers of its two placements, in arrays
 * by the participant's place (its index among those of its kind in scope, in the order the
 * evaluation takes them, not where it is listed). Its
 * {@link ParticipantResult}s, listed best first, are views of one row each, and make their
 * grade decision and placements when read.
 *
 * <p>At a million people, results as objects were five of them each, which every collection
 * copied and every later step reached one miss of the processor's caches at a time; as columns
 * they are a few arrays. Immutable once made, and thread-safe.
 */
final class ResultTable implements ParticipantResult.Source, ResultRows.Listing {
  private final Columns columns;
  /** By place: where the participant is listed. */
  private final int[] listedAt;
  /**
   * The placements as made (overall by listing index, in the unit by place), under a policy
   * whose keys are not all built in; {@code null} when made from the numbers when read.
   */
  private final Placement[] overall;
  private final Placement[] inUnit;
  private final ImmutableList<ParticipantResult> listed;

  private ResultTable(Columns columns, Placement[] overall, Placement[] inUnit, boolean many) {
    this.columns = columns;
    this.overall = overall;
    this.inUnit = inUnit;
    int[] placeAt = columns.placeAt;
    this.listedAt = new int[placeAt.length];
    ParticipantResult[] views = new ParticipantResult[placeAt.length];
    // each index, and the place listed there, is written by one thread alone
    Parallel.when(many, IntStream.range(0, placeAt.length)).forEach(index -> {
      listedAt[placeAt[index]] = index;
      views[index] = new ParticipantResult(this, index);
    });
    this.listed = ImmutableList.copyOf(views);
  }

  /**
   * What a table keeps, by place unless said otherwise, filled in by grading and ranking: the
   * grades' positions in the scale, the place listed at each listing index (best first), and
   * the placements' numbers (overall by listing index, in the unit by place).
   */
  private static final class Columns {
    final Roster.OfKind roster;
    final CompactScorecards scorecards;
    final GradingScale scale;
    final RankPolicy policy;
    final int[] gradePositions;
    /** The decisions as made; {@code null} when the scale makes them again when read. */
    final GradeDecision[] decisions;
    final int[] placeAt;
    final int[] overallRank;
    final int[] overallTiedWith;
    final int[] unitRank;
    final int[] unitPosition;
    final int[] unitOf;
    final int[] unitTiedWith;

    Columns(Roster.OfKind roster, CompactScorecards scorecards, GradingScale scale,
        RankPolicy policy) {
      int size = roster.size();
      this.roster = roster;
      this.scorecards = scorecards;
      this.scale = scale;
      this.policy = policy;
      // decisions on a scale of built-in requirements are made again when read
      this.decisions = scale.hasOnlyBuiltInRequirements() ? null : new GradeDecision[size];
      this.gradePositions = new int[size];
      this.placeAt = new int[size];
      this.overallRank = new int[size];
      this.overallTiedWith = new int[size];
      this.unitRank = new int[size];
      this.unitPosition = new int[size];
      this.unitOf = new int[size];
      this.unitTiedWith = new int[size];
    }

    Scorecard scorecard(int place) {
      return scorecards.scorecard(place, roster.id(place));
    }

    /** Notes a unit's placement of the participant at a place. */
    void inUnit(int place, int rank, int position, int of, int tiedWith) {
      unitRank[place] = rank;
      unitPosition[place] = position;
      unitOf[place] = of;
      unitTiedWith[place] = tiedWith;
    }
  }

  /**
   * Grades and ranks the scorecards of participants of one kind. Grades, and ranks within
   * units, are made on several threads from {@code parallelFrom} participants when the
   * requirements, or the keys, are the built-in values; those of other types are asked on one
   * thread, as they always were.
   *
   * @param roster the participants of the kind, by place
   * @param scorecards theirs, by place
   */
  static ResultTable gradeAndRank(Campaign campaign, Roster.OfKind roster,
      CompactScorecards scorecards, int parallelFrom) {
    GradingScale scale = campaign.grading(roster.kind());
    RankPolicy policy = campaign.rankPolicy();
    int size = roster.size();
    boolean many = size >= parallelFrom;
    Columns columns = new Columns(roster, scorecards, scale, policy);
    // grades depend on nothing but their own scorecard: each is decided in its slot
    GradeDecision[] decisions = columns.decisions;
    long[] totals = new long[size];
    Parallel.when(many && decisions == null, IntStream.range(0, size)).forEach(place -> {
      GradeDecision grade = scale.grade(columns.scorecard(place));
      columns.gradePositions[place] = scale.position(grade.grade());
      totals[place] = scorecards.unscaledTotal(place);
      if (decisions != null) {
        decisions[place] = grade;
      }
    });
    List<int[]> byUnit = byUnit(roster.units());
    boolean builtInKeys = policy.hasOnlyBuiltInKeys();
    ColumnRanking ranking = builtInKeys ? ColumnRanking.of(policy, roster.byId(), totals,
        columns.gradePositions, roster.direct(), many) : null;
    if (ranking == null) {
      return rankByStandings(columns, byUnit, many);
    }
    int[] everyone = new int[size];
    Arrays.setAll(everyone, place -> place);
    ranking.rank(everyone, columns.placeAt, columns.overallRank, columns.overallTiedWith);
    // each unit ranks on its own, each placement written at its place
    Parallel.when(many, byUnit.stream()).forEach(unit -> {
      int[] placeAt = new int[unit.length];
      int[] rank = new int[unit.length];
      int[] tiedWith = new int[unit.length];
      ranking.rank(unit, placeAt, rank, tiedWith);
      for (int i = 0; i < unit.length; i++) {
        columns.inUnit(placeAt[i], rank[i], i + 1, unit.length, tiedWith[i]);
      }
    });
    return new ResultTable(columns, null, null, many);
  }

  /** The places of each ranking unit, in place order, the units in order of first place. */
  private static List<int[]> byUnit(String[] units) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    int[] unitOf = new int[units.length];
    List<int[]> filled = new ArrayList<>();
    for (int place = 0; place < units.length; place++) {
      int[] count = counts.get(units[place]);
      if (count == null) {
        count = new int[] {filled.size(), 0};
        counts.put(units[place], count);
        filled.add(null);
      }
      unitOf[place] = count[0];
      count[1]++;
    }
    for (int[] count : counts.values()) {
      filled.set(count[0], new int[count[1]]);
    }
    int[] next = new int[filled.size()];
    for (int place = 0; place < units.length; place++) {
      filled.get(unitOf[place])[next[unitOf[place]]++] = place;
    }
    return filled;
  }

  /**
   * Ranks by the policy's own {@link RankPolicy#rank}, standing by standing: for keys {@link
   * ColumnRanking} does not rank by, which under a policy of keys not all built in are asked on
   * one thread and whose placements are kept as made.
   */
  private static ResultTable rankByStandings(Columns columns, List<int[]> byUnit, boolean many) {
    RankPolicy policy = columns.policy;
    boolean builtInKeys = policy.hasOnlyBuiltInKeys();
    int size = columns.roster.size();
    Standing[] standings = new Standing[size];
    Parallel.when(many && builtInKeys, IntStream.range(0, size)).forEach(place -> {
      Scorecard scorecard = columns.scorecard(place);
      GradeDecision grade = columns.decisions != null ? columns.decisions[place]
          : columns.scale.grade(scorecard);
      standings[place] = new Standing(columns.roster.participant(place), scorecard, grade,
          columns.gradePositions[place]);
    });
    Placement[] inUnit = builtInKeys ? null : new Placement[size];
    Parallel.when(many && builtInKeys, byUnit.stream()).forEach(unit -> {
      List<Standing> ofUnit = new ArrayList<>(unit.length);
      for (int place : unit) {
        ofUnit.add(standings[place]);
      }
      for (Placement placement : policy.rank(ofUnit)) {
        int place = columns.roster.placeOf(placement.participantId());
        columns.inUnit(place, placement.rank(), placement.position(), placement.of(),
            placement.tiedWith());
        if (inUnit != null) {
          inUnit[place] = placement;
        }
      }
    });
    List<Placement> listing = policy.rank(Arrays.asList(standings));
    Placement[] overall = builtInKeys ? null : listing.toArray(new Placement[0]);
    Parallel.when(many, IntStream.range(0, size)).forEach(index -> {
      Placement placement = listing.get(index);
      columns.placeAt[index] = columns.roster.placeOf(placement.participantId());
      columns.overallRank[index] = placement.rank();
      columns.overallTiedWith[index] = placement.tiedWith();
    });
    return new ResultTable(columns, overall, inUnit, many);
  }

  /** The results, best first. */
  ImmutableList<ParticipantResult> listed() {
    return listed;
  }

  @Override
  public int indexAt(int place) {
    return listedAt[place];
  }

  @Override
  public Participant participantAt(int place) {
    return columns.roster.participant(place);
  }

  @Override
  public String idAt(int place) {
    return columns.roster.id(place);
  }

  @Override
  public String unitAt(int place) {
    return columns.roster.unit(place);
  }

  @Override
  public int gradePositionAt(int place) {
    return columns.gradePositions[place];
  }

  @Override
  public boolean vetoFailedAt(int place) {
    return columns.scorecards.hasVetoFailure(place);
  }

  /** The listing index of a participant; -1 when it is not among these. */
  @Override
  public int indexOf(String participantId) {
    int place = columns.roster.placeOf(participantId);
    return place < 0 ? -1 : listedAt[place];
  }

  @Override
  public Participant participant(int index) {
    return columns.roster.participant(columns.placeAt[index]);
  }

  @Override
  public Scorecard scorecard(int index) {
    int place = columns.placeAt[index];
    return columns.scorecards.scorecard(place, columns.roster.id(place));
  }

  @Override
  public GradeDecision grade(int index) {
    int place = columns.placeAt[index];
    if (columns.decisions != null) {
      return columns.decisions[place];
    }
    // built-in requirements read nothing but the scorecard, so the scale decides as it did
    GradeDecision decided = columns.scale.grade(scorecard(index));
    if (columns.scale.position(decided.grade()) != columns.gradePositions[place]) {
      throw new IllegalStateException("participant " + columns.roster.id(place)
          + " got grade " + decided.grade().code() + " when read again, position "
          + columns.gradePositions[place] + " in its scale when graded");
    }
    return decided;
  }

  /** The grade's position in its scale, 0 for the best. */
  private int gradePosition(int index) {
    return columns.gradePositions[columns.placeAt[index]];
  }

  @Override
  public GradingScale scale() {
    return columns.scale;
  }

  @Override
  public Placement overall(int index) {
    return overall != null ? overall[index]
        : columns.policy.placement(standing(index), columns.overallRank[index], index + 1,
            columns.placeAt.length, columns.overallTiedWith[index]);
  }

  @Override
  public Placement inUnit(int index) {
    int place = columns.placeAt[index];
    return inUnit != null ? inUnit[place]
        : columns.policy.placement(standing(index), columns.unitRank[place],
            columns.unitPosition[place], columns.unitOf[place], columns.unitTiedWith[place]);
  }

  private Standing standing(int index) {
    return new Standing(participant(index), scorecard(index), grade(index),
        gradePosition(index));
  }

  @Override
  public boolean hasErrors(int index) {
    return columns.scorecards.hasErrors(columns.placeAt[index]);
  }
}
