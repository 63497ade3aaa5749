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
import org.junit.jupiter.params.provider.MethodSource;

class LinearFormulaTest {
  private final LinearFormula formula = new LinearFormula();
  private final FormulaParameters plain = params("maxPoints", 50);
  private final FormulaParameters withBonus =
      params("maxPoints", 50, "bonusPerPercent", dec("0.2"), "maxBonus", 5);

  private Points score(String value, String target, FormulaParameters parameters) {
    return formula.score(input(value, parameters).target(dec(target)).build());
  }

  private Points scoreLower(String value, String target, FormulaParameters parameters) {
    return formula.score(input(value, parameters).target(dec(target))
        .direction(Direction.LOWER_IS_BETTER).build());
  }

  @Test
  void linearGivesProportionalPointsBelowTarget() {
    Points points = score("60", "80", plain);

    assertThat(points.value()).isEqualByComparingTo("37.5");
    assertThat(points.explanation()).isEqualTo("60 is 75% of target 80 → 37.5 of 50");
  }

  @Test
  void linearGivesFullPointsExactlyAtTarget() {
    assertThat(score("80", "80", withBonus).value()).isEqualByComparingTo("50");
  }

  @Test
  void linearGivesZeroPointsForZeroValue() {
    assertThat(score("0", "80", plain).value()).isEqualByComparingTo("0");
  }

  @Test
  void linearCapsPointsAtMaxWhenTargetExceeded() {
    Points points = score("100", "80", plain);

    assertThat(points.value()).isEqualByComparingTo("50");
    assertThat(points.explanation()).isEqualTo("100 is 125% of target 80 → 50 (capped at 50)");
  }

  @Test
  void linearAddsBonusPerPercentAboveTarget() {
    Points points = score("90", "80", withBonus);

    assertThat(points.value()).isEqualByComparingTo("52.5");
    assertThat(points.explanation()).isEqualTo(
        "90 is 112.5% of target 80 → 50 (capped at 50) + 2.5 bonus (0.2 per % above 100, max 5)");
  }

  @Test
  void linearCapsBonusAtMaxBonus() {
    assertThat(score("120", "80", withBonus).value()).isEqualByComparingTo("55");
  }

  @Test
  void linearKeepsFullPrecisionAndRoundsOnlyTheExplanation() {
    Points points = score("1", "3", plain);

    assertThat(points.value()).isEqualByComparingTo("16.66666666666666666666666666666667");
    assertThat(points.explanation()).isEqualTo("1 is ≈33.33% of target 3 → ≈16.67 of 50");
  }

  @Test
  void linearInvertsAchievementWhenLowerIsBetter() {
    Points points = scoreLower("4", "5", withBonus);

    assertThat(points.value()).isEqualByComparingTo("55");
    assertThat(points.explanation()).isEqualTo("4 vs target 5 (lower is better): 125% achievement"
        + " → 50 (capped at 50) + 5 bonus (0.2 per % above 100, max 5)");
  }

  @Test
  void linearGivesProportionalPointsWhenLowerIsBetterAndTargetMissed() {
    assertThat(scoreLower("10", "5", withBonus).value()).isEqualByComparingTo("25");
  }

  @Test
  void linearGivesZeroValueFullPointsAndFullBonusWhenLowerIsBetter() {
    Points points = scoreLower("0", "5", withBonus);

    assertThat(points.value()).isEqualByComparingTo("55");
    assertThat(points.explanation()).isEqualTo("0 vs target 5 (lower is better) beats any target"
        + " → 50 + 5 bonus (0.2 per % above 100, max 5)");
  }

  @Test
  void linearGivesZeroValueFullPointsWhenLowerIsBetterWithoutBonus() {
    assertThat(scoreLower("0", "5", plain).value()).isEqualByComparingTo("50");
  }

