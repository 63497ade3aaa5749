package io.emulation.core;

import static io.emulation.core.evaluation.SmallFactory.H1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.award.Award;
import io.emulation.core.award.AwardEvaluator;
import io.emulation.core.award.AwardKind;
import io.emulation.core.award.AwardLevel;
import io.emulation.core.award.AwardRule;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.Conditions;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.SmallFactory;
import io.emulation.core.grading.Grade;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.lifecycle.PeakDrive;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.TestFormula;
import io.emulation.core.text.Languages;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.SpiVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Problems with data and definitions (evaluation, criteria, grading, award rules), peak drives,
 * plugin rejections and the members line read in Vietnamese and in English; ids and names people
 * gave stay as written, and "did you mean" suggestions are in the reader's language.
 */
class RemainingTextLanguagesTest {
  private static final Locale VI = Languages.VIETNAMESE;
  private static final Locale EN = Languages.ENGLISH;

  private static InvalidDataException dataFailure(List<Measurement> extraMeasurements,
      List<Adjustment> extraAdjustments) {
    List<Measurement> measurements = new ArrayList<>(SmallFactory.data().measurements());
    measurements.addAll(extraMeasurements);
    List<Adjustment> adjustments = new ArrayList<>(SmallFactory.data().adjustments());
    adjustments.addAll(extraAdjustments);
    return catchThrowableOfType(InvalidDataException.class,
        () -> CampaignEvaluator.of(FormulaRegistry.load()).evaluate(SmallFactory.campaign(),
            EvaluationData.of(measurements, adjustments), H1));
  }

