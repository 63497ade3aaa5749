package io.emulation.core.lifecycle;

import io.emulation.core.period.Period;

/**
 * Whether a review is interim (sơ kết: a quarter, a month, a peak drive's stretch) or final
 * (tổng kết: a half-year or the year).
 *
 * @since 0.1
 */
public enum ReviewKind {
  /** Sơ kết: taking stock part of the way. */
  INTERIM,
  /** Tổng kết: closing a half-year or a year. */
  FINAL;

  /** The usual kind for a period: final for a half-year or a year, interim otherwise. */
  public static ReviewKind usualFor(Period period) {
    return switch (period.kind()) {
      case HALF_YEAR, YEAR -> FINAL;
      case MONTH, QUARTER, CUSTOM -> INTERIM;
    };
  }
}
