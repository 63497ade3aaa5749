package io.emulation.core.campaign;

/**
 * Whether and how a collective's scorecard includes its members' totals, as one more line
 * beside its own criteria.
 *
 * @since 0.1
 */
public enum MemberAggregation {
  /** Collectives are scored on their own measurements only. */
  NONE,
  /** The mean of the members' totals. */
  MEAN,
  /** The sum of the members' totals. */
  SUM,
  /** The lowest member total. */
  MIN
}
