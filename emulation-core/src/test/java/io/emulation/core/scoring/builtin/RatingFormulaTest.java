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
import org.junit.jupiter.params.provider.ValueSource;

class RatingFormulaTest {
  private final RatingFormula formula = new RatingFormula();
  private final FormulaParameters halfSteps = params("min", 0, "max", 10, "step", dec("0.5"));

  private Points score(String value, FormulaParameters parameters) {
    return formula.score(input(value, parameters).build());
  }

  @Test
  void ratingGivesTheRatingAsPoints() {
    Points points = score("7.5", halfSteps);

    assertThat(points.value()).isEqualByComparingTo("7.5");
    assertThat(points.explanation()).isEqualTo("rated 7.5 on the scale [0, 10]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "10"})
  void ratingAcceptsBothBounds(String bound) {
    assertThat(score(bound, halfSteps).value()).isEqualByComparingTo(bound);
  }

  @Test
  void ratingAcceptsAnyValueWithinBoundsWithoutStep() {
    assertThat(score("3.14159", params("min", 0, "max", 10)).value())
        .isEqualByComparingTo("3.14159");
  }

  @Test
  void ratingCountsStepsFromMin() {
    FormulaParameters oddScale = params("min", 1, "max", 7, "step", 2);

    assertThat(score("5", oddScale).value()).isEqualByComparingTo("5");
    assertThatThrownBy(() -> score("4", oddScale)).isInstanceOf(ScoringException.class);
  }

  @Test
  void ratingRejectsAValueAboveMaxNamingValueAndBounds() {
    ScoringInput tooHigh = input("10.5", halfSteps).criterionId("solidarity").build();

    assertThatThrownBy(() -> formula.score(tooHigh))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:rating (criterion 'solidarity'): rating 10.5 is outside the scale"
            + " [0, 10]");
  }

  @Test
  void ratingRejectsAValueBelowMin() {
    assertThatThrownBy(() -> score("-0.5", halfSteps))
        .hasMessage("emulation:rating: rating -0.5 is outside the scale [0, 10]");
  }

  @Test
  void ratingRejectsAValueOffTheStep() {
    assertThatThrownBy(() -> score("7.25", halfSteps))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:rating: rating 7.25 is not on the scale [0, 10] in steps of 0.5");
  }

  @Test
  void ratingRejectsALowerIsBetterCriterion() {
    ScoringInput lower = input("5", halfSteps).direction(Direction.LOWER_IS_BETTER).build();

    assertThatThrownBy(() -> formula.score(lower))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:rating: the criterion must be declared HIGHER_IS_BETTER but is"
            + " LOWER_IS_BETTER: a rating's points are the rating itself, so a higher rating must"
            + " be better");
  }

  @Test
  void ratingAcceptsValidParameters() {
    assertThat(formula.validate(halfSteps)).isEmpty();
    assertThat(formula.validate(params("min", -5, "max", 5))).isEmpty();
  }

  @Test
  void ratingReportsMissingBounds() {
    assertThat(problems(formula, FormulaParameters.empty()))
        .containsExactly("min: is required: a number", "max: is required: a number");
  }

  @Test
  void ratingReportsMaxNotAboveMin() {
    assertThat(problems(formula, params("min", 10, "max", 10)))
        .containsExactly("max: must be greater than min (10) but was 10");
  }

  @Test
  void ratingReportsANonPositiveStep() {
    assertThat(problems(formula, params("min", 0, "max", 10, "step", 0)))
        .containsExactly("step: must be > 0 but was 0");
  }

  @Test
  void ratingReportsAStepThatDoesNotReachMax() {
    assertThat(problems(formula, params("min", 0, "max", 10, "step", 3)))
        .containsExactly("step: must divide max − min (10) into whole steps, so that max can be"
            + " given, but was 3");
  }

  @Test
  void ratingReportsWrongTypedBoundsAndUnknownNames() {
    assertThat(problems(formula, params("min", "low", "max", 10, "scale", 5)))
        .containsExactly("scale: unknown parameter; expected one of: min, max, step",
            "min: parameter 'min' must be a number but was 'low'");
  }

  @Test
  void ratingRangeIsTheScale() {
    assertThat(formula.range(halfSteps)).contains(PointsRange.closed(dec("0"), dec("10")));
  }

  @Test
  void ratingMakesNoPromisesForInvalidParameters() {
    assertThat(formula.range(params("min", 10, "max", 0))).isEmpty();
    assertThat(formula.isMonotone(params("min", 10, "max", 0))).isFalse();
    assertThat(formula.isMonotone(halfSteps)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("io.emulation.core.scoring.builtin.FormulaTesting#seeds")
  void ratingNeverScoresAHigherRatingLowerAndStaysInRange(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 50; round++) {
      BigDecimal min = BigDecimal.valueOf(random.nextInt(-20, 20));
      BigDecimal step = FormulaTesting.randomDecimal(random, 300, 2).add(dec("0.01"));
      int steps = random.nextInt(1, 30);
      FormulaParameters parameters = random.nextBoolean()
          ? params("min", min, "max", min.add(step.multiply(BigDecimal.valueOf(steps))))
          : params("min", min, "max", min.add(step.multiply(BigDecimal.valueOf(steps))),
              "step", step);
      BigDecimal[] values = FormulaTesting.worseThenBetter(
          min.add(step.multiply(BigDecimal.valueOf(random.nextInt(steps + 1)))),
          min.add(step.multiply(BigDecimal.valueOf(random.nextInt(steps + 1)))),
          Direction.HIGHER_IS_BETTER);
      ScoringInput worse = ScoringInput.builder(values[0]).parameters(parameters).build();
      ScoringInput better = ScoringInput.builder(values[1]).parameters(parameters).build();
      FormulaTesting.assertMonotoneWithinRange(seed, formula, worse, better);
    }
  }
}
