package io.emulation.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.InvalidDataException;
import io.emulation.core.text.Languages;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A measurements file with problems is rejected by a read into columns with exactly the
 * problems, in both languages, that {@link CsvData#readMeasurements} reports for it, under the
 * same limits.
 */
class CsvMeasurementColumnsProblemsTest {
  private static final String HEADER = "participant,criterion,period,value,target,source\n";

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("value not a decimal", HEADER + "a1,output,2021-Q1,abc,,\n"),
        Arguments.of("decimal comma", HEADER + "a1,output,2021,\"12,5\",,\n"),
        Arguments.of("number too long", HEADER + "a1,output,2021," + "1".repeat(101) + ",,\n"),
        Arguments.of("missing value", HEADER + ",output,2021-Q1,7,,\n"),
        Arguments.of("bad period", HEADER + "a1,output,2021-Q9,7,,\n"),
        Arguments.of("bad target", HEADER + "a1,output,2021-Q1,7,abc,\n"),
        Arguments.of("control character", HEADER + "a\u00001,output,2021,7,,\n"),
        Arguments.of("short row", HEADER + "a1,output,2021\n"),
        Arguments.of("long row", HEADER + "a1,output,2021,1,2,3,4\n"),
        Arguments.of("every problem of a row", HEADER + ",output,2021-Q9,x,abc,\n"),
        Arguments.of("missing column", "participant,criterion,period\na1,output,2021\n"),
        Arguments.of("unknown column", "participant,criterion,period,vaule\na1,o,2021,1\n"),
        Arguments.of("repeated column", "participant,criterion,period,value,Value\n"),
        Arguments.of("unnamed column", "participant,,criterion,period,value\n"),
        Arguments.of("empty file", ""),
        Arguments.of("unclosed quote", HEADER + "a1,output,2021,\"7,,\n"),
        Arguments.of("a thousand problems", HEADER + "a1,output,2021,bad,,\n".repeat(1500)));
  }

  private static InvalidDataException failure(Runnable read) {
    InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class, read::run);
    assertThat(thrown).as("the read throws InvalidDataException").isNotNull();
    return thrown;
  }

  /** Checks that both reads fail alike: the same problems, message and Vietnamese message. */
  private static void assertRejectedAlike(CsvData csv, Function<CsvData, Runnable> asColumns,
      Function<CsvData, Runnable> asMeasurements) {
    InvalidDataException columns = failure(asColumns.apply(csv));
    InvalidDataException measurements = failure(asMeasurements.apply(csv));

    assertThat(columns.problems()).isEqualTo(measurements.problems());
    assertThat(columns).hasMessage(measurements.getMessage());
    assertThat(columns.getMessage(Languages.VIETNAMESE))
        .isEqualTo(measurements.getMessage(Languages.VIETNAMESE));
  }

  private static void assertTextRejectedAlike(CsvData csv, String text) {
    assertRejectedAlike(csv,
        reader -> () -> reader.readMeasurementColumns(new StringReader(text), "m.csv"),
        reader -> () -> reader.readMeasurements(new StringReader(text), "m.csv"));
  }

  private static void assertFileRejectedAlike(Path file) {
    assertRejectedAlike(CsvData.standard(), reader -> () -> reader.readMeasurementColumns(file),
        reader -> () -> reader.readMeasurements(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badFileIsRejectedWithTheProblemsReadMeasurementsReports(String what, String text) {
    assertTextRejectedAlike(CsvData.standard(), text);
  }

  @Test
  void moreRowsThanTheLimitAreRejectedAsByReadMeasurements() {
    assertTextRejectedAlike(CsvData.withLimits(ReadLimits.defaults().withMaxCsvRows(2)),
        HEADER + "a1,output,2021,1,,\n".repeat(3));
  }

  @Test
  void valueLongerThanTheLimitIsRejectedAsByReadMeasurements() {
    ReadLimits limits = ReadLimits.defaults();
    assertTextRejectedAlike(CsvData.withLimits(new ReadLimits(limits.maxDocumentChars(),
        limits.maxDepth(), 10, limits.maxNumberLength(), limits.maxAliases(),
        limits.maxDecimalExponent(), limits.maxCsvRows())),
        HEADER + "a1,output,2021,1,,a source much longer than ten\n");
  }

  @Test
  void missingFileIsRejectedAsByReadMeasurements(@TempDir Path folder) {
    assertFileRejectedAlike(folder.resolve("missing.csv"));
  }

  @Test
  void bytesThatAreNotUtf8AreRejectedAsByReadMeasurements(@TempDir Path folder)
      throws IOException {
    Path file = folder.resolve("m.csv");
    byte[] good = (HEADER + "a1,output,2021,1,,\na2,output,2021,").getBytes(UTF_8);
    byte[] text = Arrays.copyOf(good, good.length + 2);
    text[good.length] = (byte) 0xC3; // starts a two-byte sequence the line break does not end
    text[good.length + 1] = '\n';
    Files.write(file, text);

    assertFileRejectedAlike(file);
  }
}
