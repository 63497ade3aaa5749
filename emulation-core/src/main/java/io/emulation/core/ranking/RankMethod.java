package io.emulation.core.ranking;

/**
 * How rank numbers are given to participants the rank keys cannot tell apart.
 *
 * @since 0.1
 */
public enum RankMethod {
  /** "1224": tied participants share a rank and the next rank skips. */
  STANDARD_COMPETITION,
  /** "1223": tied participants share a rank and the next rank follows on. */
  DENSE,
  /** "1234": every participant gets its own rank, ties ordered by participant id. */
  ORDINAL;

  /**
   * The rank number of the participant at {@code index} (from 0) of a listing ordered by the
   * keys, in a run of participants the keys cannot tell apart that starts at {@code runStart}
   * and is the {@code run}-th run of the listing (from 1).
   *
   * @throws IllegalArgumentException when the run does not start at or before {@code index}, or
   *     {@code run} is not positive
   * @since 0.3
   */
  public int rank(int index, int runStart, int run) {
    // checked without boxing: this runs for every participant ranked
    if (runStart < 0 || runStart > index || run < 1) {
      throw new IllegalArgumentException("a run starting at " + runStart
          + " cannot hold index " + index + " as run " + run);
    }
    return switch (this) {
      case STANDARD_COMPETITION -> runStart + 1;
      case DENSE -> run;
      case ORDINAL -> index + 1;
    };
  }

  /**
   * How many others share the rank of a participant in a run of participants the keys cannot
   * tell apart, from {@code runStart} to {@code runEnd} (both inclusive): none under {@link
   * #ORDINAL}, where each has a rank of its own.
   *
   * @throws IllegalArgumentException when the run ends before it starts
   * @since 0.3
   */
  public int tiedWith(int runStart, int runEnd) {
    if (runStart < 0 || runStart > runEnd) {
      throw new IllegalArgumentException("a run from " + runStart + " to " + runEnd);
    }
    return this == ORDINAL ? 0 : runEnd - runStart;
  }
}
