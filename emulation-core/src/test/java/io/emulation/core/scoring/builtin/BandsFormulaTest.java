package io.emulation.core.scoring.builtin;

import static io.emulation.core.scoring.builtin.FormulaTesting.band;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BandsFormulaTest {
  private final BandsFormula formula = new BandsFormula();
  /** The domain's table: < 60% → 1, 60–70 → 2, 70–80 → 3, 80–90 → 4, ≥ 90 → 5. */
  private final FormulaParameters percentTable = params("bands",
      List.of(band(60, 2), band(70, 3), band(80, 4), band(90, 5)), "otherwise", 1);
  /** Incidents: none → 5, up to 2 → 3, up to 5 → 1, more → 0. */
  private final FormulaParameters incidentTable = params("basis", "value",
      "bands", List.of(band(0, 5), band(2, 3), band(5, 1)));

  private Points scorePercent(String value, String target) {
    return formula.score(input(value, percentTable).target(dec(target)).build());
  }

  private Points scoreIncidents(String value) {
    return formula.score(input(value, incidentTable).direction(Direction.LOWER_IS_BETTER).build());
  }

  @Test
  void bandsPicksTheHighestBandReachedByPercentOfTarget() {
    Points points = scorePercent("68", "80");

    assertThat(points.value()).isEqualByComparingTo("4");
    assertThat(points.explanation()).isEqualTo("68 is 85% of target 80 → band from 80% → 4 points");
  }

  @Test
  void bandsCountsAValueExactlyAtFromAsReachingTheBand() {
    assertThat(scorePercent("48", "80").value()).isEqualByComparingTo("2");
  }

  @Test
  void bandsGivesTheTopBandAboveTheTarget() {
    assertThat(scorePercent("96", "80").value()).isEqualByComparingTo("5");
  }

  @Test
  void bandsGivesOtherwiseBelowEveryBand() {
    Points points = scorePercent("40", "80");

    assertThat(points.value()).isEqualByComparingTo("1");
    assertThat(points.explanation())
        .isEqualTo("40 is 50% of target 80 → below every band (60%) → otherwise 1 point");
  }

  @Test
  void bandsDefaultsOtherwiseToZero() {
    FormulaParameters noOtherwise = params("bands", List.of(band(60, 2)));

    assertThat(formula.score(input("10", noOtherwise).target(dec("80")).build()).value())
        .isEqualByComparingTo("0");
  }

  @Test
  void bandsComparesTheValueItselfWithValueBasis() {
    FormulaParameters table = params("basis", "value", "bands", List.of(band(5, 1), band(10, 3)));

    Points points = formula.score(input("7", table).build());

    assertThat(points.value()).isEqualByComparingTo("1");
    assertThat(points.explanation()).isEqualTo("value 7 → band from 5 → 1 point");
  }

  @Test
  void bandsAcceptsBandsInAnyOrder() {
    FormulaParameters shuffled = params("bands",
        List.of(band(90, 5), band(60, 2), band(80, 4), band(70, 3)), "otherwise", 1);

    assertThat(formula.score(input("60", shuffled).target(dec("80")).build()).value())
        .isEqualByComparingTo("3");
  }

  @Test
  void bandsPicksTheLowestBandAtOrAboveTheValueWhenLowerIsBetter() {
    Points points = scoreIncidents("1");

    assertThat(points.value()).isEqualByComparingTo("3");
    assertThat(points.explanation()).isEqualTo("value 1 → band up to 2 → 3 points");
  }

  @Test
  void bandsCountsAValueExactlyAtFromAsReachingTheBandWhenLowerIsBetter() {
    assertThat(scoreIncidents("0").value()).isEqualByComparingTo("5");
    assertThat(scoreIncidents("2").value()).isEqualByComparingTo("3");
    assertThat(scoreIncidents("5").value()).isEqualByComparingTo("1");
  }

  @Test
  void bandsGivesOtherwiseAboveEveryBandWhenLowerIsBetter() {
    Points points = scoreIncidents("6");

    assertThat(points.value()).isEqualByComparingTo("0");
    assertThat(points.explanation())
        .isEqualTo("value 6 → above every band (5) → otherwise 0 points");
  }

  @Test
  void bandsRejectsARisingTableOnALowerIsBetterCriterion() {
    ScoringInput lower = input("50", percentTable).target(dec("80"))
        .direction(Direction.LOWER_IS_BETTER).criterionId("output").build();

    assertThatThrownBy(() -> formula.score(lower))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:bands (criterion 'output'): the band points rise as 'from' rises,"
            + " which gives better values fewer points on a criterion declared LOWER_IS_BETTER;"
            + " reverse the points or the criterion's direction");
  }

  @Test
  void bandsRejectsAFallingTableOnAHigherIsBetterCriterion() {
    assertThatThrownBy(() -> formula.score(input("1", incidentTable).build()))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("the band points fall as 'from' rises");
  }

  @Test
  void bandsScoresATableWithEqualPointsInEitherDirection() {
    FormulaParameters flat = params("basis", "value", "bands", List.of(band(1, 2), band(3, 2)));

    assertThat(formula.score(input("2", flat).build()).value()).isEqualByComparingTo("2");
    assertThat(formula.score(input("2", flat).direction(Direction.LOWER_IS_BETTER).build())
        .value()).isEqualByComparingTo("2");
  }

  @Test
  void bandsRejectsAMissingTargetForPercentBasis() {
    assertThatThrownBy(() -> formula.score(input("50", percentTable).build()))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:bands: needs a target for basis percent-of-target (or use basis:"
            + " value) but the input has none");
  }

  @Test
  void bandsRejectsAZeroTargetForPercentBasis() {
    assertThatThrownBy(() -> scorePercent("50", "0"))
        .hasMessage("emulation:bands: target must be > 0 but was 0");
  }

  @Test
  void bandsAcceptsValidParameters() {
    assertThat(formula.validate(percentTable)).isEmpty();
    assertThat(formula.validate(incidentTable)).isEmpty();
  }

  @Test
  void bandsReportsMissingBands() {
    assertThat(problems(formula, FormulaParameters.empty()))
        .containsExactly("bands: is required: a list of groups");
  }

  @Test
  void bandsReportsAnEmptyTable() {
    assertThat(problems(formula, params("bands", List.of())))
        .containsExactly("bands: needs at least one band {from, points}");
  }

  @Test
  void bandsReportsBandsThatAreNotAList() {
    assertThat(problems(formula, params("bands", 5)))
        .containsExactly("bands: parameter 'bands' must be a list but was 5");
  }

  @Test
  void bandsReportsEveryElementThatIsNotAGroup() {
    assertThat(problems(formula, params("bands", List.of(band(60, 2), 7, "x"))))
        .containsExactly("bands[1]: must be a group of named values but was 7",
            "bands[2]: must be a group of named values but was 'x'");
  }

  @Test
  void bandsReportsOnlyTheElementWhenNoElementIsAGroup() {
    assertThat(problems(formula, params("bands", List.of(7))))
        .containsExactly("bands[0]: must be a group of named values but was 7");
  }

  @Test
  void bandsReportsMissingFromAndPointsInABand() {
    assertThat(problems(formula, params("bands", List.of(Map.of()))))
        .containsExactly("bands[0].from: is required: a number",
            "bands[0].points: is required: a number");
  }

  @Test
  void bandsReportsWrongTypedPointsInABand() {
    assertThat(problems(formula, params("bands", List.of(band(60, "five")))))
        .containsExactly("bands[0].points: parameter 'points' must be a number but was 'five'");
  }

  @Test
  void bandsReportsUnknownKeysInABand() {
    assertThat(problems(formula, params("bands", List.of(Map.of("from", 60, "points", 2,
        "to", 70)))))
        .containsExactly("bands[0].to: unknown parameter; expected one of: from, points");
  }

  @Test
  void bandsReportsADuplicateFrom() {
    assertThat(problems(formula, params("bands", List.of(band(60, 2), band(dec("60.0"), 3)))))
        .containsExactly("bands[1].from: duplicates bands[0].from (60); each band needs its own"
            + " 'from'");
  }

  @Test
  void bandsReportsPointsThatGoAgainstTheTableNamingTheBand() {
    FormulaParameters dip = params("bands", List.of(band(80, 3), band(60, 2), band(70, 4)));

    assertThat(problems(formula, dip)).containsExactly("bands[0].points: is 3, less than the 4"
        + " points of bands[2] (from 70), but the points rise up to that band: they must rise"
        + " steadily (higher is better) or fall steadily (lower is better) as 'from' rises");
  }

  @Test
  void bandsReportsOtherwiseAboveTheLowestBand() {
    assertThat(problems(formula, params("bands", List.of(band(60, 2), band(70, 3)),
        "otherwise", 3)))
        .containsExactly("otherwise: must not exceed the points of any band (the lowest is 2),"
            + " or a value outside every band would beat a value inside one, but was 3");
  }

  @Test
  void bandsReportsAnUnknownBasis() {
    assertThat(problems(formula, params("basis", "percent", "bands", List.of(band(60, 2)))))
        .containsExactly("basis: must be one of percent-of-target, value but was 'percent'");
  }

  @Test
  void bandsReportsAWrongTypedBasis() {
    assertThat(problems(formula, params("basis", 5, "bands", List.of(band(60, 2)))))
        .containsExactly("basis: parameter 'basis' must be a text but was 5");
  }

  @Test
  void bandsReportsUnknownParameterWithKnownNames() {
    assertThat(problems(formula, params("band", 1, "bands", List.of(band(60, 2)))))
        .containsExactly("band: unknown parameter; expected one of: basis, bands, otherwise");
  }

  @Test
  void bandsDeclaresNoRequirementsBecauseTheyDependOnTheBasis() {
    assertThat(formula.requirements()).isEmpty();
  }

  @Test
  void bandsRangeSpansOtherwiseAndEveryBandsPoints() {
    assertThat(formula.range(percentTable)).contains(PointsRange.closed(dec("1"), dec("5")));
    assertThat(formula.range(incidentTable)).contains(PointsRange.closed(dec("0"), dec("5")));
  }

  @Test
  void bandsRangeCoversNegativePoints() {
    FormulaParameters deductions = params("basis", "value", "otherwise", -10,
        "bands", List.of(band(0, -1), band(3, -5)));

    assertThat(formula.range(deductions)).contains(PointsRange.closed(dec("-10"), dec("-1")));
  }

  @Test
  void bandsMakesNoPromisesForInvalidParameters() {
    FormulaParameters dip = params("bands", List.of(band(60, 2), band(70, 4), band(80, 3)));

    assertThat(formula.range(dip)).isEmpty();
    assertThat(formula.isMonotone(dip)).isFalse();
    assertThat(formula.isMonotone(percentTable)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("io.emulation.core.scoring.builtin.FormulaTesting#seeds")
  void bandsNeverScoresABetterValueLowerAndStaysInRange(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 50; round++) {
      Direction direction = FormulaTesting.randomDirection(random);
      TreeSet<Integer> froms = new TreeSet<>();
      int size = random.nextInt(1, 7);
      while (froms.size() < size) {
        froms.add(random.nextInt(0, 150));
      }
      // Points rise with 'from' for higher-is-better tables and fall for lower-is-better ones.
      List<Integer> ordered = new ArrayList<>(direction == Direction.HIGHER_IS_BETTER
          ? froms : froms.descendingSet());
      List<Map<String, Object>> bands = new ArrayList<>();
      int points = random.nextInt(-5, 5);
      int lowest = points;
      for (int from : ordered) {
        bands.add(band(from, points));
        points += random.nextInt(0, 4);
      }
      FormulaParameters parameters = params(
          "basis", random.nextBoolean() ? "value" : "percent-of-target",
          "bands", bands, "otherwise", lowest - random.nextInt(0, 3));
      BigDecimal target = FormulaTesting.randomDecimal(random, 20_000, 2).add(BigDecimal.ONE);
      BigDecimal[] values = FormulaTesting.worseThenBetter(
          FormulaTesting.randomDecimal(random, 40_000, 2).subtract(dec("20")),
          FormulaTesting.randomDecimal(random, 40_000, 2).subtract(dec("20")), direction);
      ScoringInput worse = ScoringInput.builder(values[0]).target(target).direction(direction)
          .parameters(parameters).build();
      ScoringInput better = ScoringInput.builder(values[1]).target(target).direction(direction)
          .parameters(parameters).build();
      FormulaTesting.assertMonotoneWithinRange(seed, formula, worse, better);
    }
  }
}
