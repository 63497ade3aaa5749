package io.emulation.core.award;

/**
 * The level of the authority that grants an award.
 *
 * @since 0.1
 */
public enum AwardLevel {
  /** Cơ sở: the organisation itself (its director or council). */
  GRASSROOTS,
  /** Cấp Bộ, ngành, tỉnh: a ministry, sector or province. */
  MINISTRY,
  /** Toàn quốc / Nhà nước: national, granted by the State. */
  NATIONAL
}
