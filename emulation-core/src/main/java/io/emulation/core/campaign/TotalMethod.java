package io.emulation.core.campaign;

/**
 * How the lines of a scorecard make its criteria total.
 *
 * @since 0.1
 */
public enum TotalMethod {
  /**
   * Each line contributes {@code weight x points}: a points sheet such as the 100-point sheet
   * (weights are usually 1 and each formula's maximum sets the criterion's share).
   */
  SUM,
  /**
   * Each line contributes {@code weight x points / sum of applicable weights}: a weighted sheet
   * such as 10/20/20/10/40 where every criterion scores on the same scale.
   */
  WEIGHTED_MEAN
}
