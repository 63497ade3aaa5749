package io.emulation.core.award;

import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.evaluation.internal.ResultRows;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.internal.IdNumbers;
import io.emulation.core.internal.Parallel;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.Individual;
import io.emulation.core.org.ParticipantKind;
import java.time.LocalDate;
import java.util.List;

/**
 * What the built-in conditions and quota allocation read of each participant of one kind in
 * one evaluation, as columns by position in the evaluation's list of that kind. Read once per
 * evaluation, on several threads for many participants, instead of following each result to its
 * participant, grade and scorecard once per award: at a million people those objects lie
 * scattered over the heap, and every such read was a miss of the processor's caches. Immutable
 * and thread-safe.
 */
final class ResultColumns {
  /** From this many results on, the columns are read on several threads. */
  private static final int PARALLEL_FROM = 10_000;
  /** A grade the scale does not hold. */
  static final int NONE = Integer.MIN_VALUE;
  private static final ResultRows.Reader ROWS = ResultRows.reader();
  /** A hire date not known. */
  private static final long NO_DATE = Long.MIN_VALUE;

  private final String[] ids;
  /** The evaluation's columns of the results read; {@code null} for other lists of results. */
  private final ResultRows.Listing listing;
  /** Ids to positions, for results not read from an evaluation's columns. */
  private final IdNumbers positions;
  private final String[] units;
  /** The grade's place in the kind's scale, best first; {@link #NONE} if not in it. */
  private final int[] grades;
  private final boolean[] vetoFailed;
  /** Individuals' records; all {@code null} for collectives. */
  private final long[] hired;
  private final DisciplinaryLevel[] discipline;
  private final boolean[] underReview;

  private ResultColumns(List<ParticipantResult> results, boolean individuals,
      GradingScale scale, int parallelFrom) {
    int size = results.size();
    ids = new String[size];
    units = new String[size];
    grades = new int[size];
    vetoFailed = new boolean[size];
    hired = individuals ? new long[size] : null;
    discipline = individuals ? new DisciplinaryLevel[size] : null;
    underReview = individuals ? new boolean[size] : null;
    // an evaluation's own list has its ids, units, grades and vetoes as columns already, and
    // is read in the order its participants were evaluated (the order they lie in memory, as
    // a rule) rather than best first
    listing = ROWS.listing(results);
    if (listing != null) {
      boolean sameScale = listing.scale() == scale;
      // each place, and the position listed there, is read and written by one thread alone
      Parallel.range(size, parallelFrom).forEach(place -> {
        int p = listing.indexAt(place);
        ids[p] = listing.idAt(place);
        units[p] = listing.unitAt(place);
        grades[p] = sameScale ? listing.gradePositionAt(place) : place(scale, results.get(p));
        vetoFailed[p] = listing.vetoFailedAt(place);
        if (individuals) {
          readRecord(p, (Individual) listing.participantAt(place));
        }
      });
      positions = null;
    } else {
      int[] hashes = new int[size];
      Parallel.range(size, parallelFrom).forEach(p -> {
        ParticipantResult result = results.get(p);
        ids[p] = result.participantId();
        hashes[p] = ids[p].hashCode();
        units[p] = result.participant().rankingUnitId();
        grades[p] = place(scale, result);
        vetoFailed[p] = result.scorecard().hasVetoFailure();
        if (individuals) {
          readRecord(p, (Individual) result.participant());
        }
      });
      positions = IdNumbers.of(ids, hashes);
    }
  }

  /** Reads an individual's record (the evaluation's list of individuals holds no other). */
  private void readRecord(int p, Individual person) {
    LocalDate hireDate = person.hireDate().orElse(null);
    hired[p] = hireDate == null ? NO_DATE : hireDate.toEpochDay();
    discipline[p] = person.discipline();
    underReview[p] = person.isUnderReview();
  }

  /** The place of a result's grade in a scale; {@link #NONE} if not in it. */
  private static int place(GradingScale scale, ParticipantResult result) {
    return place(scale, result.grade().grade().code());
  }

  /** The columns of the evaluation's results of one kind, graded on that kind's scale. */
  static ResultColumns of(List<ParticipantResult> results, ParticipantKind kind,
      GradingScale scale) {
    return of(results, kind, scale, PARALLEL_FROM);
  }

  /** As {@link #of(List, ParticipantKind, GradingScale)}, on several threads from that many. */
  static ResultColumns of(List<ParticipantResult> results, ParticipantKind kind,
      GradingScale scale, int parallelFrom) {
    return new ResultColumns(results, kind == ParticipantKind.INDIVIDUAL, scale, parallelFrom);
  }

  /** A grade's place in a scale, by code as the scale compares grades; else {@link #NONE}. */
  static int place(GradingScale scale, String gradeCode) {
    return scale.grade(gradeCode).map(scale::position).orElse(NONE);
  }

  int size() {
    return ids.length;
  }

  /** The position of a participant; -1 when it is not among these. */
  int position(String participantId) {
    return listing != null ? listing.indexOf(participantId) : positions.of(participantId);
  }

  String id(int position) {
    return ids[position];
  }

  String unit(int position) {
    return units[position];
  }

  /** The participant's grade's place in the scale, best first; {@link #NONE} if not in it. */
  int grade(int position) {
    return grades[position];
  }

  boolean vetoFailed(int position) {
    return vetoFailed[position];
  }

  /** Whether the individuals' records are kept: these are the evaluation's individuals. */
  boolean individuals() {
    return hired != null;
  }

  /** Whether the individual was hired on or before a day; false when not known. */
  boolean hiredBy(int position, LocalDate latest) {
    return hired[position] != NO_DATE && hired[position] <= latest.toEpochDay();
  }

  DisciplinaryLevel discipline(int position) {
    return discipline[position];
  }

  boolean underReview(int position) {
    return underReview[position];
  }
}
