package io.emulation.core.scoring.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/** Shared builders and assertions for the built-in formula tests. */
final class FormulaTesting {
  private FormulaTesting() {}

  /**
   * Twenty fixed seeds for the property tests; a failure names its seed. (Not multiples of
   * SplittableRandom's own increment, which would make the seeds' sequences overlap.)
   */
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20).map(i -> 20_261_101L + i * 1_000_003L);
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  /** Parameters from alternating names and values. */
  static FormulaParameters params(Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return FormulaParameters.of(values);
  }

  /** One band of a band table. */
  static Map<String, Object> band(Object from, Object points) {
    Map<String, Object> band = new LinkedHashMap<>();
    band.put("from", from);
    band.put("points", points);
    return band;
  }

  static ScoringInput.Builder input(String value, FormulaParameters parameters) {
    return ScoringInput.builder(dec(value)).parameters(parameters);
  }

  /** The problems as {@code "parameter: message"} texts. */
  static List<String> problems(ScoringFormula formula, FormulaParameters parameters) {
    return formula.validate(parameters).stream().map(ParameterProblem::toString).toList();
  }

  /** A random number in {@code [0, maxUnits / 10^scale]} with the given scale. */
  static BigDecimal randomDecimal(SplittableRandom random, int maxUnits, int scale) {
    return BigDecimal.valueOf(random.nextInt(maxUnits + 1), scale);
  }

  static Direction randomDirection(SplittableRandom random) {
    return random.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
  }

  /**
   * Orders two values so that the second is at least as good as the first in {@code direction}:
   * returns {@code [worse, better]}.
   */
  static BigDecimal[] worseThenBetter(BigDecimal a, BigDecimal b, Direction direction) {
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    return direction == Direction.HIGHER_IS_BETTER
        ? new BigDecimal[] {low, high}
        : new BigDecimal[] {high, low};
  }

  /**
   * Asserts the formula declares itself monotone for these parameters, that the better value
   * scores no fewer points than the worse one, and that both lie in the declared range.
   */
  static void assertMonotoneWithinRange(long seed, ScoringFormula formula, ScoringInput worse,
      ScoringInput better) {
    FormulaParameters parameters = worse.parameters();
    assertThat(formula.validate(parameters)).as("seed %d: problems", seed).isEmpty();
    assertThat(formula.isMonotone(parameters)).as("seed %d: monotone", seed).isTrue();
    Points worsePoints = formula.score(worse);
    Points betterPoints = formula.score(better);
    assertThat(betterPoints.value())
        .as("seed %d: %s -> %s must not be below %s -> %s", seed, better, betterPoints, worse,
            worsePoints)
        .isGreaterThanOrEqualTo(worsePoints.value());
    Optional<PointsRange> range = formula.range(parameters);
    range.ifPresent(declared -> {
      assertThat(declared.contains(worsePoints.value()))
          .as("seed %d: %s in %s", seed, worsePoints, declared).isTrue();
      assertThat(declared.contains(betterPoints.value()))
          .as("seed %d: %s in %s", seed, betterPoints, declared).isTrue();
    });
  }
}
