package io.emulation.core.scoring.builtin;

import static io.emulation.core.scoring.builtin.FormulaTesting.band;
import static io.emulation.core.scoring.builtin.FormulaTesting.dec;
import static io.emulation.core.scoring.builtin.FormulaTesting.input;
import static io.emulation.core.scoring.builtin.FormulaTesting.params;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.text.Languages;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.PeerValues;
import io.emulation.scoring.spi.Points;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each built-in formula explains its points in Vietnamese and in English, with numbers exact and
 * a decimal comma in Vietnamese.
 */
class BuiltInFormulasLanguagesTest {
  private static final Locale VI = Languages.VIETNAMESE;
  private static final Locale EN = Languages.ENGLISH;

  @Test
  void linearExplainsAchievementAndBonusInBothLanguages() {
    Points points = new LinearFormula().score(input("90", params("maxPoints", 50,
        "bonusPerPercent", dec("0.2"), "maxBonus", 5)).target(dec("80")).build());

    assertThat(points.explanation(EN)).isEqualTo(
        "90 is 112.5% of target 80 → 50 (capped at 50) + 2.5 bonus (0.2 per % above 100, max 5)");
    assertThat(points.explanation(VI)).isEqualTo("90 đạt 112,5% chỉ tiêu 80 → 50 (tối đa 50)"
        + " + 2,5 điểm thưởng (0,2 cho mỗi % vượt 100, tối đa 5)");
  }

  @Test
  void linearExplainsALowerIsBetterShareInBothLanguages() {
    Points points = new LinearFormula().score(input("4", params("maxPoints", 50))
        .target(dec("3")).direction(Direction.LOWER_IS_BETTER).build());

    assertThat(points.explanation(EN))
        .isEqualTo("4 vs target 3 (lower is better): 75% achievement → 37.5 of 50");
    assertThat(points.explanation(VI))
        .isEqualTo("4 so với chỉ tiêu 3 (càng thấp càng tốt): đạt 75% → 37,5 trên 50");
  }

  @Test
  void bandsExplainsTheBandReachedInBothLanguages() {
    Points points = new BandsFormula().score(input("68", params("bands",
        List.of(band(60, 2), band(70, 3), band(80, 4), band(90, 5)), "otherwise", 1))
        .target(dec("80")).build());

    assertThat(points.explanation(EN))
        .isEqualTo("68 is 85% of target 80 → band from 80% → 4 points");
    assertThat(points.explanation(VI)).isEqualTo("68 đạt 85% chỉ tiêu 80 → khung từ 80% → 4 điểm");
  }

  @Test
  void bandsExplainsAValueAboveEveryBandInBothLanguages() {
    Points points = new BandsFormula().score(input("6", params("basis", "value",
        "bands", List.of(band(0, 5), band(2, 3), band(5, 1))))
        .direction(Direction.LOWER_IS_BETTER).build());

    assertThat(points.explanation(EN))
        .isEqualTo("value 6 → above every band (5) → otherwise 0 points");
    assertThat(points.explanation(VI))
        .isEqualTo("giá trị 6 → trên mọi khung (5) → còn lại 0 điểm");
  }

  @Test
  void perOccurrenceExplainsTheCapInBothLanguages() {
    Points points = new PerOccurrenceFormula()
        .score(input("7", params("pointsPer", 2, "maxPoints", 10)).build());

    assertThat(points.explanation(EN)).isEqualTo("7 × 2 points = 14, capped at 10");
    assertThat(points.explanation(VI)).isEqualTo("7 × 2 điểm = 14, giới hạn ở mức 10");
  }

  @Test
  void penaltyExplainsTheDeductionInBothLanguages() {
    Points points = new PenaltyFormula().score(input("2", params("pointsPer", dec("1.5")))
        .direction(Direction.LOWER_IS_BETTER).build());

    assertThat(points.explanation(EN)).isEqualTo("deducted 2 × 1.5 points = 3 → -3");
    assertThat(points.explanation(VI)).isEqualTo("trừ 2 × 1,5 điểm = 3 → -3");
  }