  private static Problem only(List<Problem> problems) {
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void aMeasurementOfAMisspelledCriterionSuggestsTheCriterionInEitherLanguage() {
    InvalidDataException e = dataFailure(
        List.of(Measurement.of("a1", "ouptut", H1, BigDecimal.ONE)), List.of());
    Problem problem = only(e.problems());

    assertThat(problem.message(VI)).isEqualTo(
        "số liệu của 'a1' ghi tiêu chí 'ouptut' không có trong phong trào "
            + "(có phải ý bạn là 'output'?)");
    assertThat(problem.message(EN)).isEqualTo(
        "measurement for 'a1' names unknown criterion 'ouptut' (did you mean 'output'?)");
    assertThat(e.getMessage(VI))
        .startsWith("dữ liệu của phong trào thi đua 'qt-2021' kỳ 2021-H1 có 1 lỗi:");
    assertThat(e.getMessage()).startsWith("data of campaign 'qt-2021' for 2021-H1 has 1 problem:");
  }

  @Test
  void aMeasurementForTheWrongKindOfParticipantNamesBothKindsInEitherLanguage() {
    Problem problem = only(dataFailure(
        List.of(Measurement.of("a1", "unit-output", H1, BigDecimal.ONE)), List.of()).problems());

    assertThat(problem.message(VI))
        .isEqualTo("tiêu chí 'unit-output' áp dụng cho đối tượng tập thể nhưng 'a1' là cá nhân");
    assertThat(problem.message(EN)).isEqualTo(
        "criterion 'unit-output' applies to COLLECTIVE participants but 'a1' is INDIVIDUAL");
  }

  @Test
  void aNegativeValueKeepsItsDigitsWithADecimalCommaInVietnamese() {
    Problem problem = only(dataFailure(
        List.of(Measurement.of("a2", "initiatives", SmallFactory.YEAR, new BigDecimal("-1.5"))),
        List.of()).problems());

    assertThat(problem.message(VI))
        .isEqualTo("tiêu chí 'initiatives' không cho phép giá trị âm nhưng 'a2' có giá trị -1,5");
    assertThat(problem.message(EN))
        .isEqualTo("criterion 'initiatives' does not allow negative values but 'a2' has -1.5");
  }

  @Test
  void aPenaltyForAnUnknownParticipantIsCalledDiemTruInVietnamese() {
    Problem problem = only(dataFailure(List.of(),
        List.of(Adjustment.penalty("ghost", H1, BigDecimal.ONE, "late"))).problems());

    assertThat(problem.message(VI))
        .isEqualTo("điểm trừ 'late' được ghi cho đối tượng 'ghost' không có trong tổ chức");
    assertThat(problem.message(EN)).isEqualTo("PENALTY 'late' is for unknown participant 'ghost'");
  }

  @Test
  void anUnknownFormulaIsSuggestedInEitherLanguage() {
    Criterion criterion = Criterion.builder("output", "Output")
        .formula("emulation:linaer", FormulaParameters.empty()).build();
    Problem problem = only(CampaignEvaluator.of(FormulaRegistry.load()).check(criterion));

    assertThat(problem.message(VI)).startsWith("tiêu chí 'output' dùng công thức tính điểm "
        + "'emulation:linaer' không tồn tại (có phải ý bạn là 'emulation:linear'?); "
        + "các công thức hiện có: [");
    assertThat(problem.message(EN)).startsWith("criterion 'output' uses unknown formula "
        + "'emulation:linaer' (did you mean 'emulation:linear'?); known formulas: [");
  }

  @Test
  void aNegativeWeightReadsInEitherLanguage() {
    Problem problem = only(Criterion.builder("output", "Output")
        .formula("emulation:linear", FormulaParameters.empty())
        .weight(new BigDecimal("-0.5")).problems());

    assertThat(problem.message(VI))
        .isEqualTo("trọng số của tiêu chí 'output' phải >= 0 nhưng là -0,5");
    assertThat(problem.message(EN))
        .isEqualTo("weight of criterion 'output' must be >= 0 but was -0.5");
  }

  @Test
  void aMisspelledVetoCapIsSuggestedInEitherLanguage() {
    GradingScale.Builder scale = GradingScale.builder()
        .band(Grade.GOOD, BigDecimal.valueOf(75))
        .otherwise(Grade.COMPLETED)
        .vetoCap(Grade.of("COMPLETD", "Hoàn thành"));
    Problem problem = only(scale.problems());

    assertThat(problem.message(VI)).isEqualTo("mức tối đa khi không đạt tiêu chí bắt buộc "
        + "'COMPLETD' (có phải ý bạn là 'COMPLETED'?) không phải là một xếp loại của thang");
    assertThat(problem.message(EN)).isEqualTo(
        "veto cap 'COMPLETD' (did you mean 'COMPLETED'?) is not a grade of the scale");
  }

  @Test
  void aConditionOnAnAwardNoRuleGrantsSuggestsTheAwardInEitherLanguage() {
    AwardRuleSet.Builder rules = AwardRuleSet.builder("Quy chế")
        .rules(AwardRule.of(person("ldtt"), Conditions.minGrade("GOOD")),
            AwardRule.of(person("cstdcs"), Conditions.holds("ldt")));
    Problem problem = only(rules.problems());

    assertThat(problem.message(VI)).isEqualTo("danh hiệu 'cstdcs' có điều kiện về danh hiệu "
        + "'ldt' (có phải ý bạn là 'ldtt'?), nhưng không có quy tắc nào xét tặng danh hiệu đó");
    assertThat(problem.message(EN)).isEqualTo("award 'cstdcs' has a condition on award 'ldt' "
        + "(did you mean 'ldtt'?), which no rule grants");
    InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
        rules::build);
    assertThat(e.getMessage(VI)).startsWith("bộ quy tắc khen thưởng 'Quy chế' có 1 lỗi:");
  }

  @Test
  void aConditionForTheOtherKindOfParticipantIsDescribedInTheReadersLanguage() {
    AwardRuleSet.Builder rules = AwardRuleSet.builder("Quy chế")
        .rules(AwardRule.of(unit("ttldtt"), Conditions.hiredMonthsBefore(6)));
    Problem problem = only(rules.problems());

    assertThat(problem.message(VI)).isEqualTo("danh hiệu 'ttldtt' dành cho đối tượng tập thể "
        + "nhưng điều kiện 'tuyển dụng ít nhất 6 tháng trước khi kết thúc kỳ' của danh hiệu chỉ "
        + "áp dụng cho đối tượng cá nhân");
    assertThat(problem.message(EN)).isEqualTo("award 'ttldtt' is for COLLECTIVE participants "
        + "but its condition 'hired at least 6 months before the period ends' applies to "
        + "INDIVIDUAL participants only");
  }

