package io.emulation.examples.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated names have a family, a middle and a given name. */
class VietnameseNamesTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 2021})
  void everyNameHasThreeParts(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 200; i++) {
      String name = VietnameseNames.draw(random, i % 2 == 0);
      assertThat(name.split(" ")).as("seed %d, draw %d: %s", seed, i, name).hasSize(3);
    }
  }
}
