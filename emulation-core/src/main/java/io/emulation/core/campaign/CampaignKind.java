package io.emulation.core.campaign;

/**
 * The kinds of campaign. Awards of themed campaigns and peak drives do not count as history for
 * the higher, merit-based titles.
 *
 * @since 0.1
 */
public enum CampaignKind {
  /** Thường xuyên: the regular, usually yearly campaign. */
  ONGOING,
  /** Theo chuyên đề: a campaign on one theme. */
  THEMED,
  /** Đợt thi đua cao điểm: a short burst inside a parent campaign. */
  PEAK_DRIVE
}
