package io.emulation.core.ranking;

import static java.util.Objects.requireNonNull;

/**
 * Where a participant placed in one ranking.
 *
 * @param participantId who
 * @param rank the rank number under the policy's method, from 1
 * @param position the place in the ordered listing, from 1 (unique; ties ordered by id)
 * @param of how many were ranked
 * @param tiedWith how many others share this rank
 * @param explanation the keys' values that placed it, e.g. {@code "total 87.50"}
 * @since 0.1
 */
public record Placement(String participantId, int rank, int position, int of, int tiedWith,
    String explanation) {

  /** Checks the parts. */
  public Placement {
    requireNonNull(participantId, "participantId");
    requireNonNull(explanation, "explanation");
  }

  /** The placement in words, e.g. {@code "rank 2 of 40 (tied with 1 other; total 87.50)"}. */
  public String explain() {
    String tie = tiedWith == 0 ? "" : "tied with " + tiedWith
        + (tiedWith == 1 ? " other; " : " others; ");
    return "rank " + rank + " of " + of + " (" + tie + explanation + ")";
  }
}
