package io.emulation.core.scoring.builtin;

import static io.emulation.core.scoring.builtin.FormulaTesting.band;
import static io.emulation.core.scoring.builtin.FormulaTesting.dec;
import static io.emulation.core.scoring.builtin.FormulaTesting.input;
import static io.emulation.core.scoring.builtin.FormulaTesting.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.text.Languages;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringFormula;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The built-in formulas' parameter problems and runtime faults read in Vietnamese and in
 * English; parameter names, ids and numbers stay as written, with a decimal comma in Vietnamese.
 */
class FormulaProblemsLanguagesTest {
  private static final Locale VI = Languages.VIETNAMESE;
  private static final Locale EN = Languages.ENGLISH;

  private static ParameterProblem only(ScoringFormula formula, FormulaParameters parameters) {
    List<ParameterProblem> problems = formula.validate(parameters);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void aNumberOutOfItsBoundReadsInBothLanguages() {
    ParameterProblem problem = only(new LinearFormula(), params("maxPoints", dec("-0.5")));

    assertThat(problem.parameter()).isEqualTo("maxPoints");
    assertThat(problem.message(EN)).isEqualTo("must be > 0 but was -0.5");
    assertThat(problem.message(VI)).isEqualTo("phải > 0 nhưng là -0,5");
  }

  @Test
  void aMissingParameterSaysWhatItMustBeInBothLanguages() {
    ParameterProblem problem = only(new PerOccurrenceFormula(), params());

    assertThat(problem.message(EN)).isEqualTo("is required: a number > 0");
    assertThat(problem.message(VI)).isEqualTo("bắt buộc phải có: một số > 0");
  }

  @Test
  void anUnknownParameterListsTheKnownOnesInBothLanguages() {
    ParameterProblem problem =
        only(new GrowthFormula(), params("maxPoints", 10, "targetGrowth", 5, "target", 1));

    assertThat(problem.message(EN))
        .isEqualTo("unknown parameter; expected one of: maxPoints, targetGrowth");
    assertThat(problem.message(VI)).isEqualTo(
        "tham số không được hỗ trợ; chỉ được dùng một trong các tham số: maxPoints, targetGrowth");
  }

  @Test
  void aParameterOfTheWrongTypeReadsInBothLanguages() {
    ParameterProblem problem = only(new BandsFormula(),
        params("basis", 5, "bands", List.of(band(80, 4))));

    assertThat(problem.message(EN)).isEqualTo("parameter 'basis' must be a text but was 5");
    assertThat(problem.message(VI))
        .isEqualTo("tham số 'basis' phải là một chuỗi văn bản nhưng là 5");
  }

  @Test
  void aTextNotAmongTheChoicesReadsInBothLanguages() {
    ParameterProblem problem = only(new BandsFormula(),
        params("basis", "percent", "bands", List.of(band(80, 4))));

    assertThat(problem.message(EN))
        .isEqualTo("must be one of percent-of-target, value but was 'percent'");
    assertThat(problem.message(VI))
        .isEqualTo("phải là một trong các giá trị percent-of-target, value nhưng là 'percent'");
  }

  @Test
  void anEmptyBandTableReadsInBothLanguages() {
    ParameterProblem problem = only(new BandsFormula(), params("bands", List.of()));

    assertThat(problem.message(EN)).isEqualTo("needs at least one band {from, points}");
    assertThat(problem.message(VI)).isEqualTo("cần ít nhất một khung {from, points}");
  }

  @Test
  void aBandTableThatChangesDirectionReadsInBothLanguages() {
    ParameterProblem problem = only(new BandsFormula(),
        params("bands", List.of(band(60, 2), band(70, 3), band(80, dec("2.5")))));

    assertThat(problem.parameter()).isEqualTo("bands[2].points");
    assertThat(problem.message(EN)).isEqualTo("is 2.5, less than the 3 points of bands[1]"
        + " (from 70), but the points rise up to that band: they must rise steadily (higher is"
        + " better) or fall steadily (lower is better) as 'from' rises");
    assertThat(problem.message(VI)).isEqualTo("là 2,5, ít hơn 3 điểm của bands[1] (từ 70), nhưng"
        + " điểm tăng dần cho đến khung đó: khi 'from' tăng, điểm phải tăng đều (càng cao càng"
        + " tốt) hoặc giảm đều (càng thấp càng tốt)");
  }

  @Test
  void aRatingScaleWithoutRoomReadsInBothLanguages() {
    ParameterProblem problem = only(new RatingFormula(), params("min", 10, "max", dec("9.5")));

    assertThat(problem.message(EN)).isEqualTo("must be greater than min (10) but was 9.5");
    assertThat(problem.message(VI)).isEqualTo("phải lớn hơn min (10) nhưng là 9,5");
  }

  @Test
  void problemsAreMessagesNotRenderedText() {
    ParameterProblem problem = only(new PassFailFormula(),
        params("threshold", 0, "passPoints", 1, "failPoints", 2));

    assertThat(problem.explanation()).isEqualTo(
        Message.of("formula.parameter.passFail.failAbovePass", dec("1"), dec("2")));
  }

  @Test
  void aRuntimeFaultNamesTheCriterionAndParticipantInBothLanguages() {
    ScoringException fault = catchThrowableOfType(ScoringException.class,
        () -> new PenaltyFormula().score(input("1.5", params("pointsPer", 1))
            .direction(io.emulation.scoring.spi.Direction.LOWER_IS_BETTER)
            .criterionId("late-reports").participantId("a1").build()));

    assertThat(fault.getMessage()).isEqualTo("emulation:penalty (criterion 'late-reports',"
        + " participant 'a1'): value must be a whole number of occurrences >= 0 but was 1.5");
    assertThat(fault.getMessage(VI)).isEqualTo("emulation:penalty (tiêu chí 'late-reports',"
        + " đối tượng 'a1'): giá trị phải là số lần xảy ra, một số nguyên >= 0, nhưng là 1,5");
  }

  @Test
  void aTargetThatIsNotPositiveReadsInBothLanguages() {
    ScoringException fault = catchThrowableOfType(ScoringException.class,
        () -> new LinearFormula().score(input("5", params("maxPoints", 50))
            .target(dec("-1")).participantId("a1").build()));

    assertThat(fault.getMessage(EN))
        .isEqualTo("emulation:linear (participant 'a1'): target must be > 0 but was -1");
    assertThat(fault.getMessage(VI))
        .isEqualTo("emulation:linear (đối tượng 'a1'): chỉ tiêu phải > 0 nhưng là -1");
  }

  @Test
  void scoringWithInvalidParametersListsEveryProblemInBothLanguages() {
    ScoringException fault = catchThrowableOfType(ScoringException.class,
        () -> new PerOccurrenceFormula().score(input("1", params("pointsPer", 0, "maxPoints",
            dec("-1.5"))).criterionId("initiatives").build()));

    assertThat(fault.getMessage()).isEqualTo("emulation:per-occurrence (criterion 'initiatives'):"
        + " invalid parameters: pointsPer: must be > 0 but was 0; maxPoints: must be > 0 but was"
        + " -1.5");
    assertThat(fault.getMessage(VI)).isEqualTo("emulation:per-occurrence (tiêu chí 'initiatives'):"
        + " tham số không hợp lệ: pointsPer: phải > 0 nhưng là 0; maxPoints: phải > 0 nhưng là"
        + " -1,5");
  }

  @Test
  void aRatingOffItsScaleReadsInBothLanguages() {
    ScoringException fault = catchThrowableOfType(ScoringException.class,
        () -> new RatingFormula().score(input("10.5", params("min", 0, "max", 10))
            .criterionId("solidarity").build()));

    assertThat(fault.getMessage(EN)).isEqualTo(
        "emulation:rating (criterion 'solidarity'): rating 10.5 is outside the scale [0, 10]");
    assertThat(fault.getMessage(VI)).isEqualTo(
        "emulation:rating (tiêu chí 'solidarity'): mức đánh giá 10,5 nằm ngoài thang [0; 10]");
  }

  @Test
  void aGrowthWithoutBaselineReadsInBothLanguages() {
    ScoringException fault = catchThrowableOfType(ScoringException.class,
        () -> new GrowthFormula().score(input("5", params("maxPoints", 20, "targetGrowth", 10))
            .build()));

    assertThat(fault.getMessage(EN)).isEqualTo(
        "emulation:growth: needs last year's value (a baseline) but the input has none");
    assertThat(fault.getMessage(VI)).isEqualTo(
        "emulation:growth: cần giá trị năm trước (giá trị gốc) nhưng dữ liệu không có");
  }
}