  @Test
  void passFailExplainsAFailureInBothLanguages() {
    Points points = new PassFailFormula().score(input("94.9",
        params("threshold", 95, "passPoints", 10, "failPoints", 1)).build());

    assertThat(points.explanation(EN))
        .isEqualTo("94.9 < threshold 95 (at least 95 required) → failed, 1 point");
    assertThat(points.explanation(VI))
        .isEqualTo("94,9 < ngưỡng 95 (yêu cầu ít nhất 95) → không đạt, 1 điểm");
  }

  @Test
  void passFailExplainsALowerIsBetterPassInBothLanguages() {
    Points points = new PassFailFormula().score(input("0", params("threshold", 0))
        .direction(Direction.LOWER_IS_BETTER).build());

    assertThat(points.explanation(EN))
        .isEqualTo("0 = threshold 0 (at most 0 allowed) → passed, 0 points");
    assertThat(points.explanation(VI))
        .isEqualTo("0 = ngưỡng 0 (cho phép nhiều nhất 0) → đạt, 0 điểm");
  }

  @Test
  void ratingExplainsTheScaleInBothLanguages() {
    Points points = new RatingFormula()
        .score(input("7.5", params("min", 0, "max", 10, "step", dec("0.5"))).build());

    assertThat(points.explanation(EN)).isEqualTo("rated 7.5 on the scale [0, 10]");
    assertThat(points.explanation(VI)).isEqualTo("chấm 7,5 trên thang điểm [0, 10]");
  }

  @Test
  void percentileExplainsRoundedSharesInBothLanguages() {
    Points points = new PercentileFormula().score(input("2", params("maxPoints", 10))
        .peers(PeerValues.of(List.of(dec("1"), dec("2"), dec("3"), dec("4")))).build());

    assertThat(points.explanation(EN))
        .isEqualTo("better than 1 of 3 others → ≈33.33% of 10 = ≈3.33");
    assertThat(points.explanation(VI))
        .isEqualTo("hơn 1 trong 3 người khác → ≈33,33% của 10 = ≈3,33");
  }

  @Test
  void percentileExplainsTiesInBothLanguages() {
    Points points = new PercentileFormula().score(input("60", params("maxPoints", 10))
        .peers(PeerValues.of(List.of(dec("50"), dec("60"), dec("60"), dec("70"), dec("80"))))
        .build());

    assertThat(points.explanation(EN))
        .isEqualTo("better than 1, level with 1 of 4 others → 37.5% of 10 = 3.75");
    assertThat(points.explanation(VI))
        .isEqualTo("hơn 1, ngang 1 trong 4 người khác → 37,5% của 10 = 3,75");
  }

  @Test
  void growthExplainsALowerIsBetterImprovementInBothLanguages() {
    Points points = new GrowthFormula().score(input("9.5", params("maxPoints", 20,
        "targetGrowth", 10)).baseline(dec("10")).direction(Direction.LOWER_IS_BETTER).build());

    assertThat(points.explanation(EN)).isEqualTo(
        "9.5 vs 10 a year earlier (lower is better): +5% improvement, target +10% → 10 of 20");
    assertThat(points.explanation(VI)).isEqualTo("9,5 so với 10 cùng kỳ năm trước"
        + " (càng thấp càng tốt): cải thiện +5%, chỉ tiêu +10% → 10 trên 20");
  }

  @Test
  void growthExplainsACappedGrowthInBothLanguages() {
    Points points = new GrowthFormula().score(input("120", params("maxPoints", 20,
        "targetGrowth", 10)).baseline(dec("100")).build());

    assertThat(points.explanation(EN))
        .isEqualTo("120 vs 100 a year earlier: +20% growth, target +10% → 20 of 20 (capped)");
    assertThat(points.explanation(VI)).isEqualTo("120 so với 100 cùng kỳ năm trước:"
        + " tăng trưởng +20%, chỉ tiêu +10% → 20 trên 20 (đã đạt tối đa)");
  }

  @Test
  void explanationsAreMessagesKeptUnrenderedInThePoints() {
    Points points = new RatingFormula().score(input("7", params("min", 0, "max", 10)).build());

    assertThat(points.explanationText()).isInstanceOfSatisfying(Message.class,
        message -> assertThat(message.key()).isEqualTo("formula.rating"));
  }
}
