package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.InvalidDataException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile files under {@code src/test/resources/io/hostile/csv}: each is answered
 * with an {@link InvalidDataException} naming the file, never another exception or a partial
 * result.
 */
class HostileCsvTest {
  private static final Path CORPUS = Path.of("src/test/resources/io/hostile/csv");

  private final CsvData csv = CsvData.standard();

  static Stream<Path> corpus() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      List<Path> csvFiles = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
      assertThat(csvFiles).hasSizeGreaterThanOrEqualTo(6);
      return csvFiles.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everyHostileFileIsRejectedNamingIt(Path file) {
    assertThatThrownBy(() -> csv.readMeasurements(file))
        .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
            .isNotEmpty().allSatisfy(p -> assertThat(p.location()).startsWith(file.toString())));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everyHostileFileIsRejectedByEveryReader(Path file) {
    List<Consumer<Path>> readers = List.of(csv::readAdjustments, csv::readRegistrations,
        csv::readHistory, csv::readInitiatives, csv::readIndividuals);

    assertThat(readers).allSatisfy(reader -> assertThatThrownBy(() -> reader.accept(file))
        .isInstanceOf(InvalidDataException.class).hasMessageContaining(file.toString()));
  }

  @Test
  void hugeFieldIsStoppedAtTheStringLimit() {
    Path file = CORPUS.resolve("huge-field.csv");

    assertThatThrownBy(() -> csv.readMeasurements(file))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("measurements CSV " + file + " has 1 problem:\n  - " + file + ":3:1: column "
            + "'participant': value is longer than the limit of 100000 characters "
            + "(ReadLimits.maxStringLength)");
  }

  @Test
  void rowOfAHundredThousandColumnsIsOneProblem() {
    Path file = CORPUS.resolve("wide-row.csv");

    assertThatThrownBy(() -> csv.readMeasurements(file))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("measurements CSV " + file + " has 1 problem:\n  - " + file + ":3:5: row has"
            + " 100000 values but the header has 4 columns");
  }

  @Test
  void headerOfAHundredThousandColumnsIsOneProblem() {
    String header = "participant,criterion,period,value" + ",x".repeat(100_000);

    assertThatThrownBy(() -> csv.readMeasurements(new StringReader(header + "\n"), "wide.csv"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("measurements CSV wide.csv has 1 problem:\n  - wide.csv:1:1025: header: "
            + "100004 columns, more than the 1024 a file may have");
  }

  @Test
  void binaryGarbageIsMalformedUtf8() {
    Path file = CORPUS.resolve("binary-garbage.csv");

    assertThatThrownBy(() -> csv.readMeasurements(file))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("measurements CSV " + file + " has 1 problem:\n  - " + file + ":1: malformed"
            + " UTF-8: byte 0xA5 at character 1 is not valid UTF-8; save the file as UTF-8");
  }

  @Test
  void utf16FileIsMalformedUtf8() {
    Path file = CORPUS.resolve("utf16.csv");

    assertThatThrownBy(() -> csv.readMeasurements(file))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageEndingWith(file + ":1: malformed UTF-8: byte 0xFF at character 1 is not valid"
            + " UTF-8; save the file as UTF-8");
  }

  @Test
  void unterminatedQuoteIsReportedWhereItOpens() {
    Path file = CORPUS.resolve("unterminated-quote.csv");

    assertThatThrownBy(() -> csv.readMeasurements(file))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("measurements CSV " + file + " has 1 problem:\n  - " + file + ":3:2: column "
            + "'criterion': quoted value is never closed; a closing '\"' is missing");
  }

  @Test
  void nulBytesInsideAValueAreBadCharacters() {
    Path file = CORPUS.resolve("nul-bytes.csv");

    assertThatThrownBy(() -> csv.readMeasurements(file))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("measurements CSV " + file + " has 1 problem:\n  - " + file + ":2:2: column "
            + "'criterion': 'out\\u0000put' contains the character U+0000; expected a criterion"
            + " id without control or replacement characters");
  }
}