  @Test
  void linearRejectsMissingTarget() {
    assertThatThrownBy(() -> formula.score(input("5", plain).build()))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:linear: needs a target to measure achievement against but the"
            + " input has none");
  }

  @Test
  void linearRejectsZeroTargetNamingCriterionAndParticipant() {
    ScoringInput zeroTarget = input("5", plain).target(BigDecimal.ZERO)
        .criterionId("output").participantId("team-a").build();

    assertThatThrownBy(() -> formula.score(zeroTarget))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:linear (criterion 'output', participant 'team-a'): target must be"
            + " > 0 but was 0");
  }

  @Test
  void linearRejectsNegativeTarget() {
    assertThatThrownBy(() -> score("5", "-1", plain))
        .hasMessage("emulation:linear: target must be > 0 but was -1");
  }

  @Test
  void linearRejectsNegativeValue() {
    assertThatThrownBy(() -> score("-1", "80", plain))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:linear: value must be >= 0 but was -1");
  }

  @Test
  void linearRejectsInvalidParametersWhenScoring() {
    assertThatThrownBy(() -> score("5", "80", params("maxPoints", 0)))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:linear: invalid parameters: maxPoints: must be > 0 but was 0");
  }

  @Test
  void linearAcceptsValidParameters() {
    assertThat(formula.validate(withBonus)).isEmpty();
    assertThat(formula.validate(plain)).isEmpty();
  }

  @Test
  void linearReportsMissingMaxPoints() {
    assertThat(problems(formula, FormulaParameters.empty()))
        .containsExactly("maxPoints: is required: a number > 0");
  }

  @Test
  void linearReportsNonPositiveMaxPoints() {
    assertThat(problems(formula, params("maxPoints", -5)))
        .containsExactly("maxPoints: must be > 0 but was -5");
  }

  @Test
  void linearReportsWrongTypedMaxPoints() {
    assertThat(problems(formula, params("maxPoints", "fifty")))
        .containsExactly("maxPoints: parameter 'maxPoints' must be a number but was 'fifty'");
  }

  @Test
  void linearReportsNegativeBonusParameters() {
    assertThat(problems(formula, params("maxPoints", 50, "bonusPerPercent", -1, "maxBonus", -2)))
        .containsExactly("bonusPerPercent: must be >= 0 but was -1",
            "maxBonus: must be >= 0 but was -2");
  }

  @Test
  void linearReportsBonusPerPercentWithoutMaxBonus() {
    assertThat(problems(formula, params("maxPoints", 50, "bonusPerPercent", 1)))
        .containsExactly("maxBonus: is required with bonusPerPercent, so that the points have an"
            + " upper bound: a number >= 0");
  }

  @Test
  void linearReportsMaxBonusWithoutBonusPerPercent() {
    assertThat(problems(formula, params("maxPoints", 50, "maxBonus", 5)))
        .containsExactly("maxBonus: applies only together with bonusPerPercent");
  }

  @Test
  void linearReportsUnknownParameterWithKnownNames() {
    assertThat(problems(formula, params("maxPoints", 50, "maxPonts", 5)))
        .containsExactly("maxPonts: unknown parameter; expected one of: maxPoints,"
            + " bonusPerPercent, maxBonus");
  }

  @Test
  void linearReportsEveryProblemAtOnce() {
    assertThat(problems(formula, params("bonus", 1, "bonusPerPercent", "x")))
        .containsExactly(
            "bonus: unknown parameter; expected one of: maxPoints, bonusPerPercent, maxBonus",
            "maxPoints: is required: a number > 0",
            "bonusPerPercent: parameter 'bonusPerPercent' must be a number but was 'x'",
            "maxBonus: is required with bonusPerPercent, so that the points have an upper bound:"
                + " a number >= 0");
  }

  @Test
  void linearRequiresTarget() {
    assertThat(formula.requirements()).containsExactly(InputRequirement.TARGET);
  }

  @Test
  void linearRangeRunsFromZeroToMaxPointsPlusMaxBonus() {
    assertThat(formula.range(withBonus)).contains(PointsRange.closed(dec("0"), dec("55")));
    assertThat(formula.range(plain)).contains(PointsRange.closed(dec("0"), dec("50")));
  }

  @Test
  void linearMakesNoPromisesForInvalidParameters() {
    assertThat(formula.range(FormulaParameters.empty())).isEmpty();
    assertThat(formula.isMonotone(FormulaParameters.empty())).isFalse();
  }

  @ParameterizedTest
  @MethodSource("io.emulation.core.scoring.builtin.FormulaTesting#seeds")
  void linearNeverScoresABetterValueLowerAndStaysInRange(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 50; round++) {
      FormulaParameters parameters = random.nextBoolean()
          ? params("maxPoints", FormulaTesting.randomDecimal(random, 1000, 1).add(BigDecimal.ONE))
          : params("maxPoints", FormulaTesting.randomDecimal(random, 1000, 1).add(BigDecimal.ONE),
              "bonusPerPercent", FormulaTesting.randomDecimal(random, 300, 2),
              "maxBonus", FormulaTesting.randomDecimal(random, 200, 1));
      BigDecimal target = FormulaTesting.randomDecimal(random, 100_000, 2).add(dec("0.01"));
      Direction direction = FormulaTesting.randomDirection(random);
      BigDecimal[] values = FormulaTesting.worseThenBetter(
          random.nextInt(10) == 0 ? BigDecimal.ZERO
              : FormulaTesting.randomDecimal(random, 250_000, 2),
          FormulaTesting.randomDecimal(random, 250_000, 2), direction);
      ScoringInput worse = ScoringInput.builder(values[0]).target(target).direction(direction)
          .parameters(parameters).build();
      ScoringInput better = ScoringInput.builder(values[1]).target(target).direction(direction)
          .parameters(parameters).build();
      FormulaTesting.assertMonotoneWithinRange(seed, formula, worse, better);
    }
  }
}
