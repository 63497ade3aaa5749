package io.emulation.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import java.time.Instant;
import java.util.Optional;

/**
 * One published version of a campaign's result for a period. Revision 1 is the original
 * publication; each correction (a late measurement, a discipline found later, a revocation for a
 * falsified dossier) is the next number, with the diff against the one before, who made it, why,
 * and when as the host recorded it. Revisions are never changed: a {@link ResultStore} keeps every
 * one readable.
 *
 * @param number from 1
 * @param snapshot the published result
 * @param diff what changed from the previous revision; empty for revision 1
 * @param author who published it; not blank
 * @param reason why, e.g. {@code "initial publication"} or {@code "reprimand of m01 recorded
 *     late (decision 12/QĐ)"}; not blank. Text the host's user wrote is {@linkplain
 *     Message#literal literal} and kept as written (the {@code String} factories wrap it so); a
 *     catalog message renders in the reader's language, also after a file store read it back
 * @param recordedAt when, as the host supplies it
 * @since 0.1
 */
public record Revision(int number, ResultSnapshot snapshot, ResultDiff diff, String author,
    Message reason, Instant recordedAt) {

  /** Checks the parts. */
  public Revision {
    requireNonNull(snapshot, "snapshot");
    requireNonNull(diff, "diff");
    requireNonNull(author, "author");
    requireNonNull(reason, "reason");
    requireNonNull(recordedAt, "recordedAt");
    checkArgument(number >= 1, "revision number must be >= 1 but was %s", number);
    checkArgument(!author.isBlank(), "revision %s of campaign '%s' for %s needs an author",
        number, snapshot.campaignId(), snapshot.period());
    checkArgument(!reason.toString().isBlank(), "revision %s of campaign '%s' for %s needs a reason",
        number, snapshot.campaignId(), snapshot.period());
    checkArgument(number > 1 || diff.isEmpty(),
        "revision 1 of campaign '%s' for %s is the first, so it has no diff",
        snapshot.campaignId(), snapshot.period());
  }

  /** Revision 1: the original publication, with the reason as the host's user wrote it. */
  public static Revision first(ResultSnapshot snapshot, String author, String reason,
      Instant recordedAt) {
    return first(snapshot, author, literal(reason), recordedAt);
  }

  /** Revision 1: the original publication. */
  public static Revision first(ResultSnapshot snapshot, String author, Message reason,
      Instant recordedAt) {
    return new Revision(1, snapshot, ResultDiff.none(), author, reason, recordedAt);
  }

  /**
   * The revision after {@code previous}, with the diff against it.
   *
   * @throws IllegalArgumentException when the snapshot is of another campaign or period
   */
  public static Revision next(Revision previous, ResultSnapshot snapshot, String author,
      String reason, Instant recordedAt) {
    return next(previous, snapshot, author, literal(reason), recordedAt);
  }

  /**
   * The revision after {@code previous}, with the diff against it.
   *
   * @throws IllegalArgumentException when the snapshot is of another campaign or period
   */
  public static Revision next(Revision previous, ResultSnapshot snapshot, String author,
      Message reason, Instant recordedAt) {
    requireNonNull(previous, "previous");
    return new Revision(previous.number + 1, snapshot,
        ResultDiff.between(previous.snapshot, snapshot), author, reason, recordedAt);
  }

  /**
   * Revision 1 when there is no previous one, else the one after it, with the reason as the
   * host's user wrote it.
   */
  public static Revision after(Optional<Revision> previous, ResultSnapshot snapshot,
      String author, String reason, Instant recordedAt) {
    return after(previous, snapshot, author, literal(reason), recordedAt);
  }

  /** Revision 1 when there is no previous one, else the one after it. */
  public static Revision after(Optional<Revision> previous, ResultSnapshot snapshot,
      String author, Message reason, Instant recordedAt) {
    return previous.map(p -> next(p, snapshot, author, reason, recordedAt))
        .orElseGet(() -> first(snapshot, author, reason, recordedAt));
  }

  /** The campaign. */
  public String campaignId() {
    return snapshot.campaignId();
  }

  /** The period. */
  public Period period() {
    return snapshot.period();
  }

  private static Message literal(String reason) {
    return Message.literal(requireNonNull(reason, "reason"));
  }
}
