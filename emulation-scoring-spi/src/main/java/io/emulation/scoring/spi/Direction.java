package io.emulation.scoring.spi;

/**
 * Which way a measured value improves: more output is better, fewer incidents are better.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum Direction {
  /** Larger values are better (production value, revenue, initiatives). */
  HIGHER_IS_BETTER,
  /** Smaller values are better (defects, incidents, days late, cost). */
  LOWER_IS_BETTER
}
