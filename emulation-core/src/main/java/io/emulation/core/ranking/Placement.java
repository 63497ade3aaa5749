package io.emulation.core.ranking;

import static java.util.Objects.requireNonNull;

import io.emulation.core.text.Message;
import java.util.Locale;

/**
 * Where a participant placed in one ranking.
 *
 * @param participantId who
 * @param rank the rank number under the policy's method, from 1
 * @param position the place in the ordered listing, from 1 (unique; ties ordered by id)
 * @param of how many were ranked
 * @param tiedWith how many others share this rank
 * @param explanation the keys' values that placed it, e.g. {@code "total 87.50"}, rendered in
 *     the reader's language when read
 * @since 0.1
 */
public record Placement(String participantId, int rank, int position, int of, int tiedWith,
    Message explanation) {

  /** Checks the parts. */
  public Placement {
    requireNonNull(participantId, "participantId");
    requireNonNull(explanation, "explanation");
  }

  /**
   * The placement in English words, e.g. {@code "rank 2 of 40 (tied with 1 other; total
   * 87.50)"}.
   */
  public String explain() {
    return explain(Locale.ENGLISH);
  }

  /**
   * The placement in words in the given language.
   *
   * @since 0.2
   */
  public String explain(Locale locale) {
    Message text = tiedWith == 0
        ? Message.of("rank.placement", rank, of, explanation)
        : Message.of("rank.placement.tied", rank, of, tiedWith, explanation);
    return text.in(locale);
  }
}
