package io.emulation.core.period;

/**
 * The shapes a review period takes.
 *
 * @since 0.1
 */
public enum PeriodKind {
  /** A calendar month. */
  MONTH,
  /** A calendar quarter (quý). */
  QUARTER,
  /** A calendar half-year (6 tháng). */
  HALF_YEAR,
  /** A calendar year. */
  YEAR,
  /** Any other closed date range, such as a peak drive. */
  CUSTOM
}
