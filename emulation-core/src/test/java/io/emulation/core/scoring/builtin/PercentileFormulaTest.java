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
import io.emulation.scoring.spi.PeerValues;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PercentileFormulaTest {
  private final PercentileFormula formula = new PercentileFormula();
  private final FormulaParameters tenPoints = params("maxPoints", 10);
  private final PeerValues peers = peers("50", "60", "60", "70", "80");

  private static PeerValues peers(String... values) {
    return PeerValues.of(Stream.of(values).map(BigDecimal::new).toList());
  }

  private Points score(String value, PeerValues peerValues, Direction direction) {
    return formula.score(input(value, tenPoints).peers(peerValues).direction(direction).build());
  }

  @ParameterizedTest
  @CsvSource({"80, 10", "70, 7.5", "60, 3.75", "50, 0"})
  void percentileGivesTheShareOfOthersBelowWhenHigherIsBetter(String value, String expected) {
    assertThat(score(value, peers, Direction.HIGHER_IS_BETTER).value())
        .isEqualByComparingTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"50, 10", "60, 6.25", "70, 2.5", "80, 0"})
  void percentileGivesTheShareOfOthersAboveWhenLowerIsBetter(String value, String expected) {
    assertThat(score(value, peers, Direction.LOWER_IS_BETTER).value())
        .isEqualByComparingTo(expected);
  }

  @Test
  void percentileExplainsHowManyOthersWereBeaten() {
    assertThat(score("70", peers, Direction.HIGHER_IS_BETTER).explanation())
        .isEqualTo("better than 3 of 4 others → 75% of 10 = 7.5");
  }

  @Test
  void percentileRoundsOnlyTheExplanation() {
    Points points = score("2", peers("1", "2", "3", "4"), Direction.HIGHER_IS_BETTER);

    assertThat(points.value()).isEqualByComparingTo("3.333333333333333333333333333333333");
    assertThat(points.explanation()).isEqualTo("better than 1 of 3 others → ≈33.33% of 10 = ≈3.33");
  }

  @Test
  void percentileCountsATieAsHalfBeatenAndGivesTiedValuesEqualPoints() {
    // 60 of 50, 60, 60, 70, 80: one other below, one level -> (1 + 0.5) / 4 of 10
    assertThat(score("60", peers, Direction.HIGHER_IS_BETTER).value())
        .isEqualByComparingTo("3.75");
    assertThat(score("60", peers, Direction.LOWER_IS_BETTER).value())
        .isEqualByComparingTo("6.25");
    assertThat(score("60", peers, Direction.HIGHER_IS_BETTER).explanation())
        .isEqualTo("better than 1, level with 1 of 4 others → 37.5% of 10 = 3.75");
  }

  @Test
  void percentileGivesHalfPointsWhenAllPeersAreEqual() {
    assertThat(score("5", peers("5", "5", "5"), Direction.HIGHER_IS_BETTER).value())
        .isEqualByComparingTo("5");
  }

  @Test
  void percentileGivesFullPointsToALonePeer() {
    Points points = score("42", peers("42"), Direction.HIGHER_IS_BETTER);

    assertThat(points.value()).isEqualByComparingTo("10");
    assertThat(points.explanation()).isEqualTo("no others to compare with → 10");
  }

  @Test
  void percentileRejectsEmptyPeers() {
    ScoringInput alone = input("5", tenPoints).criterionId("revenue").participantId("u1").build();

    assertThatThrownBy(() -> formula.score(alone))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:percentile (criterion 'revenue', participant 'u1'): needs the"
            + " values of the peers, this one included, but there are none");
  }

  @Test
  void percentileRejectsPeersWithoutTheValue() {
    assertThatThrownBy(() -> score("65", peers, Direction.HIGHER_IS_BETTER))
        .isInstanceOf(ScoringException.class)
        .hasMessage("emulation:percentile: the 5 peer values do not include this value 65");
  }

  @Test
  void percentileAcceptsValidParameters() {
    assertThat(formula.validate(tenPoints)).isEmpty();
  }

  @Test
  void percentileReportsMissingMaxPoints() {
    assertThat(problems(formula, FormulaParameters.empty()))
        .containsExactly("maxPoints: is required: a number > 0");
  }

  @Test
  void percentileReportsNonPositiveMaxPoints() {
    assertThat(problems(formula, params("maxPoints", dec("-0.5"))))
        .containsExactly("maxPoints: must be > 0 but was -0.5");
  }

  @Test
  void percentileReportsUnknownParameterWithKnownNames() {
    assertThat(problems(formula, params("maxPoints", 10, "ties", "half")))
        .containsExactly("ties: unknown parameter; expected one of: maxPoints");
  }

  @Test
  void percentileRequiresPeers() {
    assertThat(formula.requirements()).containsExactly(InputRequirement.PEERS);
  }

  @Test
  void percentileRangeRunsFromZeroToMaxPoints() {
    assertThat(formula.range(tenPoints)).contains(PointsRange.closed(dec("0"), dec("10")));
    assertThat(formula.range(FormulaParameters.empty())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("io.emulation.core.scoring.builtin.FormulaTesting#seeds")
  void percentileNeverScoresABetterValueLowerAndStaysInRange(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 50; round++) {
      List<BigDecimal> values = new ArrayList<>();
      int size = random.nextInt(1, 12);
      for (int i = 0; i < size; i++) {
        values.add(BigDecimal.valueOf(random.nextInt(0, 8)));
      }
      PeerValues peerValues = PeerValues.of(values);
      FormulaParameters parameters =
          params("maxPoints", FormulaTesting.randomDecimal(random, 1000, 1).add(dec("0.1")));
      Direction direction = FormulaTesting.randomDirection(random);
      BigDecimal[] ordered = FormulaTesting.worseThenBetter(values.get(random.nextInt(size)),
          values.get(random.nextInt(size)), direction);
      ScoringInput worse = ScoringInput.builder(ordered[0]).peers(peerValues)
          .direction(direction).parameters(parameters).build();
      ScoringInput better = ScoringInput.builder(ordered[1]).peers(peerValues)
          .direction(direction).parameters(parameters).build();
      FormulaTesting.assertMonotoneWithinRange(seed, formula, worse, better);
    }
  }
}
