package io.emulation.core.award;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The awards participants received before, for prerequisites such as "Chiến sĩ thi đua cơ sở
 * three consecutive times". A host HR system implements it over its own store; {@link #of}
 * keeps grants in memory.
 *
 * <p>Implementations must be safe to call from several threads and must return the same answer
 * for the same question during one evaluation.
 *
 * @since 0.1
 */
public interface AwardHistory {

  /** Every past grant to the participant, in any order; never {@code null}. */
  List<PastAward> grantsTo(String participantId);

  /** No history: nobody has received anything before. */
  static AwardHistory none() {
    return participantId -> ImmutableList.of();
  }

  /** An in-memory history of the given grants. */
  static AwardHistory of(PastAward... grants) {
    return of(Arrays.asList(grants));
  }

  /** An in-memory history of the given grants. */
  static AwardHistory of(Collection<PastAward> grants) {
    ImmutableListMultimap<String, PastAward> byParticipant =
        grants.stream().collect(ImmutableListMultimap.toImmutableListMultimap(
            PastAward::participantId, grant -> grant));
    return byParticipant::get;
  }
}
