package io.emulation.core.evaluation;

import static java.util.Objects.requireNonNull;

import io.emulation.core.grading.GradeDecision;
import io.emulation.core.org.Participant;
import io.emulation.core.ranking.Placement;
import io.emulation.core.ranking.RankPolicy;
import io.emulation.core.ranking.Standing;
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.text.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything evaluated for one participant: scorecard, grade, and ranks overall (among
 * participants of its kind) and within its unit, each with its explanation.
 *
 * <p>Immutable, with value equality over all its parts, like a record. A result made by an
 * evaluation whose rank policy has only {@linkplain RankPolicy#hasOnlyBuiltInKeys() built-in
 * keys} keeps its two placements as numbers and makes each {@link Placement} when {@link
 * #overall()} or {@link #inUnit()} is read (a small object; its explanation is made only when it
 * is read in turn): equal on every read, and a million results keep no placement objects.
 *
 * @since 0.1
 */
public final class ParticipantResult {
  private final Participant participant;
  private final Scorecard scorecard;
  private final GradeDecision grade;
  /** The placements as given, or {@code null} when made from the numbers below when read. */
  private final Placement overall;
  private final Placement inUnit;
  /** The policy that explains the placements made when read; {@code null} otherwise. */
  private final RankPolicy policy;
  private final int gradePosition;
  private final int overallRank;
  private final int overallPosition;
  private final int overallOf;
  private final int overallTiedWith;
  private final int unitRank;
  private final int unitPosition;
  private final int unitOf;
  private final int unitTiedWith;

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
    this(participant, scorecard, grade, requireNonNull(overall, "overall"),
        requireNonNull(inUnit, "inUnit"), null, 0);
  }

  /**
   * A result whose placements, ranked under {@code policy} from the participant's standing at
   * {@code gradePosition}, are kept as numbers when {@code builtInKeys} (the policy's keys are
   * all built in, which the caller asks once per ranking) and as given otherwise.
   */
  static ParticipantResult ranked(Participant participant, Scorecard scorecard,
      GradeDecision grade, int gradePosition, RankPolicy policy, boolean builtInKeys,
      Placement overall, Placement inUnit) {
    return builtInKeys
        ? new ParticipantResult(participant, scorecard, grade, overall, inUnit, policy,
            gradePosition)
        : new ParticipantResult(participant, scorecard, grade, overall, inUnit);
  }

  private ParticipantResult(Participant participant, Scorecard scorecard, GradeDecision grade,
      Placement overall, Placement inUnit, RankPolicy policy, int gradePosition) {
    this.participant = requireNonNull(participant, "participant");
    this.scorecard = requireNonNull(scorecard, "scorecard");
    this.grade = requireNonNull(grade, "grade");
    this.policy = policy;
    boolean numbers = policy != null;
    // either the placements or their numbers are kept, never both
    this.overall = numbers ? null : overall;
    this.inUnit = numbers ? null : inUnit;
    this.gradePosition = gradePosition;
    this.overallRank = numbers ? overall.rank() : 0;
    this.overallPosition = numbers ? overall.position() : 0;
    this.overallOf = numbers ? overall.of() : 0;
    this.overallTiedWith = numbers ? overall.tiedWith() : 0;
    this.unitRank = numbers ? inUnit.rank() : 0;
    this.unitPosition = numbers ? inUnit.position() : 0;
    this.unitOf = numbers ? inUnit.of() : 0;
    this.unitTiedWith = numbers ? inUnit.tiedWith() : 0;
  }

  /** Who. */
  public Participant participant() {
    return participant;
  }

  /** Points per criterion, adjustments and total. */
  public Scorecard scorecard() {
    return scorecard;
  }

  /** The grade and why. */
  public GradeDecision grade() {
    return grade;
  }

  /** The rank among all participants of the same kind in scope. */
  public Placement overall() {
    return overall != null ? overall
        : placement(overallRank, overallPosition, overallOf, overallTiedWith);
  }

  /** The rank among those of the same kind ranked in the same unit. */
  public Placement inUnit() {
    return inUnit != null ? inUnit : placement(unitRank, unitPosition, unitOf, unitTiedWith);
  }

  private Placement placement(int rank, int position, int of, int tiedWith) {
    return policy.placement(new Standing(participant, scorecard, grade, gradePosition), rank,
        position, of, tiedWith);
  }

  /** The participant's id. */
  public String participantId() {
    return participant.id();
  }

  /**
   * Whether a formula failed on this participant's scorecard (published only under {@link
   * FaultPolicy#PUBLISH_WITH_ERRORS}): the errored lines count as 0 points, so grade and ranks
   * are provisional, and no award is granted.
   *
   * @since 0.1
   */
  public boolean hasErrors() {
    return scorecard.hasErrors();
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
    return Message.of("evaluation.participant.heading", participant.id(), participant.name(),
            participant.kind(), scorecard.period().toString()).in(locale) + "\n"
        + scorecard.explain(locale) + "\n"
        + Message.of("evaluation.participant.grade", grade.explain(locale)).in(locale) + "\n"
        + Message.of("evaluation.participant.overall", overall().explain(locale))
            .in(locale) + "\n"
        + Message.of("evaluation.participant.inUnit", participant.rankingUnitId(),
            inUnit().explain(locale)).in(locale);
  }

  /** Equal when every part is. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ParticipantResult that && participant.equals(that.participant)
        && scorecard.equals(that.scorecard) && grade.equals(that.grade)
        && overall().equals(that.overall()) && inUnit().equals(that.inUnit());
  }

  @Override
  public int hashCode() {
    return Objects.hash(participant, scorecard, grade, overall(), inUnit());
  }

  /** The parts, as a record shows them. */
  @Override
  public String toString() {
    return "ParticipantResult[participant=" + participant + ", scorecard=" + scorecard
        + ", grade=" + grade + ", overall=" + overall() + ", inUnit=" + inUnit() + "]";
  }
}
