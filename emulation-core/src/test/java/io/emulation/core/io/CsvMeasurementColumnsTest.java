package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.InvalidDataException;
import io.emulation.core.Problem;
import io.emulation.core.criteria.MeasurementColumn;
import io.emulation.core.period.Period;
import io.emulation.core.text.Languages;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurements file read into columns: one column per criterion and period, values as written,
 * and a row's own target or source, which a column cannot carry, a problem at its value.
 */
class CsvMeasurementColumnsTest {
  private static final String HEADER = "participant,criterion,period,value,target,source\n";
  private static final Period H1 = Period.half(2021, 1);

  private final CsvData csv = CsvData.standard();

  private List<MeasurementColumn> columns(String text) {
    return csv.readMeasurementColumns(new StringReader(text), "measurements.csv");
  }

  private InvalidDataException failure(String text) {
    InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class,
        () -> columns(text));
    assertThat(thrown).as("reading measurements.csv throws InvalidDataException").isNotNull();
    return thrown;
  }

  private static List<String> lines(InvalidDataException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void rowsBecomeOneColumnPerCriterionAndPeriodInTheOrderTheyFirstAppear() {
    List<MeasurementColumn> read = columns("""
        participant,criterion,period,value
        a1,output,2021-Q1,50
        a1,safety,2021-H1,0
        a2,output,2021-Q1,51
        a1,output,2021-Q2,62
        a2,safety,2021-H1,1
        """);

    assertThat(read).containsExactly(
        MeasurementColumn.builder("output", Period.quarter(2021, 1)).source("measurements.csv")
            .add("a1", new BigDecimal("50"), 2).add("a2", new BigDecimal("51"), 4).build(),
        MeasurementColumn.builder("safety", H1).source("measurements.csv")
            .add("a1", BigDecimal.ZERO, 3).add("a2", BigDecimal.ONE, 6).build(),
        MeasurementColumn.builder("output", Period.quarter(2021, 2)).source("measurements.csv")
            .add("a1", new BigDecimal("62"), 5).build());
  }

  @Test
  void valuesKeepTheScaleTheyAreWrittenWithEvenBeyondALong() {
    String large = "123456789012345678901234567890.125";

    MeasurementColumn read = columns("participant,criterion,period,value\n"
        + "a1,output,2021-H1,12.50\na2,output,2021-H1,-0.0\na3,output,2021-H1," + large + "\n")
        .get(0);

    assertThat(List.of(read.value(0), read.value(1), read.value(2))).extracting(
        BigDecimal::toString).containsExactly("12.50", "0.0", large);
  }

  @Test
  void aParticipantIdIsKeptOnceHoweverManyColumnsItIsIn() {
    List<MeasurementColumn> read = columns(
        "participant,criterion,period,value\na1,output,2021-H1,1\na1,safety,2021-H1,0\n");

    assertThat(read.get(1).participantId(0)).isSameAs(read.get(0).participantId(0));
  }

  @Test
  void emptyTargetAndSourceValuesReadAsUsual() {
    assertThat(columns(HEADER + "a1,output,2021-H1,50,,\n")).containsExactly(
        MeasurementColumn.builder("output", H1).source("measurements.csv")
            .add("a1", new BigDecimal("50"), 2).build());
  }

  @Test
  void fileWithOnlyAHeaderHasNoColumns() {
    assertThat(columns(HEADER)).isEmpty();
  }

  @Test
  void rowWithATargetOfItsOwnIsAProblemSayingToReadMeasurements() {
    assertThat(lines(failure(HEADER + "a1,output,2021-H1,50,,\na2,output,2021-H1,51,70,\n")))
        .containsExactly("measurements.csv:3:5: column 'target': '70' is a target for this row "
            + "only, which a measurement column cannot carry (its rows share the criterion's "
            + "target); read the file with CsvData.readMeasurements, or leave the column empty "
            + "(later rows with a target are not listed)");
  }

  @Test
  void rowWithASourceOfItsOwnIsAProblemSayingToReadMeasurements() {
    assertThat(lines(failure(HEADER + "a1,output,2021-H1,50,,Hệ thống ERP\n")))
        .containsExactly("measurements.csv:2:6: column 'source': 'Hệ thống ERP' is a source for "
            + "this row only, which a measurement column cannot carry; read the file with "
            + "CsvData.readMeasurements, or leave the column empty (later rows with a source are "
            + "not listed)");
  }

  @Test
  void onlyTheFirstRowWithItsOwnTargetIsListedSoOtherProblemsStillShow() {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < 2000; i++) {
      text.append("a").append(i).append(",output,2021-H1,50,70,\n");
    }
    text.append("z,output,2021-H1,abc,70,\n");

    assertThat(lines(failure(text.toString()))).extracting(line -> line.substring(0,
        line.indexOf(" column"))).containsExactly("measurements.csv:2:5:", "measurements.csv:2002:4:");
  }

  @Test
  void targetProblemIsInTheReadersLanguage() {
    Problem problem = failure(HEADER + "a1,output,2021-H1,50,70,\n").problems().get(0);

    assertThat(problem.message(Languages.VIETNAMESE)).isEqualTo("cột 'target': '70' là chỉ tiêu "
        + "riêng của dòng này, mà cột số liệu không ghi được (mọi dòng của cột dùng chỉ tiêu của "
        + "tiêu chí); hãy đọc tệp bằng CsvData.readMeasurements, hoặc để trống cột này (các dòng "
        + "sau có chỉ tiêu riêng không được liệt kê)");
  }

  @Test
  void fileIsReadByItsPathAsTextIsReadByItsName(@TempDir Path folder) throws IOException {
    String text = "participant,criterion,period,value\na1,output,2021-H1,50\n";
    Path file = Files.writeString(folder.resolve("measurements.csv"), text);

    assertThat(csv.readMeasurementColumns(file))
        .isEqualTo(csv.readMeasurementColumns(new StringReader(text), file.toString()));
  }

  @Test
  void eachRowKeepsItsFileAndLineAsItsSource() {
    MeasurementColumn read = columns(
        "participant,criterion,period,value\na1,output,2021-H1,1\n\na2,output,2021-H1,2\n")
        .get(0);

    assertThat(read.source(1)).contains("measurements.csv:4");
    assertThat(read.measurement(0).source()).isEqualTo("measurements.csv:2");
  }

  @Test
  void aFileOfNoNameReadsAsItDoesIntoMeasurements() {
    String text = "participant,criterion,period,value\na1,output,2021-H1,1\n";

    MeasurementColumn read = csv.readMeasurementColumns(new StringReader(text), "").get(0);

    assertThat(read.measurement(0)).isEqualTo(
        csv.readMeasurements(new StringReader(text), "").get(0));
  }
}
