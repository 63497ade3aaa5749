package io.emulation.core.award;

import com.google.common.collect.ImmutableSetMultimap;
import java.util.Map;

/**
 * Who registered for which titles at the start of the campaign (đăng ký thi đua). Not
 * registering disqualifies from the titles whose rules require registration.
 *
 * @since 0.1
 */
public interface Registrations {

  /** Whether the participant registered for the award. */
  boolean isRegistered(String participantId, String awardId);

  /** Nobody registered. */
  static Registrations none() {
    return (participantId, awardId) -> false;
  }

  /** Everybody registered for everything (for campaigns that do not use registration). */
  static Registrations everyone() {
    return (participantId, awardId) -> true;
  }

  /** In-memory registrations: participant id to the award ids registered for. */
  static Registrations of(Map<String, ? extends Iterable<String>> awardsByParticipant) {
    ImmutableSetMultimap.Builder<String, String> builder = ImmutableSetMultimap.builder();
    awardsByParticipant.forEach(builder::putAll);
    ImmutableSetMultimap<String, String> registered = builder.build();
    return (participantId, awardId) -> registered.containsEntry(participantId, awardId);
  }
}
