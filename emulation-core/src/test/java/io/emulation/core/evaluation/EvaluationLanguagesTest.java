package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.SmallFactory.H1;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.grading.Grade;
import io.emulation.core.grading.GradeRequirement;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.ranking.Placement;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.RankMethod;
import io.emulation.core.ranking.RankPolicy;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.ScoringError;
import io.emulation.core.scoring.TestFormula;
import io.emulation.core.scoring.builtin.BuiltInFormulas;
import io.emulation.core.text.Languages;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Explanation;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.ScoringException;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scorecards, grades, ranks and faults explain themselves in Vietnamese and in English, on
 * {@link SmallFactory}'s campaign; names and ids people gave stay as written.
 */
class EvaluationLanguagesTest {
  private static final Locale VI = Languages.VIETNAMESE;
  private static final Locale EN = Languages.ENGLISH;

  private final EvaluationResult result = CampaignEvaluator.of(FormulaRegistry.load())
      .evaluate(SmallFactory.campaign(), SmallFactory.data(), H1);

  @Test
  void participantExplanationReadsInEnglish() {
    assertThat(result.explain("a2", EN)).isEqualTo("""
        a2 Trần Thị Bình (INDIVIDUAL, 2021-H1)
        output (Giá trị sản xuất so với kế hoạch): value 80, target 100 -> emulation:linear \
        {bonusPerPercent=0.5, maxBonus=5, maxPoints=50} -> 40.00 points \
        (80 is 80% of target 100 → 40 of 50); weight 1 -> contributes 40.00
        initiatives (Sáng kiến): value 1 -> emulation:per-occurrence {maxPoints=10, pointsPer=5} \
        -> 5.00 points (1 × 5 points = 5); weight 1 -> contributes 5.00
        safety (An toàn tuyệt đối): value 0 -> emulation:pass-fail \
        {failPoints=0, passPoints=10, threshold=0} -> 10.00 points, passed \
        (0 = threshold 0 (at most 0 allowed) → passed, 10 points); weight 1 -> contributes 10.00
        penalty -1.5: late twice
        total 53.50 = criteria 55.00 + bonus 0.00 - penalty 1.50
        grade COMPLETED (Hoàn thành nhiệm vụ): not EXCELLENT: total 53.50 < 90; \
        not GOOD: total 53.50 < 75; COMPLETED: total >= 50, met with total 53.50
        overall rank 3 of 3 (total 53.50)
        in unit w1 rank 2 of 2 (total 53.50)""");
  }

  @Test
  void participantExplanationReadsInVietnamese() {
    assertThat(result.explain("a2", VI)).isEqualTo("""
        a2 Trần Thị Bình (cá nhân, 2021-H1)
        output (Giá trị sản xuất so với kế hoạch): giá trị 80, chỉ tiêu 100 -> emulation:linear \
        {bonusPerPercent=0.5, maxBonus=5, maxPoints=50} -> 40,00 điểm \
        (80 đạt 80% chỉ tiêu 100 → 40 trên 50); trọng số 1 -> đóng góp 40,00
        initiatives (Sáng kiến): giá trị 1 -> emulation:per-occurrence {maxPoints=10, pointsPer=5} \
        -> 5,00 điểm (1 × 5 điểm = 5); trọng số 1 -> đóng góp 5,00
        safety (An toàn tuyệt đối): giá trị 0 -> emulation:pass-fail \
        {failPoints=0, passPoints=10, threshold=0} -> 10,00 điểm, đạt \
        (0 = ngưỡng 0 (cho phép nhiều nhất 0) → đạt, 10 điểm); trọng số 1 -> đóng góp 10,00
        điểm trừ -1,5: late twice
        tổng điểm 53,50 = điểm tiêu chí 55,00 + điểm cộng 0,00 - điểm trừ 1,50
        xếp loại COMPLETED (Hoàn thành nhiệm vụ): không đạt EXCELLENT: tổng điểm 53,50 < 90; \
        không đạt GOOD: tổng điểm 53,50 < 75; COMPLETED: tổng điểm >= 50, \
        đạt với tổng điểm 53,50
        xếp hạng chung: hạng 3/3 (tổng điểm 53,50)
        trong đơn vị w1: hạng 2/2 (tổng điểm 53,50)""");
  }

  @Test
  void noArgumentExplanationsAreEnglish() {
    ParticipantResult b1 = result.result("b1").orElseThrow();

    assertThat(result.explain("b1")).isEqualTo(result.explain("b1", EN));
    assertThat(b1.explain()).isEqualTo(b1.explain(EN));
    assertThat(b1.scorecard().explain()).isEqualTo(b1.scorecard().explain(EN));
    assertThat(b1.grade().explain()).isEqualTo(b1.grade().explain(EN));
    assertThat(b1.overall().explain()).isEqualTo(b1.overall().explain(EN));
  }

