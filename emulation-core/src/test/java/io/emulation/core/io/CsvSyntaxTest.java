package io.emulation.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.InvalidDataException;
import io.emulation.core.award.Initiative;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.org.Individual;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV dialect: encoding, byte order mark, quoting, line ends, blank lines and limits. */
class CsvSyntaxTest {
  private final CsvData csv = CsvData.standard();

  @TempDir
  Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void fileIsReadAsUtf8WithVietnameseIntact() throws IOException {
    Path path = file("individuals.csv",
        "id,name,unit\na1,Nguyễn Thị Ánh,Phân xưởng Cơ khí\n".getBytes(UTF_8));

    assertThat(csv.readIndividuals(path))
        .containsExactly(Individual.of("a1", "Nguyễn Thị Ánh", "Phân xưởng Cơ khí"));
  }

  @Test
  void byteOrderMarkIsSkipped() throws IOException {
    Path path = file("individuals.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "id,name,unit\na1,Nguyễn Thị Ánh,w1\n".getBytes(UTF_8)));

    assertThat(csv.readIndividuals(path))
        .containsExactly(Individual.of("a1", "Nguyễn Thị Ánh", "w1"));
  }

  @Test
  void byteOrderMarkIsSkippedFromAReaderToo() {
    assertThat(csv.readIndividuals(new StringReader("\uFEFFid,name,unit\na1,Ánh,w1\n"), "p.csv"))
        .containsExactly(Individual.of("a1", "Ánh", "w1"));
  }

  @Test
  void malformedUtf8IsAProblemNamingFileAndLine() throws IOException {
    Path path = file("individuals.csv", concat("id,name,unit\na1,Ánh,w1\na2,Nguy".getBytes(UTF_8),
        new byte[] {(byte) 0xC3, (byte) 0x28}, "n,w1\n".getBytes(UTF_8)));

    assertThatThrownBy(() -> csv.readIndividuals(path))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("individuals CSV " + path + " has 1 problem:\n  - " + path
            + ":3: malformed UTF-8: byte 0xC3 at character 8 is not valid UTF-8; save the file"
            + " as UTF-8");
  }

  @Test
  void malformedUtf8IsReportedWithTheProblemsOfTheRowsBeforeIt() throws IOException {
    Path path = file("m.csv", concat("participant,criterion,period,value\na1,output,2021,x\n"
        .getBytes(UTF_8), new byte[] {(byte) 0xFF}));

    assertThatThrownBy(() -> csv.readMeasurements(path))
        .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
            .extracting(p -> p.location()).containsExactly(path + ":2:4", path + ":3"));
  }

  @Test
  void missingFileIsAProblemNamingIt() {
    Path path = dir.resolve("absent.csv");

    assertThatThrownBy(() -> csv.readMeasurements(path))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("CSV " + path + " has 1 problem:\n  - " + path
            + ": cannot read: the file does not exist");
  }

  @Test
  void quotedValuesMayHoldCommasQuotesAndLineBreaks() {
    List<Adjustment> read = csv.readAdjustments(new StringReader("""
        participant,period,kind,points,reason
        a1,2021,bonus,2,"Giúp tổ mới, ""tổ 3""
        trong ca đêm"
        """), "a.csv");

    assertThat(read).extracting(Adjustment::reason)
        .containsExactly("Giúp tổ mới, \"tổ 3\"\ntrong ca đêm");
  }

