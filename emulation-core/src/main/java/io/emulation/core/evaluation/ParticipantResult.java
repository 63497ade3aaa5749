package io.emulation.core.evaluation;

import static java.util.Objects.requireNonNull;

import io.emulation.core.evaluation.internal.ResultRows;
import io.emulation.core.grading.GradeDecision;
import io.emulation.core.org.Participant;
import io.emulation.core.ranking.Placement;
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.text.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything evaluated for one participant: scorecard, grade, and ranks overall (among
 * participants of its kind) and within its unit, each with its explanation.
 *
 * <p>Immutable, with value equality over all its parts, like a record. A result made by an
 * evaluation is a view of one row of the evaluation's columns, and keeps the whole evaluation
 * reachable: an individual's {@link #scorecard()} kept from its points is made when read; when
 * the rank policy has only {@linkplain io.emulation.core.ranking.RankPolicy#hasOnlyBuiltInKeys()
 * built-in keys} each {@link Placement} is made when {@link #overall()} or {@link #inUnit()} is
 * read (its explanation only when it is read in turn); and when the grading scale has only
 * {@linkplain io.emulation.core.grading.GradingScale#hasOnlyBuiltInRequirements() built-in
 * requirements} its {@link #grade()} is decided again from the scorecard when read. Each is
 * equal on every read (not the same object): a caller reading one many times may keep it. A
 * million results keep no scorecard, grade or placement objects.
 *
 * @since 0.1
 */
public final class ParticipantResult {
  /** Where a result's parts are kept. */
  interface Source {
    Participant participant(int index);

    Scorecard scorecard(int index);

    GradeDecision grade(int index);

    Placement overall(int index);

    Placement inUnit(int index);

    boolean hasErrors(int index);
  }

  static {
    ResultRows.register(results -> !results.isEmpty()
        && results.get(0).source instanceof ResultTable table && table.listed() == results
        ? table : null);
  }

  private final Source source;
  private final int index;

  /**
   * A result of the parts given; checks them.
   *
   * @param participant who
   * @param scorecard points per criterion, adjustments and total
   * @param grade the grade and why
   * @param overall the rank among all participants of the same kind in scope
   * @param inUnit the rank among those of the same kind ranked in the same unit
   */
  public ParticipantResult(Participant participant, Scorecard scorecard, GradeDecision grade,
      Placement overall, Placement inUnit) {
    this(new Given(participant, scorecard, grade, overall, inUnit), 0);
  }

  /** The result at an index of a source. */
  ParticipantResult(Source source, int index) {
    this.source = source;
    this.index = index;
  }

  /** A result's parts as given. */
  private record Given(Participant participant, Scorecard scorecard, GradeDecision grade,
      Placement overall, Placement inUnit) implements Source {
    Given {
      requireNonNull(participant, "participant");
      requireNonNull(scorecard, "scorecard");
      requireNonNull(grade, "grade");
      requireNonNull(overall, "overall");
      requireNonNull(inUnit, "inUnit");
    }

    @Override
    public Participant participant(int index) {
      return participant;
    }

    @Override
    public Scorecard scorecard(int index) {
      return scorecard;
    }

    @Override
    public GradeDecision grade(int index) {
      return grade;
    }

    @Override
    public Placement overall(int index) {
      return overall;
    }

    @Override
    public Placement inUnit(int index) {
      return inUnit;
    }

    @Override
    public boolean hasErrors(int index) {
      return scorecard.hasErrors();
    }
  }

  /** Who. */
  public Participant participant() {
    return source.participant(index);
  }

  /** Points per criterion, adjustments and total. */
  public Scorecard scorecard() {
    return source.scorecard(index);
  }

  /** The grade and why. */
  public GradeDecision grade() {
    return source.grade(index);
  }

  /** The rank among all participants of the same kind in scope. */
  public Placement overall() {
    return source.overall(index);
  }

  /** The rank among those of the same kind ranked in the same unit. */
  public Placement inUnit() {
    return source.inUnit(index);
  }

  /** The participant's id. */
  public String participantId() {
    return participant().id();
  }

  /**
   * Whether a formula failed on this participant's scorecard (published only under {@link
   * FaultPolicy#PUBLISH_WITH_ERRORS}): the errored lines count as 0 points, so grade and ranks
   * are provisional, and no award is granted.
   *
   * @since 0.1
   */
  public boolean hasErrors() {
    return source.hasErrors(index);
  }

  /** Every number and decision for this participant, in English words. */
  public String explain() {
    return explain(Locale.ENGLISH);
  }

  /**
   * Every number and decision for this participant, in words in the given language: a heading,
   * the scorecard, the grade and the ranks overall and in its unit. Ids, names and grade codes
   * are kept as written.
   *
   * @since 0.2
   */
  public String explain(Locale locale) {
    Participant participant = participant();
    Scorecard scorecard = scorecard();
    return Message.of("evaluation.participant.heading", participant.id(), participant.name(),
            participant.kind(), scorecard.period().toString()).in(locale) + "\n"
        + scorecard.explain(locale) + "\n"
        + Message.of("evaluation.participant.grade", grade().explain(locale)).in(locale) + "\n"
        + Message.of("evaluation.participant.overall", overall().explain(locale))
            .in(locale) + "\n"
        + Message.of("evaluation.participant.inUnit", participant.rankingUnitId(),
            inUnit().explain(locale)).in(locale);
  }

  /** Equal when every part is. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ParticipantResult that && participant().equals(that.participant())
        && scorecard().equals(that.scorecard()) && grade().equals(that.grade())
        && overall().equals(that.overall()) && inUnit().equals(that.inUnit());
  }

  @Override
  public int hashCode() {
    return Objects.hash(participant(), scorecard(), grade(), overall(), inUnit());
  }

  /** The parts, as a record shows them. */
  @Override
  public String toString() {
    return "ParticipantResult[participant=" + participant() + ", scorecard=" + scorecard()
        + ", grade=" + grade() + ", overall=" + overall() + ", inUnit=" + inUnit() + "]";
  }
}
