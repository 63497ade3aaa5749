package io.emulation.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PeerValues#countBelow} and {@link PeerValues#countAtMost} against a naive count, on
 * values that take the search over longs at a common scale (mixed scales, negatives, equal values,
 * queries with more decimals than any peer) and values that cannot (beyond a {@code long} at the
 * common scale), and on the edges between the two.
 */
class PeerValuesCountsPropertyTest {
  private static final int PROBES = 60;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  /** An unscaled value of up to {@code digits} digits, either sign. */
  private static long unscaled(Random random, int digits) {
    long bound = 1;
    for (int i = 0; i < digits; i++) {
      bound *= 10;
    }
    long magnitude = Math.floorMod(random.nextLong(), bound);
    return random.nextBoolean() ? -magnitude : magnitude;
  }

  /** A value of up to 7 digits at scale 0 to 4, either sign, zero now and then. */
  private static BigDecimal smallValue(Random random) {
    return BigDecimal.valueOf(unscaled(random, random.nextInt(8)), random.nextInt(5));
  }

  /** A value from few distinct numbers (-3 to 3) written at scales 0 to 3, so most are equal. */
  private static BigDecimal repeatedValue(Random random) {
    return BigDecimal.valueOf(random.nextInt(7) - 3).setScale(random.nextInt(4));
  }

  /** A value at or near the edge of a {@code long}, at scale 0 to 3. */
  private static BigDecimal longEdgeValue(Random random) {
    long[] edges = {Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 10, Long.MIN_VALUE / 10,
        Long.MAX_VALUE / 1000, -(Long.MAX_VALUE / 1000) - 1, 1_000_000_000_000_000_000L};
    long edge = edges[random.nextInt(edges.length)] + random.nextInt(3) - 1;
    return BigDecimal.valueOf(edge, random.nextInt(4));
  }

  /** Mostly small values with a few far beyond a {@code long}, tiny or with negative scale. */
  private static BigDecimal wideValue(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> new BigDecimal(BigInteger.TEN.pow(20 + random.nextInt(20))
          .multiply(BigInteger.valueOf(random.nextInt(19) - 9)), random.nextInt(5));
      case 1 -> BigDecimal.valueOf(unscaled(random, 3), 19 + random.nextInt(10));
      case 2 -> BigDecimal.valueOf(unscaled(random, 3), -random.nextInt(25));
      default -> smallValue(random);
    };
  }

  /** The values at more decimals than drawn: the same number, or just above or below it. */
  private static BigDecimal finer(Random random, BigDecimal value) {
    int extra = 1 + random.nextInt(random.nextInt(5) == 0 ? 30 : 4);
    BigDecimal step = BigDecimal.ONE.movePointLeft(value.scale() + extra);
    BigDecimal finer = value.setScale(value.scale() + extra);
    return switch (random.nextInt(3)) {
      case 0 -> finer;
      case 1 -> finer.add(step.multiply(BigDecimal.valueOf(1 + random.nextInt(9))));
      default -> finer.subtract(step.multiply(BigDecimal.valueOf(1 + random.nextInt(9))));
    };
  }

  private static int naiveCount(List<BigDecimal> values, BigDecimal probe, boolean orEqual) {
    int count = 0;
    for (BigDecimal value : values) {
      int comparison = value.compareTo(probe);
      if (comparison < 0 || orEqual && comparison == 0) {
        count++;
      }
    }
    return count;
  }

  private static List<BigDecimal> draw(Random random, Function<Random, BigDecimal> values,
      int most) {
    List<BigDecimal> drawn = new ArrayList<>();
    int size = random.nextInt(most);
    for (int i = 0; i < size; i++) {
      drawn.add(values.apply(random));
    }
    return drawn;
  }

  private static void assertCountsAgree(long seed, Function<Random, BigDecimal> values) {
    assertCountsAgree(seed, values, values, 60);
  }

  /**
   * Checks both counts for {@link #PROBES} probes: drawn by {@code probes} or peer values
   * themselves, half of them then given more decimals and maybe moved slightly.
   */
  private static void assertCountsAgree(long seed, Function<Random, BigDecimal> values,
      Function<Random, BigDecimal> probes, int most) {
    Random random = new Random(seed);
    List<BigDecimal> drawn = draw(random, values, most);
    PeerValues peers = PeerValues.of(drawn);
    for (int i = 0; i < PROBES; i++) {
      BigDecimal probe = drawn.isEmpty() || random.nextInt(3) == 0
          ? probes.apply(random)
          : drawn.get(random.nextInt(drawn.size()));
      if (random.nextBoolean()) {
        probe = finer(random, probe);
      }

      assertThat(peers.countBelow(probe))
          .as("seed %d: countBelow(%s) of %s", seed, probe, drawn)
          .isEqualTo(naiveCount(drawn, probe, false));
      assertThat(peers.countAtMost(probe))
          .as("seed %d: countAtMost(%s) of %s", seed, probe, drawn)
          .isEqualTo(naiveCount(drawn, probe, true));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void countsAgreeWithNaiveCountOnMixedScalesAndSigns(long seed) {
    assertCountsAgree(seed, PeerValuesCountsPropertyTest::smallValue);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void countsAgreeWithNaiveCountOnManyEqualValues(long seed) {
    assertCountsAgree(seed, PeerValuesCountsPropertyTest::repeatedValue);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void countsAgreeWithNaiveCountAtTheEdgesOfALong(long seed) {
    assertCountsAgree(seed, random -> random.nextBoolean()
        ? longEdgeValue(random) : smallValue(random));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void countsAgreeWithNaiveCountWhenValuesDoNotFitALong(long seed) {
    assertCountsAgree(seed, PeerValuesCountsPropertyTest::wideValue);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void countsAgreeWithNaiveCountForProbesFarBeyondOrFinerThanTheValues(long seed) {
    assertCountsAgree(seed, PeerValuesCountsPropertyTest::repeatedValue,
        PeerValuesCountsPropertyTest::wideValue, 60);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void countsAgreeWithNaiveCountAmongThousandsOfValues(long seed) {
    // enough values that a search looks at every 64th value first, then in one block
    assertCountsAgree(seed, random -> random.nextBoolean()
        ? repeatedValue(random) : smallValue(random), PeerValuesCountsPropertyTest::smallValue,
        5_000);
  }
}
