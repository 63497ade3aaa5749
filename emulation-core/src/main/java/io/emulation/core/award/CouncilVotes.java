package io.emulation.core.award;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The council's votes of one review, looked up by (participant, award). The council conditions
 * ({@link Conditions#quorum}, {@link Conditions#councilApprovalMoreThan}, {@link
 * Conditions#secretBallotApprovalAtLeast}, {@link Conditions#chairmanCastingVote}) read it. A host
 * implements it over its minutes, or keeps votes in memory with {@link #of}.
 *
 * <p>Implementations must be safe to call from several threads and must return the same answer
 * for the same question during one evaluation.
 *
 * @since 0.1
 */
public interface CouncilVotes {

  /** The vote on proposing the participant for the award, if the council voted on it. */
  Optional<CouncilVote> vote(String participantId, String awardId);

  /** No votes: every council condition is unmet. */
  static CouncilVotes none() {
    return (participantId, awardId) -> Optional.empty();
  }

  /** In-memory votes. */
  static CouncilVotes of(CouncilVote... votes) {
    return of(Arrays.asList(votes));
  }

  /**
   * In-memory votes.
   *
   * @throws IllegalArgumentException when two votes are on the same participant and award
   */
  static CouncilVotes of(Collection<CouncilVote> votes) {
    Map<String, CouncilVote> byKey = new HashMap<>();
    for (CouncilVote vote : votes) {
      String key = vote.participantId() + '\u0000' + vote.awardId();
      if (byKey.putIfAbsent(key, vote) != null) {
        throw new IllegalArgumentException("two council votes on " + vote.awardId() + " for "
            + vote.participantId());
      }
    }
    ImmutableMap<String, CouncilVote> index = ImmutableMap.copyOf(byKey);
    return (participantId, awardId) ->
        Optional.ofNullable(index.get(participantId + '\u0000' + awardId));
  }
}
