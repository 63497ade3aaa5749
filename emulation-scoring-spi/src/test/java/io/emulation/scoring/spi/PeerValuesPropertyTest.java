package io.emulation.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Binary-search counts against a brute-force count, on random lists full of duplicates. */
class PeerValuesPropertyTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  /** A value from a narrow range, so duplicates are common, with a random scale (2, 2.0...). */
  private static BigDecimal randomValue(SplittableRandom random) {
    return BigDecimal.valueOf(random.nextInt(-5, 6)).setScale(random.nextInt(0, 3));
  }

  private static int bruteCount(List<BigDecimal> values, BigDecimal probe, boolean orEqual) {
    return (int) values.stream()
        .filter(value -> orEqual ? value.compareTo(probe) <= 0 : value.compareTo(probe) < 0)
        .count();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void countsAgreeWithBruteForce(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<BigDecimal> values = new ArrayList<>();
    int size = random.nextInt(0, 40);
    for (int i = 0; i < size; i++) {
      values.add(randomValue(random));
    }
    PeerValues peers = PeerValues.of(values);

    for (int i = 0; i < 30; i++) {
      // -6.0 to 6.0 in steps of 0.5: on values, between them and beyond both ends
      BigDecimal probe = BigDecimal.valueOf(random.nextInt(-12, 13) * 5L, 1)
          .setScale(random.nextInt(1, 3));

      assertThat(peers.countBelow(probe))
          .as("seed %d: countBelow(%s) of %s", seed, probe, values)
          .isEqualTo(bruteCount(values, probe, false));
      assertThat(peers.countAtMost(probe))
          .as("seed %d: countAtMost(%s) of %s", seed, probe, values)
          .isEqualTo(bruteCount(values, probe, true));
    }
  }
}
