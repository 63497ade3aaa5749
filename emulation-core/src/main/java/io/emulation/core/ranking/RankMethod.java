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
  ORDINAL
}
