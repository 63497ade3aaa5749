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

class PerOccurrenceFormulaTest {
  private final PerOccurrenceFormula formula = new PerOccurrenceFormula();
  private final FormulaParameters initiatives = params("pointsPer", 2, "maxPoints", 10);

  private Points score(String count, FormulaParameters parameters) {
    return formula.score(input(count, parameters).build());
  }

  @Test
  void perOccurrenceGivesPointsForEachOccurrence() {
    Points points = score("3", initiatives);

    assertThat(points.value()).isEqualByComparingTo("6");
    assertThat(points.explanation()).isEqualTo("3 × 2 points = 6");
  }

  @Test
  void perOccurrenceGivesZeroForNoOccurrences() {
    assertThat(score("0", initiatives).value()).isEqualByComparingTo("0");
  }

  @Test
  void perOccurrenceReachesTheCapExactly() {
    assertThat(score("5", initiatives).value()).isEqualByComparingTo("10");
  }

  @Test
  void perOccurrenceCapsPointsAtMaxPoints() {
    Points points = score("7", initiatives);

    assertThat(points.value()).isEqualByComparingTo("10");
    assertThat(points.explanation()).isEqualTo("7 × 2 points = 14, capped at 10");
  }

  @Test
  void perOccurrenceIsUnboundedWithoutMaxPoints() {
    assertThat(score("100", params("pointsPer", dec("0.5"))).value()).isEqualByComparingTo("50");
  }

  @Test
  void perOccurrenceAcceptsAWholeCountWrittenWithDecimals() {
    assertThat(score("3.00", initiatives).value()).isEqualByComparingTo("6");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "2.5", "0.1"})
  void perOccurrenceRejectsACountThatIsNotAWholeNumberOfOccurrences(String count) {
    assertThatThrownBy(() -> score(count, initiatives))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:per-occurrence: value must be a whole number of occurrences >= 0"
            + " but was " + count);
  }

  @Test
  void perOccurrenceRejectsALowerIsBetterCriterion() {
    ScoringInput lower = input("1", initiatives).direction(Direction.LOWER_IS_BETTER)
        .participantId("ann").build();

    assertThatThrownBy(() -> formula.score(lower))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:per-occurrence (participant 'ann'): the criterion must be declared"
            + " HIGHER_IS_BETTER but is LOWER_IS_BETTER: each occurrence earns points; use"
            + " emulation:penalty for occurrences that cost points");
  }

  @Test
  void perOccurrenceAcceptsValidParameters() {
    assertThat(formula.validate(initiatives)).isEmpty();
    assertThat(formula.validate(params("pointsPer", 1))).isEmpty();
  }

  @Test
  void perOccurrenceReportsMissingPointsPer() {
    assertThat(problems(formula, FormulaParameters.empty()))
        .containsExactly("pointsPer: is required: a number > 0");
  }

  @Test
  void perOccurrenceReportsNonPositiveParameters() {
    assertThat(problems(formula, params("pointsPer", 0, "maxPoints", -10)))
        .containsExactly("pointsPer: must be > 0 but was 0", "maxPoints: must be > 0 but was -10");
  }

  @Test
  void perOccurrenceReportsWrongTypedMaxPoints() {
    assertThat(problems(formula, params("pointsPer", 2, "maxPoints", true)))
        .containsExactly("maxPoints: parameter 'maxPoints' must be a number but was true");
  }

  @Test
  void perOccurrenceReportsUnknownParameterWithKnownNames() {
    assertThat(problems(formula, params("pointsPer", 2, "maxDeduction", 10)))
        .containsExactly("maxDeduction: unknown parameter; expected one of: pointsPer, maxPoints");
  }

  @Test
  void perOccurrenceRangeRunsFromZeroToMaxPoints() {
    assertThat(formula.range(initiatives)).contains(PointsRange.closed(dec("0"), dec("10")));
  }

  @Test
  void perOccurrenceDeclaresNoRangeWithoutMaxPoints() {
    assertThat(formula.range(params("pointsPer", 2))).isEmpty();
    assertThat(formula.isMonotone(params("pointsPer", 2))).isTrue();
  }

  @Test
  void perOccurrenceDeclaresNoRequirements() {
    assertThat(formula.requirements()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("io.emulation.core.scoring.builtin.FormulaTesting#seeds")
  void perOccurrenceNeverScoresMoreOccurrencesLowerAndStaysInRange(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 50; round++) {
      BigDecimal pointsPer = FormulaTesting.randomDecimal(random, 500, 2).add(dec("0.01"));
      FormulaParameters parameters = random.nextBoolean()
          ? params("pointsPer", pointsPer)
          : params("pointsPer", pointsPer,
              "maxPoints", FormulaTesting.randomDecimal(random, 3000, 1).add(dec("0.1")));
      BigDecimal[] counts = FormulaTesting.worseThenBetter(BigDecimal.valueOf(random.nextInt(60)),
          BigDecimal.valueOf(random.nextInt(60)), Direction.HIGHER_IS_BETTER);
      ScoringInput worse = ScoringInput.builder(counts[0]).parameters(parameters).build();
      ScoringInput better = ScoringInput.builder(counts[1]).parameters(parameters).build();
      FormulaTesting.assertMonotoneWithinRange(seed, formula, worse, better);
      assertThat(formula.score(worse).value()).as("seed %d: never negative", seed)
          .isGreaterThanOrEqualTo(BigDecimal.ZERO);
    }
  }
}
