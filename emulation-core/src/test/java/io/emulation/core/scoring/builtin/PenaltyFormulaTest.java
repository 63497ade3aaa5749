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
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PenaltyFormulaTest {
  private final PenaltyFormula formula = new PenaltyFormula();
  private final FormulaParameters lateReports = params("pointsPer", 5, "maxDeduction", 20);

  private Points score(String count, FormulaParameters parameters) {
    return formula.score(input(count, parameters).direction(Direction.LOWER_IS_BETTER).build());
  }

  @Test
  void penaltyDeductsPointsForEachOccurrence() {
    Points points = score("2", lateReports);

    assertThat(points.value()).isEqualByComparingTo("-10");
    assertThat(points.explanation()).isEqualTo("deducted 2 × 5 points = 10 → -10");
  }

  @Test
  void penaltyDeductsNothingForNoOccurrences() {
    Points points = score("0", lateReports);

    assertThat(points.value()).isEqualByComparingTo("0");
    assertThat(points.explanation()).isEqualTo("deducted 0 × 5 points = 0 → 0");
  }

  @Test
  void penaltyReachesMaxDeductionExactly() {
    assertThat(score("4", lateReports).value()).isEqualByComparingTo("-20");
  }

  @Test
  void penaltyCapsTheDeductionAtMaxDeduction() {
    Points points = score("5", lateReports);

    assertThat(points.value()).isEqualByComparingTo("-20");
    assertThat(points.explanation()).isEqualTo("deducted 5 × 5 points = 25, capped at 20 → -20");
  }

  @Test
  void penaltyIsUnboundedWithoutMaxDeduction() {
    assertThat(score("30", params("pointsPer", 1)).value()).isEqualByComparingTo("-30");
  }

  @Test
  void penaltyRejectsAFractionalCount() {
    assertThatThrownBy(() -> score("1.5", lateReports))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:penalty: value must be a whole number of occurrences >= 0 but was"
            + " 1.5");
  }

  @Test
  void penaltyRejectsAHigherIsBetterCriterion() {
    ScoringInput higher = input("1", lateReports).criterionId("discipline").build();

    assertThatThrownBy(() -> formula.score(higher))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:penalty (criterion 'discipline'): the criterion must be declared"
            + " LOWER_IS_BETTER but is HIGHER_IS_BETTER: each occurrence costs points, so fewer"
            + " are better; use emulation:per-occurrence for occurrences that earn points");
  }

  @Test
  void penaltyAcceptsValidParameters() {
    assertThat(formula.validate(lateReports)).isEmpty();
  }

  @Test
  void penaltyReportsMissingPointsPer() {
    assertThat(problems(formula, params("maxDeduction", 20)))
        .containsExactly("pointsPer: is required: a number > 0");
  }

  @Test
  void penaltyReportsNonPositiveParameters() {
    assertThat(problems(formula, params("pointsPer", -5, "maxDeduction", 0)))
        .containsExactly("pointsPer: must be > 0 but was -5",
            "maxDeduction: must be > 0 but was 0");
  }

  @Test
  void penaltyReportsWrongTypedPointsPer() {
    assertThat(problems(formula, params("pointsPer", "5")))
        .containsExactly("pointsPer: parameter 'pointsPer' must be a number but was '5'");
  }

  @Test
  void penaltyReportsUnknownParameterWithKnownNames() {
    assertThat(problems(formula, params("pointsPer", 5, "maxPoints", 20)))
        .containsExactly("maxPoints: unknown parameter; expected one of: pointsPer, maxDeduction");
  }

  @Test
  void penaltyRangeRunsFromMinusMaxDeductionToZero() {
    assertThat(formula.range(lateReports)).contains(PointsRange.closed(dec("-20"), dec("0")));
  }

  @Test
  void penaltyDeclaresNoRangeWithoutMaxDeduction() {
    assertThat(formula.range(params("pointsPer", 5))).isEmpty();
  }

  @Test
  void penaltyIsMonotoneForValidParameters() {
    assertThat(formula.isMonotone(lateReports)).isTrue();
    assertThat(formula.isMonotone(params("pointsPer", 0))).isFalse();
  }

  @ParameterizedTest
  @MethodSource("io.emulation.core.scoring.builtin.FormulaTesting#seeds")
  void penaltyNeverScoresFewerOccurrencesLowerAndStaysInRange(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 50; round++) {
      BigDecimal pointsPer = FormulaTesting.randomDecimal(random, 500, 2).add(dec("0.01"));
      FormulaParameters parameters = random.nextBoolean()
          ? params("pointsPer", pointsPer)
          : params("pointsPer", pointsPer,
              "maxDeduction", FormulaTesting.randomDecimal(random, 3000, 1).add(dec("0.1")));
      BigDecimal[] counts = FormulaTesting.worseThenBetter(BigDecimal.valueOf(random.nextInt(60)),
          BigDecimal.valueOf(random.nextInt(60)), Direction.LOWER_IS_BETTER);
      ScoringInput worse = ScoringInput.builder(counts[0]).parameters(parameters)
          .direction(Direction.LOWER_IS_BETTER).build();
      ScoringInput better = ScoringInput.builder(counts[1]).parameters(parameters)
          .direction(Direction.LOWER_IS_BETTER).build();
      FormulaTesting.assertMonotoneWithinRange(seed, formula, worse, better);
      assertThat(formula.score(better).value()).as("seed %d: never positive", seed)
          .isLessThanOrEqualTo(BigDecimal.ZERO);
    }
  }
}