  @Test
  void locationsCountLinesInsideQuotedValues() {
    assertThatThrownBy(() -> csv.readAdjustments(new StringReader(
        "participant,period,kind,points,reason\na1,2021,bonus,\"2\",\"one\ntwo\"\n"
            + "a1,2021,bonus,zero,three\n"), "a.csv"))
        .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
            .extracting(p -> p.location()).containsExactly("a.csv:4:4"));
  }

  @Test
  void windowsLineEndsAreRead() {
    List<Initiative> read = csv.readInitiatives(new StringReader(
        "participant,title,reach,period\r\na1,Đồ gá,grassroots,2021\r\nb1,Sơn,ministry,2021\r\n"),
        "i.csv");

    assertThat(read).extracting(Initiative::title).containsExactly("Đồ gá", "Sơn");
  }

  @Test
  void blankLinesAreSkipped() {
    List<Measurement> read = csv.readMeasurements(new StringReader(
        "\nparticipant,criterion,period,value\n\n   \na1,output,2021,1\n\n"), "m.csv");

    assertThat(read).extracting(Measurement::source).containsExactly("m.csv:5");
  }

  @Test
  void headerNamesIgnoreCaseAndSpaces() {
    List<Individual> read = csv.readIndividuals(new StringReader(
        " ID , Name,UNIT , Under Review,direct_production\na1,Ánh,w1,yes,no\n"), "p.csv");

    assertThat(read).containsExactly(Individual.of("a1", "Ánh", "w1").withUnderReview(true));
  }

  @Test
  void valuesAreTrimmed() {
    List<Individual> read = csv.readIndividuals(new StringReader(
        "id,name,unit\n  a1 , \"  Nguyễn Thị Ánh \" ,w1\n"), "p.csv");

    assertThat(read).containsExactly(Individual.of("a1", "Nguyễn Thị Ánh", "w1"));
  }

  @Test
  void emptyFileNeedsAHeader() {
    assertThatThrownBy(() -> csv.readRegistrations(new StringReader("\n\n"), "r.csv"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("registrations CSV r.csv has 1 problem:\n  - r.csv:1:1: the file is empty;"
            + " expected a header row with the columns participant*, award* (* required)");
  }

  @Test
  void unclosedQuoteStopsReadingAtTheValueItOpens() {
    assertThatThrownBy(() -> csv.readAdjustments(new StringReader(
        "participant,period,kind,points,reason\na1,2021,bonus,2,\"never closed\n"
            + "a2,2021,bonus,1,ok\n"), "a.csv"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("adjustments CSV a.csv has 1 problem:\n  - a.csv:2:5: column 'reason': "
            + "quoted value is never closed; a closing '\"' is missing");
  }

  @Test
  void textAfterAClosingQuoteIsASyntaxError() {
    assertThatThrownBy(() -> csv.readRegistrations(new StringReader(
        "participant,award\n\"a1\"x,giay-khen\n"), "r.csv"))
        .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> {
              assertThat(p.location()).isEqualTo("r.csv:2:1");
              assertThat(p.message().toString()).startsWith("column 'participant': malformed "
                  + "CSV: ");
            }));
  }

  @Test
  void rowsBeyondTheLimitFailNamingIt() {
    CsvData limited = CsvData.withLimits(ReadLimits.defaults().withMaxCsvRows(2));

    assertThatThrownBy(() -> limited.readRegistrations(new StringReader(
        "participant,award\na1,x\na2,x\na3,x\na4,x\n"), "r.csv"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("registrations CSV r.csv has 1 problem:\n  - r.csv:4:1: more than 2 data "
            + "rows, the limit (ReadLimits.maxCsvRows)");
  }

  @Test
  void rowsUpToTheLimitAreRead() {
    CsvData limited = CsvData.withLimits(ReadLimits.defaults().withMaxCsvRows(2));

    assertThat(limited.readRegistrationPairs(new StringReader(
        "participant,award\na1,x\n\na2,x\n"), "r.csv").size()).isEqualTo(2);
  }

  @Test
  void valueLongerThanTheLimitFailsNamingColumnAndLimit() {
    ReadLimits defaults = ReadLimits.defaults();
    CsvData limited = CsvData.withLimits(new ReadLimits(defaults.maxDocumentChars(),
        defaults.maxDepth(), 20, defaults.maxNumberLength(), defaults.maxAliases(),
        defaults.maxDecimalExponent(), defaults.maxCsvRows()));

    assertThatThrownBy(() -> limited.readInitiatives(new StringReader(
        "participant,title,reach,period\na1,Cải tiến đồ gá hàn của Phân xưởng Cơ khí,"
            + "grassroots,2021\n"), "i.csv"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("initiatives CSV i.csv has 1 problem:\n  - i.csv:2:2: column 'title': value"
            + " is longer than the limit of 20 characters (ReadLimits.maxStringLength)");
  }
}
