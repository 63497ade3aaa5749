package io.emulation.core.scoring.builtin;

import static io.emulation.core.scoring.builtin.FormulaTesting.dec;
import static io.emulation.core.scoring.builtin.FormulaTesting.input;
import static io.emulation.core.scoring.builtin.FormulaTesting.params;
import static io.emulation.core.scoring.builtin.FormulaTesting.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.InputRequirement;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringInput;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GrowthFormulaTest {
  private final GrowthFormula formula = new GrowthFormula();
  private final FormulaParameters tenPercent = params("maxPoints", 20, "targetGrowth", 10);

  private Points score(String value, String baseline) {
    return formula.score(input(value, tenPercent).baseline(dec(baseline)).build());
  }

  private Points scoreLower(String value, String baseline) {
    return formula.score(input(value, tenPercent).baseline(dec(baseline))
        .direction(Direction.LOWER_IS_BETTER).build());
  }

  @Test
  void growthGivesFullPointsExactlyAtTargetGrowth() {
    Points points = score("110", "100");

    assertThat(points.value()).isEqualByComparingTo("20");
    assertThat(points.explanation())
        .isEqualTo("110 vs 100 a year earlier: +10% growth, target +10% → 20 of 20");
  }

  @Test
  void growthGivesProportionalPointsBelowTargetGrowth() {
    assertThat(score("105", "100").value()).isEqualByComparingTo("10");
  }

  @Test
  void growthCapsPointsAboveTargetGrowth() {
    Points points = score("120", "100");

    assertThat(points.value()).isEqualByComparingTo("20");
    assertThat(points.explanation())
        .isEqualTo("120 vs 100 a year earlier: +20% growth, target +10% → 20 of 20 (capped)");
  }

  @Test
  void growthGivesZeroWithoutGrowth() {
    assertThat(score("100", "100").value()).isEqualByComparingTo("0");
  }

  @Test
  void growthGivesZeroForADecline() {
    Points points = score("95", "100");

    assertThat(points.value()).isEqualByComparingTo("0");
    assertThat(points.explanation())
        .isEqualTo("95 vs 100 a year earlier: -5% growth, target +10% → 0 of 20");
  }

  @Test
  void growthCountsADecreaseAsImprovementWhenLowerIsBetter() {
    Points points = scoreLower("9.5", "10");

    assertThat(points.value()).isEqualByComparingTo("10");
    assertThat(points.explanation()).isEqualTo(
        "9.5 vs 10 a year earlier (lower is better): +5% improvement, target +10% → 10 of 20");
  }

  @Test
  void growthGivesZeroForAnIncreaseWhenLowerIsBetter() {
    assertThat(scoreLower("12", "10").value()).isEqualByComparingTo("0");
  }

  @ParameterizedTest
  @CsvSource({"-45, -50, 20", "-47.5, -50, 10", "-55, -50, 0", "50, -50, 20"})
  void growthMeasuresGrowthFromANegativeBaselineAgainstItsSize(String value, String baseline,
      String expected) {
    assertThat(score(value, baseline).value()).isEqualByComparingTo(expected);
  }

  @Test
  void growthRejectsAZeroBaseline() {
    ScoringInput fromNothing = input("5", tenPercent).baseline(dec("0.00"))
        .criterionId("revenue").build();

    assertThatThrownBy(() -> formula.score(fromNothing))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:growth (criterion 'revenue'): baseline is 0, so growth relative to"
            + " it is undefined; use another formula or baseline for this criterion");
  }

  @Test
  void growthRejectsAMissingBaseline() {
    assertThatThrownBy(() -> formula.score(input("5", tenPercent).build()))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:growth: needs last year's value (a baseline) but the input has"
            + " none");
  }

  @Test
  void growthAcceptsValidParameters() {
    assertThat(formula.validate(tenPercent)).isEmpty();
  }

  @Test
  void growthReportsMissingParameters() {
    assertThat(problems(formula, FormulaParameters.empty()))
        .containsExactly("maxPoints: is required: a number > 0",
            "targetGrowth: is required: a number > 0");
  }

  @Test
  void growthReportsNonPositiveTargetGrowth() {
    assertThat(problems(formula, params("maxPoints", 20, "targetGrowth", -10)))
        .containsExactly("targetGrowth: must be > 0 but was -10");
  }

  @Test
  void growthReportsUnknownParameterWithKnownNames() {
    assertThat(problems(formula, params("maxPoints", 20, "targetGrowth", 10, "target", 10)))
        .containsExactly("target: unknown parameter; expected one of: maxPoints, targetGrowth");
  }

  @Test
  void growthRequiresABaseline() {
    assertThat(formula.requirements()).containsExactly(InputRequirement.BASELINE);
  }

  @Test
  void growthRangeRunsFromZeroToMaxPoints() {
    assertThat(formula.range(tenPercent)).contains(PointsRange.closed(dec("0"), dec("20")));
    assertThat(formula.range(params("maxPoints", 20))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("io.emulation.core.scoring.builtin.FormulaTesting#seeds")
  void growthNeverScoresABetterValueLowerAndStaysInRange(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 50; round++) {
      FormulaParameters parameters = params(
          "maxPoints", FormulaTesting.randomDecimal(random, 1000, 1).add(dec("0.1")),
          "targetGrowth", FormulaTesting.randomDecimal(random, 5000, 2).add(dec("0.01")));
      BigDecimal baseline = FormulaTesting.randomDecimal(random, 20_000, 2).add(dec("0.01"));
      if (random.nextInt(4) == 0) {
        baseline = baseline.negate();
      }
      Direction direction = FormulaTesting.randomDirection(random);
      BigDecimal[] values = FormulaTesting.worseThenBetter(
          FormulaTesting.randomDecimal(random, 60_000, 2).subtract(dec("300")),
          FormulaTesting.randomDecimal(random, 60_000, 2).subtract(dec("300")), direction);
      ScoringInput worse = ScoringInput.builder(values[0]).baseline(baseline)
          .direction(direction).parameters(parameters).build();
      ScoringInput better = ScoringInput.builder(values[1]).baseline(baseline)
          .direction(direction).parameters(parameters).build();
      FormulaTesting.assertMonotoneWithinRange(seed, formula, worse, better);
    }
  }
}