  @Test
  void gradeCappedByAFailedVetoIsExplainedInBothLanguages() {
    ParticipantResult b1 = result.result("b1").orElseThrow();

    assertThat(b1.grade().explain(EN)).isEqualTo("COMPLETED (Hoàn thành nhiệm vụ): capped at"
        + " COMPLETED because veto failed: safety; COMPLETED: total >= 50, met with total 80.00");
    assertThat(b1.grade().explain(VI)).isEqualTo("COMPLETED (Hoàn thành nhiệm vụ): tối đa"
        + " COMPLETED vì không đạt tiêu chí bắt buộc: safety; COMPLETED: tổng điểm >= 50,"
        + " đạt với tổng điểm 80,00");
  }

  @Test
  void scorecardWithAFailedVetoSaysSoInBothLanguages() {
    ParticipantResult b1 = result.result("b1").orElseThrow();

    assertThat(b1.scorecard().explain(EN)).endsWith("\nbonus +15: record month\n"
        + "total 80.00 = criteria 65.00 + bonus 15.00 - penalty 0.00\nveto failed: safety");
    assertThat(b1.scorecard().explain(VI)).endsWith("\nđiểm cộng +15: record month\n"
        + "tổng điểm 80,00 = điểm tiêu chí 65,00 + điểm cộng 15,00 - điểm trừ 0,00\n"
        + "không đạt tiêu chí bắt buộc: safety");
  }

  @Test
  void gradeRequirementsAndBandsAreDescribedInBothLanguages() {
    GradingScale.Band band = GradingScale.builder()
        .band(Grade.EXCELLENT, new BigDecimal("90"),
            GradeRequirement.noVetoFailure(),
            GradeRequirement.minCriterionPoints("output", new BigDecimal("40")),
            GradeRequirement.penaltyAtMostShareOfBonus(new BigDecimal("0.5")))
        .otherwise(Grade.NOT_COMPLETED)
        .build().bands().get(0);

    assertThat(band.describe(EN)).isEqualTo("total >= 90 and no veto failed and output >= 40"
        + " points and penalty <= 0.5 x bonus");
    assertThat(band.describe(VI)).isEqualTo("tổng điểm >= 90 và không trượt tiêu chí bắt buộc"
        + " nào và output >= 40 điểm và điểm trừ <= 0,5 x điểm cộng");
  }

  @Test
  void placementTiedWithOthersIsExplainedInBothLanguages() {
    Placement placement = new Placement("d", 4, 5, 7, 2,
        Message.of("rank.value.total", new BigDecimal("70.5")));

    assertThat(placement.explain(EN)).isEqualTo("rank 4 of 7 (tied with 2 others; total 70.5)");
    assertThat(placement.explain(VI))
        .isEqualTo("hạng 4/7 (đồng hạng với 2 người khác; tổng điểm 70,5)");
  }

  @Test
  void placementTiedWithOneOtherUsesTheSingularInEnglish() {
    Placement placement = new Placement("b", 2, 2, 40, 1, Message.literal("total 87.50"));

    assertThat(placement.explain(EN)).isEqualTo("rank 2 of 40 (tied with 1 other; total 87.50)");
    assertThat(placement.explain(VI))
        .isEqualTo("hạng 2/40 (đồng hạng với 1 người khác; total 87.50)");
  }

  @Test
  void placementOfEveryRankKeyNamesTheKeysValuesInBothLanguages() {
    Campaign campaign = SmallFactory.campaign().toBuilder()
        .rankPolicy(RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byGrade(),
            RankKey.byTotal(), RankKey.byCriterionPoints("output"),
            RankKey.directProductionFirst(), RankKey.byParticipantId()))
        .build();
    Placement a2 = CampaignEvaluator.of(FormulaRegistry.load())
        .evaluate(campaign, SmallFactory.data(), H1).result("a2").orElseThrow().overall();

