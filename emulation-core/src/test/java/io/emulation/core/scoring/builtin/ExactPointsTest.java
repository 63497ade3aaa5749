package io.emulation.core.scoring.builtin;

import static io.emulation.core.scoring.builtin.FormulaTesting.band;
import static io.emulation.core.scoring.builtin.FormulaTesting.dec;
import static io.emulation.core.scoring.builtin.FormulaTesting.params;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.campaign.DecimalPolicy;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.PeerValues;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExactPointsTest {
  private static final Direction HIGHER = Direction.HIGHER_IS_BETTER;
  private static final Direction LOWER = Direction.LOWER_IS_BETTER;
  private static final DecimalPolicy TWO_HALF_UP = DecimalPolicy.of(2, RoundingMode.HALF_UP);

  private static ExactPoints kernel(ScoringFormula formula, FormulaParameters parameters,
      Direction direction, DecimalPolicy decimals) {
    return ExactPoints.of(formula, parameters, direction, decimals.scale(), decimals.rounding())
        .orElseThrow();
  }

  private static Optional<ExactPoints> kernelOf(ScoringFormula formula,
      FormulaParameters parameters, Direction direction) {
    return ExactPoints.of(formula, parameters, direction, TWO_HALF_UP.scale(),
        TWO_HALF_UP.rounding());
  }

  private static long points(ExactPoints kernel, String value) {
    return kernel.points(dec(value), Optional.empty(), Optional.empty(), PeerValues.none());
  }

  private static long linear(FormulaParameters parameters, Direction direction,
      DecimalPolicy decimals, String value, String target) {
    return kernel(new LinearFormula(), parameters, direction, decimals)
        .points(dec(value), Optional.of(dec(target)), Optional.empty(), PeerValues.none());
  }

  private static long growth(FormulaParameters parameters, Direction direction,
      DecimalPolicy decimals, String value, String baseline) {
    return kernel(new GrowthFormula(), parameters, direction, decimals)
        .points(dec(value), Optional.empty(), Optional.of(dec(baseline)), PeerValues.none());
  }

  private static long percentile(Direction direction, DecimalPolicy decimals, String value,
      String... peers) {
    return kernel(new PercentileFormula(), params("maxPoints", 10), direction, decimals)
        .points(dec(value), Optional.empty(), Optional.empty(),
            PeerValues.of(Stream.of(peers).map(BigDecimal::new).toList()));
  }

  @Test
  void aFormulaOfAPluginHasNoKernel() {
    ScoringFormula plugin = new ScoringFormula() {
      @Override
      public String id() {
        return "acme:flat";
      }

      @Override
      public String spiVersion() {
        return "1.0";
      }

      @Override
      public Points score(ScoringInput input) {
        return Points.of(BigDecimal.ONE, "flat");
      }
    };

    assertThat(kernelOf(plugin, params(), HIGHER)).isEmpty();
  }

  @Test
  void invalidParametersHaveNoKernel() {
    assertThat(kernelOf(new LinearFormula(), params("maxPoints", -1), HIGHER))
        .isEmpty();
  }

  @Test
  void parametersBeyondALongHaveNoKernel() {
    assertThat(kernelOf(new PercentileFormula(),
        params("maxPoints", dec("1234567890123456789")), HIGHER)).isEmpty();
  }

  @Test
  void passFailHasNoKernel() {
    assertThat(kernelOf(new PassFailFormula(), params("threshold", 1), HIGHER)).isEmpty();
  }

  @Test
  void bandsHaveNoKernelForATableThatFallsWhereHigherIsBetter() {
    assertThat(kernelOf(new BandsFormula(), params("bands", List.of(band(0, 2), band(10, 1))),
        HIGHER)).isEmpty();
  }

  @Test
  void bandsGiveTheBestBandsPointsOrOtherwise() {
    FormulaParameters rising = params("bands", List.of(band(60, 1), band(80, dec("2.5"))),
        "otherwise", dec("0.5"));
    ExactPoints higher = kernel(new BandsFormula(), rising, HIGHER, TWO_HALF_UP);

    assertThat(higher.points(dec("80"), Optional.of(dec("100")), Optional.empty(),
        PeerValues.none())).isEqualTo(250);
    assertThat(higher.points(dec("79.99"), Optional.of(dec("100")), Optional.empty(),
        PeerValues.none())).isEqualTo(100);
    assertThat(higher.points(dec("5"), Optional.of(dec("10")), Optional.empty(),
        PeerValues.none())).isEqualTo(50);
    assertThat(higher.points(dec("5"), Optional.empty(), Optional.empty(), PeerValues.none()))
        .isEqualTo(ExactPoints.NONE);
  }

  @Test
  void bandsWhereLowerIsBetterTakeTheLowestBandAtOrAboveTheValue() {
    FormulaParameters falling = params("basis", "value", "bands",
        List.of(band(2, 3), band(5, 1)));
    ExactPoints lower = kernel(new BandsFormula(), falling, LOWER, TWO_HALF_UP);

    assertThat(points(lower, "2")).isEqualTo(300);
    assertThat(points(lower, "3")).isEqualTo(100);
    assertThat(points(lower, "6")).isZero();
  }

  @Test
  void bandsLeaveAPercentageWithinItsRoundingOfABandToTheFormula() {
    // 100 × 1 / 3 is 33.33…, which 34 digits round up to the band's 33.33…34
    FormulaParameters table = params("bands",
        List.of(band(dec("33.33333333333334"), 1)));
    ExactPoints kernel = kernel(new BandsFormula(), table, HIGHER, TWO_HALF_UP);

    assertThat(kernel.points(dec("1"), Optional.of(dec("3")), Optional.empty(),
        PeerValues.none())).isZero();
  }

  @Test
  void theNeverKernelAnswersNone() {
    assertThat(points(ExactPoints.NEVER, "1")).isEqualTo(ExactPoints.NONE);
  }

  @ParameterizedTest(name = "{0}: -2.5 -> {1}, 2.5 -> {2}, 3.5 -> {3}")
  @CsvSource({
      "UP, -3, 3, 4",
      "DOWN, -2, 2, 3",
      "CEILING, -2, 3, 4",
      "FLOOR, -3, 2, 3",
      "HALF_UP, -3, 3, 4",
      "HALF_DOWN, -2, 2, 3",
      "HALF_EVEN, -2, 2, 4"})
  void eachRoundingModeRoundsAsBigDecimalDoes(RoundingMode mode, long minusTwoAndAHalf,
      long twoAndAHalf, long threeAndAHalf) {
    DecimalPolicy whole = DecimalPolicy.of(0, mode);
    ExactPoints penalty =
        kernel(new PenaltyFormula(), params("pointsPer", dec("2.5")), LOWER, whole);
    ExactPoints perOccurrence =
        kernel(new PerOccurrenceFormula(), params("pointsPer", dec("0.5")), HIGHER, whole);

    assertThat(points(penalty, "1")).isEqualTo(minusTwoAndAHalf);
    assertThat(points(perOccurrence, "5")).isEqualTo(twoAndAHalf);
    assertThat(points(perOccurrence, "7")).isEqualTo(threeAndAHalf);
  }

  @Test
  void aRoundingModeAwayFromTheNumbersSideLeavesItsQuotient() {
    DecimalPolicy ceiling = DecimalPolicy.of(0, RoundingMode.CEILING);
    DecimalPolicy floor = DecimalPolicy.of(0, RoundingMode.FLOOR);

    // one worse of three others: 3.33…
    assertThat(percentile(HIGHER, ceiling, "2", "1", "2", "3", "4")).isEqualTo(4);
    assertThat(percentile(HIGHER, floor, "2", "1", "2", "3", "4")).isEqualTo(3);
    assertThat(points(kernel(new PenaltyFormula(), params("pointsPer", dec("0.4")), LOWER,
        ceiling), "1")).isZero();
    assertThat(points(kernel(new PenaltyFormula(), params("pointsPer", dec("0.4")), LOWER,
        floor), "1")).isEqualTo(-1);
  }

  @Test
  void aQuotientOnAHalfIsRoundedExactly() {
    // 10 × 1 / 4 = 2.5: the quotient itself, exact in 34 digits
    assertThat(percentile(HIGHER, DecimalPolicy.of(0, RoundingMode.HALF_DOWN), "2", "1", "2",
        "3", "4", "5")).isEqualTo(2);
    assertThat(percentile(HIGHER, DecimalPolicy.of(0, RoundingMode.HALF_UP), "2", "1", "2",
        "3", "4", "5")).isEqualTo(3);
  }

  @Test
  void percentileScoresAlonePeersAndTiesAndTheOtherDirection() {
    assertThat(percentile(HIGHER, TWO_HALF_UP, "7", "7")).isEqualTo(1000);
    // one worse, one tied of three others: 10 × 1.5 / 3
    assertThat(percentile(HIGHER, TWO_HALF_UP, "5", "4", "5", "5", "6")).isEqualTo(500);
    // lower is better: two worse of three
    assertThat(percentile(LOWER, TWO_HALF_UP, "5", "4", "5", "6", "7")).isEqualTo(667);
  }

  @Test
  void percentileLeavesAValueNotAmongItsPeersToTheFormula() {
    assertThat(percentile(HIGHER, TWO_HALF_UP, "9", "4", "5")).isEqualTo(ExactPoints.NONE);
  }

  @Test
  void growthLeavesASumOfRoundedQuotientsOnARoundingPointToTheFormula() {
    // 3 × (33.33…% / 100%) is 0.999…9 in 34 digits, 1 exactly: rounding down, the formula
    // gives 0, the exact number 1
    FormulaParameters parameters = params("maxPoints", 3, "targetGrowth", 100);
    DecimalPolicy down = DecimalPolicy.of(0, RoundingMode.DOWN);

    assertThat(growth(parameters, HIGHER, down, "4", "3")).isEqualTo(ExactPoints.NONE);
    assertThat(new GrowthFormula().score(ScoringInput.builder(dec("4")).parameters(parameters)
        .baseline(dec("3")).build()).value().setScale(0, RoundingMode.DOWN)).isZero();
  }

  @Test
  void growthScoresAShareBetweenNoneAndTheTarget() {
    FormulaParameters parameters = params("maxPoints", 20, "targetGrowth", 10);

    assertThat(growth(parameters, HIGHER, TWO_HALF_UP, "103", "100")).isEqualTo(600);
    assertThat(growth(parameters, LOWER, TWO_HALF_UP, "97", "100")).isEqualTo(600);
    // 7 / 3 % of 10 % of 20 points: 4.666…
    assertThat(growth(parameters, HIGHER, TWO_HALF_UP, "3.07", "3")).isEqualTo(467);
  }

  @Test
  void growthGivesNothingForNoGrowthAndEverythingAtTheTarget() {
    FormulaParameters parameters = params("maxPoints", 20, "targetGrowth", 10);

    assertThat(growth(parameters, HIGHER, TWO_HALF_UP, "100", "100")).isZero();
    assertThat(growth(parameters, HIGHER, TWO_HALF_UP, "90", "100")).isZero();
    assertThat(growth(parameters, HIGHER, TWO_HALF_UP, "110", "100")).isEqualTo(2000);
    assertThat(growth(parameters, HIGHER, TWO_HALF_UP, "-90", "-100")).isEqualTo(2000);
  }

  @Test
  void growthLeavesAMissingOrZeroBaselineToTheFormula() {
    ExactPoints kernel = kernel(new GrowthFormula(), params("maxPoints", 20, "targetGrowth", 10),
        HIGHER, TWO_HALF_UP);

    assertThat(points(kernel, "5")).isEqualTo(ExactPoints.NONE);
    assertThat(growth(params("maxPoints", 20, "targetGrowth", 10), HIGHER, TWO_HALF_UP, "5",
        "0")).isEqualTo(ExactPoints.NONE);
  }

  @Test
  void linearScoresTheShareOfTheTargetInEitherDirection() {
    FormulaParameters parameters = params("maxPoints", 30);

    assertThat(linear(parameters, HIGHER, TWO_HALF_UP, "80", "100")).isEqualTo(2400);
    assertThat(linear(parameters, HIGHER, TWO_HALF_UP, "1", "3")).isEqualTo(1000);
    assertThat(linear(parameters, LOWER, TWO_HALF_UP, "120", "100")).isEqualTo(2500);
    assertThat(linear(parameters, HIGHER, TWO_HALF_UP, "150", "100")).isEqualTo(3000);
  }

  @Test
  void linearGivesTheMostForZeroWhenLowerIsBetter() {
    FormulaParameters parameters =
        params("maxPoints", 30, "bonusPerPercent", dec("0.5"), "maxBonus", 5);

    assertThat(linear(parameters, LOWER, TWO_HALF_UP, "0", "100")).isEqualTo(3500);
  }

  @Test
  void linearAddsItsBonusAboveTheTargetUpToTheCap() {
    FormulaParameters parameters =
        params("maxPoints", 30, "bonusPerPercent", dec("0.5"), "maxBonus", 5);

    assertThat(linear(parameters, HIGHER, TWO_HALF_UP, "104", "100")).isEqualTo(3200);
    // 100 / 3 % above: a bonus of 16.66…, capped at 5
    assertThat(linear(parameters, HIGHER, TWO_HALF_UP, "4", "3")).isEqualTo(3500);
    // 1 / 3 % above: 30 + 0.1666…
    assertThat(linear(parameters, HIGHER, TWO_HALF_UP, "301", "300")).isEqualTo(3017);
  }

  @Test
  void linearCapsABonusWhosePercentageIsExactAtTheCap() {
    FormulaParameters parameters =
        params("maxPoints", 30, "bonusPerPercent", dec("0.5"), "maxBonus", 5);

    assertThat(linear(parameters, HIGHER, TWO_HALF_UP, "110", "100")).isEqualTo(3500);
  }

  @Test
  void linearLeavesABonusAtItsCapWhosePercentageIsRoundedToTheFormula() {
    // 1 / 3 % above, times 3 × 10^14, is 10^14 exactly; with the percentage rounded to 34
    // digits, a hair less
    FormulaParameters parameters = params("maxPoints", 1, "bonusPerPercent",
        dec("300000000000000"), "maxBonus", dec("100000000000000"));

    assertThat(linear(parameters, HIGHER, TWO_HALF_UP, "301", "300"))
        .isEqualTo(ExactPoints.NONE);
  }

  @Test
  void linearAddsABonusOnARoundingPointWhenItsPercentageIsExact() {
    FormulaParameters parameters =
        params("maxPoints", 30, "bonusPerPercent", dec("0.5"), "maxBonus", 5);
    DecimalPolicy whole = DecimalPolicy.of(0, RoundingMode.HALF_DOWN);

    // 30 + 0.5 × 1 = 30.5, exactly: half down
    assertThat(linear(parameters, HIGHER, whole, "101", "100")).isEqualTo(30);
  }

  @Test
  void linearLeavesABonusOnARoundingPointWhenItsPercentageIsRoundedToTheFormula() {
    // 1 / 3 % above, times 3: a bonus of 1, and 0.999…9 with the percentage in 34 digits
    FormulaParameters parameters =
        params("maxPoints", 30, "bonusPerPercent", 3, "maxBonus", 5);

    assertThat(linear(parameters, HIGHER, DecimalPolicy.of(0, RoundingMode.DOWN), "301", "300"))
        .isEqualTo(ExactPoints.NONE);
  }

  @Test
  void growthRoundsAShareOnARoundingPointWhenBothQuotientsAreExact() {
    // 1 % growth of a 2 % target: 10 of 20 points, exactly
    assertThat(growth(params("maxPoints", 20, "targetGrowth", 2), HIGHER,
        DecimalPolicy.of(0, RoundingMode.DOWN), "101", "100")).isEqualTo(10);
  }

  @Test
  void linearLeavesANegativeValueOrAMissingOrNonPositiveTargetToTheFormula() {
    ExactPoints kernel = kernel(new LinearFormula(), params("maxPoints", 30), HIGHER,
        TWO_HALF_UP);

    assertThat(points(kernel, "5")).isEqualTo(ExactPoints.NONE);
    assertThat(linear(params("maxPoints", 30), HIGHER, TWO_HALF_UP, "5", "0"))
        .isEqualTo(ExactPoints.NONE);
    assertThat(linear(params("maxPoints", 30), HIGHER, TWO_HALF_UP, "-5", "10"))
        .isEqualTo(ExactPoints.NONE);
  }

  @Test
  void ratingGivesAValueWithinItsBoundsOnItsStep() {
    ExactPoints kernel = kernel(new RatingFormula(), params("min", 1, "max", 5, "step",
        dec("0.5")), HIGHER, TWO_HALF_UP);

    assertThat(points(kernel, "3.5")).isEqualTo(350);
    assertThat(points(kernel, "3.25")).isEqualTo(ExactPoints.NONE);
    assertThat(points(kernel, "6")).isEqualTo(ExactPoints.NONE);
    assertThat(points(kernel, "0.5")).isEqualTo(ExactPoints.NONE);
  }

  @Test
  void ratingAndCountsHaveNoKernelTheOtherWayRound() {
    assertThat(kernelOf(new RatingFormula(), params("min", 1, "max", 5), LOWER)).isEmpty();
    assertThat(kernelOf(new PenaltyFormula(), params("pointsPer", 1), HIGHER)).isEmpty();
    assertThat(kernelOf(new PerOccurrenceFormula(), params("pointsPer", 1), LOWER)).isEmpty();
  }

  @Test
  void countsAreCappedAndMustBeWholeAndNotNegative() {
    ExactPoints kernel = kernel(new PerOccurrenceFormula(), params("pointsPer", 2, "maxPoints",
        dec("9.5")), HIGHER, TWO_HALF_UP);

    assertThat(points(kernel, "4.00")).isEqualTo(800);
    assertThat(points(kernel, "7")).isEqualTo(950);
    assertThat(points(kernel, "1.5")).isEqualTo(ExactPoints.NONE);
    assertThat(points(kernel, "-1")).isEqualTo(ExactPoints.NONE);
  }

  @Test
  void aNumberBeyondALongIsLeftToTheFormula() {
    ExactPoints kernel = kernel(new PerOccurrenceFormula(), params("pointsPer", 1000), HIGHER,
        TWO_HALF_UP);

    assertThat(points(kernel, "12345678901234567890")).isEqualTo(ExactPoints.NONE);
    assertThat(points(kernel, "92233720368547758")).isEqualTo(ExactPoints.NONE);
  }
}
