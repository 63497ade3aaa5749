package io.emulation.scoring.spi;

/**
 * Optional inputs a formula needs besides the measured value. The engine checks them when a
 * campaign is defined (a formula that needs a target on a criterion without one is a definition
 * error) and computes expensive inputs, such as peer values, only for formulas that ask.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum InputRequirement {
  /** {@link ScoringInput#target()} must be present (plan or target to measure against). */
  TARGET,
  /** {@link ScoringInput#baseline()} must be present (same period of the previous year). */
  BASELINE,
  /** {@link ScoringInput#peers()} must hold the values of every comparable participant. */
  PEERS
}
