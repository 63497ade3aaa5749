package io.emulation.core.lifecycle;

import com.google.common.collect.ImmutableList;
import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import java.time.Instant;
import java.util.Optional;

/**
 * Where published results live: per (campaign, period), revisions numbered from 1, each immutable
 * and readable for ever. Publishing is optimistic: the publisher names the latest revision it
 * saw ({@code 0} when none), and if another publisher got there first nothing is written and a
 * {@link RevisionConflictException} names both numbers. So two publishers never overwrite each
 * other, and every diff is against the revision its author saw.
 *
 * <pre>{@code
 * Revision first = store.publish(ResultSnapshot.of(evaluation, awards), 0, "council",
 *     "initial publication", decidedAt);
 * Revision second = store.publish(ResultSnapshot.of(corrected, correctedAwards),
 *     first.number(), "hr-admin", "reprimand of m01 recorded late", correctedAt);
 * second.diff().lost("chien-si-thi-dua-co-so");   // [m01]
 * }</pre>
 *
 * <p>Implementations are safe to use from several threads. {@link InMemoryResultStore} keeps
 * revisions in memory; {@code io.emulation.core.io.JsonFileResultStore} writes a file per
 * revision, atomically.
 *
 * @since 0.1
 */
public interface ResultStore {

  /**
   * Publishes the snapshot as the next revision of its campaign and period, with the diff
   * against the latest one.
   *
   * @param expectedVersion the number of the latest revision the publisher saw; {@code 0} when it
   *     saw none
   * @param author who publishes; not blank
   * @param reason why, as the host's user wrote it (kept as written in every language); not
   *     blank
   * @param recordedAt when, as the host records it
   * @return the revision written, numbered {@code expectedVersion + 1}
   * @throws RevisionConflictException when the latest revision is not {@code expectedVersion}
   */
  default Revision publish(ResultSnapshot snapshot, int expectedVersion, String author,
      String reason, Instant recordedAt) {
    return publish(snapshot, expectedVersion, author, Message.literal(reason), recordedAt);
  }

  /**
   * Publishes the snapshot as the next revision of its campaign and period, with the diff
   * against the latest one; the reason may be a catalog message, which the revision renders in
   * the reader's language, also when read back from a file store.
   *
   * @param expectedVersion the number of the latest revision the publisher saw; {@code 0} when it
   *     saw none
   * @param author who publishes; not blank
   * @param reason why; not blank
   * @param recordedAt when, as the host records it
   * @return the revision written, numbered {@code expectedVersion + 1}
   * @throws RevisionConflictException when the latest revision is not {@code expectedVersion}
   */
  Revision publish(ResultSnapshot snapshot, int expectedVersion, String author, Message reason,
      Instant recordedAt);

  /** Every revision of the campaign's result for the period, oldest first; empty when none. */
  ImmutableList<Revision> revisions(String campaignId, Period period);

  /** The periods of the campaign with a published result, in period order. */
  ImmutableList<Period> periods(String campaignId);

  /** Revision {@code number}, if it exists. */
  default Optional<Revision> revision(String campaignId, Period period, int number) {
    ImmutableList<Revision> all = revisions(campaignId, period);
    return number >= 1 && number <= all.size() ? Optional.of(all.get(number - 1))
        : Optional.empty();
  }

  /** The latest revision, if any was published. */
  default Optional<Revision> latest(String campaignId, Period period) {
    ImmutableList<Revision> all = revisions(campaignId, period);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The latest revision's number; {@code 0} when none was published. */
  default int version(String campaignId, Period period) {
    return latest(campaignId, period).map(Revision::number).orElse(0);
  }
}
