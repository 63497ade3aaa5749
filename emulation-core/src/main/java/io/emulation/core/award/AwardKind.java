package io.emulation.core.award;

/**
 * What sort of award it is. The kind decides whether a grant counts as history for the higher,
 * merit-based titles: ad-hoc and themed awards never do.
 *
 * @since 0.1
 */
public enum AwardKind {
  /** Danh hiệu thi đua: an emulation title such as Lao động tiên tiến, granted per period. */
  EMULATION_TITLE(true),
  /** Hình thức khen thưởng: a commendation such as Giấy khen or Bằng khen for a period's work. */
  COMMENDATION(true),
  /** Khen thưởng đột xuất: an ad-hoc award for one deed. */
  AD_HOC(false),
  /** Khen thưởng theo chuyên đề: an award of a themed campaign or peak drive. */
  THEMED(false);

  private final boolean countsAsHistory;

  AwardKind(boolean countsAsHistory) {
    this.countsAsHistory = countsAsHistory;
  }

  /** Whether a past grant of this kind counts toward "held N consecutive times" prerequisites. */
  public boolean countsAsHistory() {
    return countsAsHistory;
  }
}