    assertThat(a2.explanation().in(EN))
        .isEqualTo("grade COMPLETED, total 53.50, output 40.00, direct production, id a2");
    assertThat(a2.explanation().in(VI)).isEqualTo(
        "xếp loại COMPLETED, tổng điểm 53,50, output 40,00, trực tiếp sản xuất, mã a2");
  }

  @Test
  void rankKeysAreDescribedInBothLanguages() {
    assertThat(RankKey.byTotal().describe(EN)).isEqualTo("total, highest first");
    assertThat(RankKey.byTotal().describe(VI)).isEqualTo("tổng điểm, cao nhất trước");
    assertThat(RankKey.byCriterionPoints("output").describe(VI))
        .isEqualTo("điểm output, cao nhất trước");
    assertThat(RankKey.directProductionFirst().describe(VI))
        .isEqualTo("công nhân trực tiếp sản xuất trước");
  }

  @Test
  void rolledUpValueAndMembersLineAreExplainedInBothLanguages() {
    ScoreLine output = result.result("a1").orElseThrow().scorecard().line("output").orElseThrow();
    ScoreLine members = result.result("w1").orElseThrow().scorecard().line(ScoreLine.MEMBERS)
        .orElseThrow();

    assertThat(output.detail().in(EN)).startsWith("sum of 2021-Q1 50, 2021-Q2 62; 112 is 112%");
    assertThat(output.detail().in(VI))
        .startsWith("tổng của 2021-Q1 50, 2021-Q2 62; 112 đạt 112% chỉ tiêu 100");
    assertThat(members.detail().in(EN)).isEqualTo("2 members in scope");
    assertThat(members.detail().in(VI)).isEqualTo("2 thành viên trong phạm vi");
  }

  @Test
  void lineWithoutAValueIsExplainedInBothLanguages() {
    ScoreLine initiatives = result.result("a1").orElseThrow().scorecard().line("initiatives")
        .orElseThrow();

    assertThat(initiatives.explain(EN)).isEqualTo("initiatives (Sáng kiến): no value, counted as"
        + " 0 points; weight 1 -> contributes 0.00");
    assertThat(initiatives.explain(VI)).isEqualTo("initiatives (Sáng kiến): không có giá trị,"
        + " tính 0 điểm; trọng số 1 -> đóng góp 0,00");
  }

  @Test
  void pluginExplanationIsCarriedInTheReadersLanguage() {
    Explanation bilingual = locale -> Languages.isVietnamese(locale) ? "năm" : "five";
    ScoreLine line = withInitiativesFormula(TestFormula.of("acme:five",
        input -> Points.of(new BigDecimal("5"), bilingual)), FaultPolicy.FAIL)
        .result("a2").orElseThrow().scorecard().line("initiatives").orElseThrow();

    assertThat(line.detail().in(EN)).isEqualTo("five");
    assertThat(line.detail().in(VI)).isEqualTo("năm");
  }

  @Test
  void lineOfAPluginWithoutExplanationHasNoDetail() {
    ScoreLine line = withInitiativesFormula(TestFormula.of("acme:quiet",
        input -> Points.of(new BigDecimal("5"), "")), FaultPolicy.FAIL)
        .result("a2").orElseThrow().scorecard().line("initiatives").orElseThrow();

    assertThat(line.detail()).isEqualTo(Message.literal(""));
    assertThat(line.explain(VI)).isEqualTo("initiatives (Sáng kiến): giá trị 1 -> acme:quiet"
        + " -> 5,00 điểm; trọng số 1 -> đóng góp 5,00");
  }

  @Test
  void formulaFaultIsExplainedInBothLanguagesKeepingWhatThePluginSaid() {
    EvaluationResult faulty = withInitiativesFormula(TestFormula.of("acme:boom", input -> {
      throw new ScoringException("cannot score " + input.value());
    }), FaultPolicy.PUBLISH_WITH_ERRORS);
    ScoringError error = faulty.result("a2").orElseThrow().scorecard().errors().get(0);

    assertThat(error.explain(EN)).startsWith("formula 'acme:boom' (")
        .endsWith(") scoring criterion 'initiatives' for participant 'a2' failed: "
            + ScoringException.class.getName() + ": cannot score 1");
    assertThat(error.explain(VI)).startsWith("công thức 'acme:boom' (")
        .endsWith(") khi chấm tiêu chí 'initiatives' cho đối tượng 'a2' bị lỗi: "
            + ScoringException.class.getName() + ": cannot score 1");
    assertThat(faulty.result("a2").orElseThrow().scorecard().explain(VI))
        .endsWith("\nTẠM TÍNH: 1 lỗi tính điểm, được tính 0 điểm");
    assertThat(faulty.result("a2").orElseThrow().scorecard().explain(EN))
        .endsWith("\nPROVISIONAL: 1 scoring error, counted as 0 points");
  }

  @Test
  void gradeReasonsAreMessagesNotRenderedText() {
    ImmutableList<Message> reasons = result.result("a2").orElseThrow().grade().reasons();

    assertThat(reasons).extracting(Message::key).containsExactly("grade.band.notMet",
        "grade.band.notMet", "grade.band.met");
  }

  private static EvaluationResult withInitiativesFormula(TestFormula formula,
      FaultPolicy policy) {
    Campaign campaign = SmallFactory.campaign().toBuilder()
        .replaceCriterion(SmallFactory.campaign().criterion("initiatives").orElseThrow()
            .toBuilder().formula(formula.id(), FormulaParameters.empty()).build())
        .build();
    FormulaRegistry registry = FormulaRegistry.builder().addProvider(new BuiltInFormulas())
        .add(formula).build();
    return CampaignEvaluator.of(registry).withFaultPolicy(policy)
        .evaluate(campaign, SmallFactory.data(), H1);
  }
}
