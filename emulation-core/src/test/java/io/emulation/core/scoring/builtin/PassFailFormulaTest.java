package io.emulation.core.scoring.builtin;

import static io.emulation.core.scoring.builtin.FormulaTesting.dec;
import static io.emulation.core.scoring.builtin.FormulaTesting.input;
import static io.emulation.core.scoring.builtin.FormulaTesting.params;
import static io.emulation.core.scoring.builtin.FormulaTesting.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.Verdict;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PassFailFormulaTest {
  private final PassFailFormula formula = new PassFailFormula();
  private final FormulaParameters attendance =
      params("threshold", 95, "passPoints", 10, "failPoints", 2);
  /** "Absolute safety": no serious incident at all. */
  private final FormulaParameters absoluteSafety = params("threshold", 0);

  private Points score(String value, FormulaParameters parameters) {
    return formula.score(input(value, parameters).build());
  }

  private Points scoreIncidents(String value) {
    return formula.score(input(value, absoluteSafety).direction(Direction.LOWER_IS_BETTER).build());
  }

  @Test
  void passFailPassesAboveTheThresholdWithPassPoints() {
    Points points = score("97.5", attendance);

    assertThat(points.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(points.value()).isEqualByComparingTo("10");
    assertThat(points.explanation())
        .isEqualTo("97.5 > threshold 95 (at least 95 required) → passed, 10 points");
  }

  @Test
  void passFailPassesExactlyAtTheThreshold() {
    Points points = score("95", attendance);

    assertThat(points.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(points.explanation())
        .isEqualTo("95 = threshold 95 (at least 95 required) → passed, 10 points");
  }

  @Test
  void passFailFailsBelowTheThresholdWithFailPoints() {
    Points points = score("94.9", attendance);

    assertThat(points.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(points.value()).isEqualByComparingTo("2");
    assertThat(points.explanation())
        .isEqualTo("94.9 < threshold 95 (at least 95 required) → failed, 2 points");
  }

  @Test
  void passFailDefaultsBothPointsToZero() {
    assertThat(scoreIncidents("0").value()).isEqualByComparingTo("0");
    assertThat(scoreIncidents("1").value()).isEqualByComparingTo("0");
  }

  @Test
  void passFailPassesAbsoluteSafetyWithNoIncidents() {
    Points points = scoreIncidents("0");

    assertThat(points.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(points.explanation())
        .isEqualTo("0 = threshold 0 (at most 0 allowed) → passed, 0 points");
  }

  @Test
  void passFailFailsAbsoluteSafetyWithOneIncident() {
    Points points = scoreIncidents("1");

    assertThat(points.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(points.explanation())
        .isEqualTo("1 > threshold 0 (at most 0 allowed) → failed, 0 points");
  }

  @Test
  void passFailRejectsInvalidParametersWhenScoring() {
    assertThatThrownBy(() -> score("1", FormulaParameters.empty()))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:pass-fail: invalid parameters: threshold: is required: a number");
  }

  @Test
  void passFailAcceptsValidParameters() {
    assertThat(formula.validate(attendance)).isEmpty();
    assertThat(formula.validate(absoluteSafety)).isEmpty();
    assertThat(formula.validate(params("threshold", 1, "passPoints", 3, "failPoints", 3)))
        .isEmpty();
  }

  @Test
  void passFailReportsMissingThreshold() {
    assertThat(problems(formula, params("passPoints", 1)))
        .containsExactly("threshold: is required: a number");
  }

  @Test
  void passFailReportsWrongTypedPoints() {
    assertThat(problems(formula, params("threshold", 0, "passPoints", "ten", "failPoints", false)))
        .containsExactly("passPoints: parameter 'passPoints' must be a number but was 'ten'",
            "failPoints: parameter 'failPoints' must be a number but was false");
  }

  @Test
  void passFailReportsFailPointsAbovePassPoints() {
    assertThat(problems(formula, params("threshold", 0, "passPoints", 1, "failPoints", 2)))
        .containsExactly("failPoints: must not exceed passPoints (1) but was 2");
  }

  @Test
  void passFailReportsFailPointsAboveTheDefaultPassPoints() {
    assertThat(problems(formula, params("threshold", 0, "failPoints", 5)))
        .containsExactly("failPoints: must not exceed passPoints (0) but was 5");
  }

  @Test
  void passFailReportsUnknownParameterWithKnownNames() {
    assertThat(problems(formula, params("threshold", 0, "veto", true)))
        .containsExactly("veto: unknown parameter; expected one of: threshold, passPoints,"
            + " failPoints");
  }

  @Test
  void passFailRangeRunsFromFailPointsToPassPoints() {
    assertThat(formula.range(attendance)).contains(PointsRange.closed(dec("2"), dec("10")));
    assertThat(formula.range(absoluteSafety)).contains(PointsRange.closed(dec("0"), dec("0")));
  }

  @Test
  void passFailMakesNoPromisesForInvalidParameters() {
    assertThat(formula.range(params("threshold", 0, "failPoints", 5))).isEmpty();
    assertThat(formula.isMonotone(params("threshold", 0, "failPoints", 5))).isFalse();
  }

  @ParameterizedTest
  @MethodSource("io.emulation.core.scoring.builtin.FormulaTesting#seeds")
  void passFailNeverScoresABetterValueLowerAndStaysInRange(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 50; round++) {
      BigDecimal failPoints = FormulaTesting.randomDecimal(random, 200, 1).subtract(dec("10"));
      BigDecimal passPoints = failPoints.add(FormulaTesting.randomDecimal(random, 200, 1));
      FormulaParameters parameters = params("threshold", BigDecimal.valueOf(random.nextInt(-5, 6)),
          "passPoints", passPoints, "failPoints", failPoints);
      Direction direction = FormulaTesting.randomDirection(random);
      BigDecimal[] values = FormulaTesting.worseThenBetter(
          BigDecimal.valueOf(random.nextInt(-8, 9)), BigDecimal.valueOf(random.nextInt(-8, 9)),
          direction);
      ScoringInput worse = ScoringInput.builder(values[0]).direction(direction)
          .parameters(parameters).build();
      ScoringInput better = ScoringInput.builder(values[1]).direction(direction)
          .parameters(parameters).build();
      FormulaTesting.assertMonotoneWithinRange(seed, formula, worse, better);
      assertThat(formula.score(better).verdict().compareTo(formula.score(worse).verdict()))
          .as("seed %d: a better value never turns a pass into a fail", seed)
          .isLessThanOrEqualTo(0);
    }
  }
}
