package io.emulation.core.ranking;

import static java.util.Objects.requireNonNull;

import io.emulation.core.grading.GradeDecision;
import io.emulation.core.org.Participant;
import io.emulation.core.scoring.Scorecard;

/**
 * What ranking looks at for one participant: who it is, its scorecard and its grade.
 *
 * @param participant the participant
 * @param scorecard its scorecard
 * @param grade its grade decision
 * @param gradePosition the grade's position in its scale, 0 for the best
 * @since 0.1
 */
public record Standing(Participant participant, Scorecard scorecard, GradeDecision grade,
    int gradePosition) {

  /** Checks the parts. */
  public Standing {
    requireNonNull(participant, "participant");
    requireNonNull(scorecard, "scorecard");
    requireNonNull(grade, "grade");
  }

  /** The participant's id. */
  public String participantId() {
    return participant.id();
  }
}
