package io.emulation.core.evaluation;

import static java.util.Objects.requireNonNull;

import io.emulation.core.grading.GradeDecision;
import io.emulation.core.org.Participant;
import io.emulation.core.ranking.Placement;
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.text.Message;
import java.util.Locale;

/**
 * Everything evaluated for one participant: scorecard, grade, and ranks overall (among
 * participants of its kind) and within its unit, each with its explanation.
 *
 * @param participant who
 * @param scorecard points per criterion, adjustments and total
 * @param grade the grade and why
 * @param overall the rank among all participants of the same kind in scope
 * @param inUnit the rank among those of the same kind ranked in the same unit
 * @since 0.1
 */
public record ParticipantResult(Participant participant, Scorecard scorecard,
    GradeDecision grade, Placement overall, Placement inUnit) {

  /** Checks the parts. */
  public ParticipantResult {
    requireNonNull(participant, "participant");
    requireNonNull(scorecard, "scorecard");
    requireNonNull(grade, "grade");
    requireNonNull(overall, "overall");
    requireNonNull(inUnit, "inUnit");
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
        + Message.of("evaluation.participant.overall", overall.explain(locale))
            .in(locale) + "\n"
        + Message.of("evaluation.participant.inUnit", participant.rankingUnitId(),
            inUnit.explain(locale)).in(locale);
  }
}
