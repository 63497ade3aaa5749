package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.emulation.core.InvalidDefinitionException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded mutations of every example definition ({@link DefinitionMutations}) are read, or
 * rejected with an {@link InvalidDefinitionException} whose every problem names the file; no
 * other exception ever escapes. A failure message names the seed, the file and the mutation.
 */
class DefinitionFuzzTest {
  private static final DefinitionReader READER = DefinitionReader.standard();
  private static final List<Path> EXAMPLES = DefinitionFiles.examples();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mutatedExamplesAreReadOrRejectedWithInvalidDefinitionException(long seed) {
    for (Path example : EXAMPLES) {
      readOrReject(example, seed);
    }
  }

  /**
   * Seeds that let an IllegalArgumentException escape before the reader was fixed: a document
   * cut short before its 'awards' or 'campaign' section defined neither.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {129, 1067, 1333})
  void seedsThatOnceFailedAreReadOrRejected(long seed) {
    for (Path example : EXAMPLES) {
      readOrReject(example, seed);
    }
  }

  private static void readOrReject(Path example, long seed) {
    String name = example.getFileName().toString();
    DefinitionMutations.Mutant mutant = DefinitionMutations.mutate(DefinitionFiles.read(example),
        name.endsWith(".json"), seed);
    assertThatCode(() -> {
      try {
        READER.read(mutant.text(), name);
      } catch (InvalidDefinitionException e) {
        assertThat(e.problems()).isNotEmpty()
            .allSatisfy(p -> assertThat(p.location()).startsWith(name));
      }
    }).as("seed %d, %s, %s", seed, name, mutant.description()).doesNotThrowAnyException();
  }
}
