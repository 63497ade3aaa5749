package io.emulation.core.award;

import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.org.Participant;
import io.emulation.core.period.Period;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link Condition} may look at when deciding one participant for one award: the
 * participant's evaluated result, the grants made so far in this evaluation, the members of a
 * collective, and the {@link AwardInputs} (history, registrations, initiatives).
 *
 * <p>The engine provides it; tests of custom conditions may implement it.
 *
 * @since 0.1
 */
public interface ConditionContext {

  /** The participant being decided. */
  default Participant participant() {
    return result().participant();
  }

  /** The participant's scorecard, grade and ranks. */
  ParticipantResult result();

  /** The award being decided. */
  Award award();

  /** The period evaluated. */
  Period period();

  /** The grading scale of the participant's kind, to compare grades. */
  GradingScale gradingScale();

  /** The grading scale of individuals, to compare members' grades. */
  GradingScale memberGradingScale();

  /** For a collective, its evaluated members by participant id; empty for an individual. */
  List<ParticipantResult> members();

  /** For an individual, the evaluated collectives it is a member of; empty for a collective. */
  List<ParticipantResult> collectivesOf();

  /** Whether a participant has been granted an award earlier in this evaluation. */
  boolean holds(String participantId, String awardId);

  /** The result of another participant of this evaluation. */
  Optional<ParticipantResult> resultOf(String participantId);

  /** History, registrations and initiatives. */
  AwardInputs inputs();

  /**
   * The initiatives of one participant in {@link AwardInputs#initiatives()}, in their order.
   * The default filters the whole list; the engine's contexts answer from an index built once
   * per evaluation. Never {@code null}.
   *
   * @since 0.1
   */
  default List<Initiative> initiativesOf(String participantId) {
    return inputs().initiatives().stream()
        .filter(i -> i.participantId().equals(participantId)).toList();
  }
}