  @Test
  void aGradeTheScaleLacksIsNamedWithTheScaleInEitherLanguage() {
    AwardRuleSet rules = AwardRuleSet.builder("Quy chế")
        .rules(AwardRule.of(person("ldtt"), Conditions.minGrade("GOD"))).build();
    Problem problem = only(AwardEvaluator.of(rules).problems(SmallFactory.campaign()));

    assertThat(problem.message(VI)).isEqualTo("điều kiện 'xếp loại GOD trở lên' có xếp loại "
        + "'GOD' (có phải ý bạn là 'GOOD'?), không có trong thang xếp loại "
        + "[EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED]");
    assertThat(problem.message(EN)).isEqualTo("condition 'grade GOD or better' names grade "
        + "'GOD' (did you mean 'GOOD'?), which is not in the scale "
        + "[EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED]");
  }

  @Test
  void aCampaignThatIsNotAPeakDriveIsRejectedInEitherLanguage() {
    InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
        () -> PeakDrive.of(SmallFactory.campaign(), SmallFactory.campaign()));

    assertThat(e.getMessage(VI)).startsWith("đợt thi đua cao điểm 'qt-2021' có 2 lỗi:");
    assertThat(e.getMessage(EN)).startsWith("peak drive 'qt-2021' has 2 problems:");
  }

  @Test
  void aFormulaBuiltForAnotherSpiIsRejectedInEitherLanguage() {
    EmulationException e = catchThrowableOfType(EmulationException.class,
        () -> FormulaRegistry.builder().add(TestFormula.identity("acme:future").builtFor("2.0")));

    assertThat(e.getMessage(VI)).contains("được xây dựng cho SPI tính điểm 2.0, phiên bản mà SPI "
        + SpiVersion.CURRENT + " của môi trường chạy này không chạy được");
    assertThat(e.getMessage(EN)).contains("was built for scoring SPI 2.0, which this runtime's "
        + "SPI " + SpiVersion.CURRENT + " cannot run");
  }

  @Test
  void aProviderReturningNullIsReportedInEitherLanguage() {
    EmulationException e = catchThrowableOfType(EmulationException.class,
        () -> FormulaRegistry.builder().addProvider(() -> null));

    assertThat(e.getMessage(VI)).startsWith("bộ cung cấp công thức tính điểm ")
        .endsWith(" trả về null thay vì danh sách công thức tính điểm");
    assertThat(e.getMessage(EN)).startsWith("scoring formula provider ")
        .endsWith(" returned null instead of a list of formulas");
  }

  @Test
  void theMembersLineIsNamedInTheReadersLanguage() {
    EvaluationResult result = CampaignEvaluator.of(FormulaRegistry.load())
        .evaluate(SmallFactory.campaign(), SmallFactory.data(), H1);

    assertThat(result.explain("w1", VI))
        .startsWith("w1 Phân xưởng 1 (tập thể, 2021-H1)")
        .contains("@members (bình quân tổng điểm của các thành viên): giá trị ");
    assertThat(result.explain("w1", EN))
        .startsWith("w1 Phân xưởng 1 (COLLECTIVE, 2021-H1)")
        .contains("@members (mean of members' totals): value ");
  }

  private static Award person(String id) {
    return Award.of(id, "Award " + id, AwardKind.EMULATION_TITLE, ParticipantKind.INDIVIDUAL,
        AwardLevel.GRASSROOTS);
  }

  private static Award unit(String id) {
    return Award.of(id, "Award " + id, AwardKind.EMULATION_TITLE, ParticipantKind.COLLECTIVE,
        AwardLevel.GRASSROOTS);
  }
}
