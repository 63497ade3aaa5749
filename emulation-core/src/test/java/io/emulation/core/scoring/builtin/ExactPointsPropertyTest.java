package io.emulation.core.scoring.builtin;

import static io.emulation.core.scoring.builtin.FormulaTesting.params;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.campaign.DecimalPolicy;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.PeerValues;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@link ExactPoints} kernel gives exactly the points the formula's {@code score} gives,
 * rounded to the campaign's decimals, or {@link ExactPoints#NONE}; never a number where the
 * formula throws; and an answer for most ordinary lines. Over numbers drawn to land on the
 * points where rounding changes (small whole numbers, quotients that do not terminate, every
 * rounding mode) as well as ordinary and oversized ones.
 */
class ExactPointsPropertyTest {
  private static final int CASES = 4_000;
  private static final RoundingMode[] MODES = {RoundingMode.UP, RoundingMode.DOWN,
      RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN,
      RoundingMode.HALF_EVEN};

  static LongStream seeds() {
    return FormulaTesting.seeds();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void linearKernelGivesTheFormulasRoundedPoints(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Tally tally = new Tally(seed, "linear");
    for (int i = 0; i < CASES; i++) {
      FormulaParameters parameters = random.nextBoolean()
          ? params("maxPoints", positive(random))
          : params("maxPoints", positive(random), "bonusPerPercent", positive(random),
              "maxBonus", positive(random));
      BigDecimal target = random.nextInt(20) == 0 ? number(random).negate() : positive(random);
      tally.check(new LinearFormula(), parameters, direction(random), policy(random),
          random.nextInt(10) == 0 ? number(random) : positive(random), Optional.of(target),
          Optional.empty(), PeerValues.none());
    }
    tally.assertMostlyAnswered();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void growthKernelGivesTheFormulasRoundedPoints(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Tally tally = new Tally(seed, "growth");
    for (int i = 0; i < CASES; i++) {
      FormulaParameters parameters =
          params("maxPoints", positive(random), "targetGrowth", positive(random));
      BigDecimal baseline = random.nextInt(10) == 0 ? number(random).negate() : number(random);
      tally.check(new GrowthFormula(), parameters, direction(random), policy(random),
          number(random), Optional.empty(),
          random.nextInt(50) == 0 ? Optional.empty() : Optional.of(baseline), PeerValues.none());
    }
    tally.assertMostlyAnswered();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void percentileKernelGivesTheFormulasRoundedPoints(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Tally tally = new Tally(seed, "percentile");
    for (int i = 0; i < CASES; i++) {
      List<BigDecimal> values = new ArrayList<>();
      int size = 1 + random.nextInt(random.nextBoolean() ? 4 : 40);
      for (int p = 0; p < size; p++) {
        values.add(BigDecimal.valueOf(random.nextInt(12), random.nextInt(2)));
      }
      BigDecimal value = random.nextInt(20) == 0 ? BigDecimal.valueOf(99)
          : values.get(random.nextInt(size));
      tally.check(new PercentileFormula(), params("maxPoints", positive(random)),
          direction(random), policy(random), value, Optional.empty(), Optional.empty(),
          PeerValues.of(values));
    }
    tally.assertMostlyAnswered();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ratingKernelGivesTheFormulasRoundedPoints(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Tally tally = new Tally(seed, "rating");
    for (int i = 0; i < CASES; i++) {
      BigDecimal min = number(random).subtract(BigDecimal.TEN);
      BigDecimal step = positive(random);
      BigDecimal max = min.add(step.multiply(BigDecimal.valueOf(1 + random.nextInt(10))));
      FormulaParameters parameters = random.nextBoolean() ? params("min", min, "max", max)
          : params("min", min, "max", max, "step", step);
      BigDecimal value = random.nextInt(3) == 0 ? number(random)
          : min.add(step.multiply(BigDecimal.valueOf(random.nextInt(11))));
      tally.check(new RatingFormula(), parameters,
          random.nextInt(20) == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
          policy(random), value, Optional.empty(), Optional.empty(), PeerValues.none());
    }
    tally.assertMostlyAnswered();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void countingKernelsGiveTheFormulasRoundedPoints(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Tally tally = new Tally(seed, "per-occurrence and penalty");
    for (int i = 0; i < CASES; i++) {
      boolean penalty = random.nextBoolean();
      String capName = penalty ? "maxDeduction" : "maxPoints";
      FormulaParameters parameters = random.nextBoolean()
          ? params("pointsPer", positive(random))
          : params("pointsPer", positive(random), capName, positive(random));
      BigDecimal count = random.nextInt(8) == 0 ? number(random)
          : BigDecimal.valueOf(random.nextInt(30)).setScale(random.nextInt(3));
      Direction expected = penalty ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
      tally.check(penalty ? new PenaltyFormula() : new PerOccurrenceFormula(), parameters,
          random.nextInt(20) == 0 ? direction(random) : expected, policy(random), count,
          Optional.empty(), Optional.empty(), PeerValues.none());
    }
    tally.assertMostlyAnswered();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void bandsKernelGivesTheFormulasRoundedPoints(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Tally tally = new Tally(seed, "bands");
    for (int i = 0; i < CASES; i++) {
      Direction direction = direction(random);
      boolean rising = direction == Direction.HIGHER_IS_BETTER;
      List<Object> bands = new ArrayList<>();
      BigDecimal from = BigDecimal.valueOf(random.nextInt(60), random.nextInt(2));
      // points of ordinary size (the odd table beyond a long has no kernel)
      BigDecimal points = random.nextInt(20) == 0 ? positive(random).movePointRight(20)
          : BigDecimal.valueOf(random.nextInt(50), random.nextInt(3));
      for (int b = 1 + random.nextInt(5); b > 0; b--) {
        bands.add(FormulaTesting.band(from, points));
        from = from.add(BigDecimal.valueOf(1 + random.nextInt(30), random.nextInt(2)));
        BigDecimal step = BigDecimal.valueOf(random.nextInt(20), random.nextInt(3));
        points = rising ? points.add(step) : points.subtract(step);
      }
      FormulaParameters parameters = random.nextBoolean()
          ? params("bands", bands, "basis", "value")
          : params("bands", bands);
      BigDecimal target = random.nextInt(20) == 0 ? BigDecimal.ZERO : positive(random);
      tally.check(new BandsFormula(), parameters,
          random.nextInt(20) == 0 ? direction(random) : direction, policy(random),
          number(random), Optional.of(target), Optional.empty(), PeerValues.none());
    }
    tally.assertMostlyAnswered();
  }

  /** Kernels that answer, and kernels that do not, and why. */
  private static final class Tally {
    private final long seed;
    private final String formulas;
    private int ordinary;
    private int answeredOrdinary;

    Tally(long seed, String formulas) {
      this.seed = seed;
      this.formulas = formulas;
    }

    void check(ScoringFormula formula, FormulaParameters parameters, Direction direction,
        DecimalPolicy decimals, BigDecimal value, Optional<BigDecimal> target,
        Optional<BigDecimal> baseline, PeerValues peers) {
      ScoringInput.Builder input = ScoringInput.builder(value).parameters(parameters)
          .direction(direction).peers(peers);
      target.ifPresent(input::target);
      baseline.ifPresent(input::baseline);
      BigDecimal expected;
      try {
        expected = decimals.round(formula.score(input.build()).value());
      } catch (ScoringException e) {
        expected = null;
      }
      Optional<ExactPoints> kernel = ExactPoints.of(formula, parameters, direction,
          decimals.scale(), decimals.rounding());
      String what = String.format("seed %d: %s %s %s %s, value %s, target %s, baseline %s,"
          + " peers %s", seed, formula.id(), parameters, direction, decimals, value, target,
          baseline, peers);
      boolean usual = expected != null && usual(value) && target.map(Tally::usual).orElse(true)
          && baseline.map(Tally::usual).orElse(true) && parameters.names().stream()
              .allMatch(name -> parameters.get(name).map(Tally::usual).orElse(true));
      ordinary += usual ? 1 : 0;
      long points = kernel.map(k -> k.points(value, target, baseline, peers))
          .orElse(ExactPoints.NONE);
      if (points == ExactPoints.NONE) {
        return;
      }
      answeredOrdinary += usual ? 1 : 0;
      assertThat(expected).as("%s: the formula throws, the kernel gave %s", what, points)
          .isNotNull();
      assertThat(BigDecimal.valueOf(points, decimals.scale())).as(what).isEqualTo(expected);
    }

    /** The kernels answer nearly every line of ordinary numbers the formula scores. */
    void assertMostlyAnswered() {
      assertThat(answeredOrdinary).as("seed %d: %s kernels answered %d of %d ordinary lines",
          seed, formulas, answeredOrdinary, ordinary).isGreaterThan(ordinary * 9 / 10);
    }

    /**
     * A number of at most 12 digits and 6 decimals, as measurements and parameters are; a list
     * or group of such numbers (and texts).
     */
    private static boolean usual(Object parameter) {
      if (parameter instanceof BigDecimal number) {
        return number.precision() <= 12 && number.scale() >= 0 && number.scale() <= 6;
      }
      if (parameter instanceof List<?> list) {
        return list.stream().allMatch(Tally::usual);
      }
      if (parameter instanceof Map<?, ?> group) {
        return group.values().stream().allMatch(Tally::usual);
      }
      return true;
    }
  }

  private static Direction direction(SplittableRandom random) {
    return FormulaTesting.randomDirection(random);
  }

  private static DecimalPolicy policy(SplittableRandom random) {
    int scale = random.nextInt(4) == 0 ? random.nextInt(11) : random.nextInt(3);
    return DecimalPolicy.of(scale, MODES[random.nextInt(MODES.length)]);
  }

  /** A number > 0, mostly small and round, at times long or beyond a {@code long}. */
  private static BigDecimal positive(SplittableRandom random) {
    BigDecimal number = number(random);
    return number.signum() > 0 ? number : BigDecimal.valueOf(1 + random.nextInt(9));
  }

  /** A number >= 0, mostly small and round, at times long or beyond a {@code long}. */
  private static BigDecimal number(SplittableRandom random) {
    return switch (random.nextInt(10)) {
      case 0 -> BigDecimal.valueOf(random.nextLong(1, Long.MAX_VALUE), random.nextInt(20));
      case 1 -> new BigDecimal(random.nextLong(1, Long.MAX_VALUE) + "" + random.nextInt(1000))
          .movePointLeft(random.nextInt(25));
      case 2, 3 -> BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(5));
      default -> BigDecimal.valueOf(random.nextInt(40), random.nextInt(3));
    };
  }
}
