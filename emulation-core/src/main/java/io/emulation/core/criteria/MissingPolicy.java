package io.emulation.core.criteria;

/**
 * What a criterion does when a participant has no measurement for it in the period evaluated.
 *
 * @since 0.1
 */
public enum MissingPolicy {
  /** The evaluation fails, listing every missing measurement. */
  ERROR,
  /** The criterion scores zero points. */
  ZERO,
  /**
   * The criterion does not apply to that participant: it adds no points and, under a weighted
   * mean, its weight leaves the denominator.
   */
  NOT_APPLICABLE
}
