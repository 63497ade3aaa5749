package io.emulation.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.org.ParticipantKind;
import java.math.BigDecimal;

/**
 * What a published result says about one participant, enough for audit and for diffs between
 * revisions: its kind, the unit it is ranked in, its total, grade, overall rank and the awards
 * granted.
 *
 * @param participantId who
 * @param kind individual or collective
 * @param unitId the unit it is ranked in
 * @param total the total points
 * @param gradeCode the grade's code
 * @param rank the overall rank among participants of its kind, from 1
 * @param awards the award ids granted, in decision order
 * @since 0.1
 */
public record ParticipantSnapshot(String participantId, ParticipantKind kind, String unitId,
    BigDecimal total, String gradeCode, int rank, ImmutableList<String> awards) {

  /** Checks the parts. */
  public ParticipantSnapshot {
    requireNonNull(participantId, "participantId");
    requireNonNull(kind, "kind");
    requireNonNull(unitId, "unitId");
    requireNonNull(total, "total");
    requireNonNull(gradeCode, "gradeCode");
    requireNonNull(awards, "awards");
    checkArgument(rank >= 1, "rank of %s must be >= 1 but was %s", participantId, rank);
  }

  /** Whether the participant was granted the award. */
  public boolean holds(String awardId) {
    return awards.contains(awardId);
  }
}
