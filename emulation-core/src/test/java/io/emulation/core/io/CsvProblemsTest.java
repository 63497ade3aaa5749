package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.InvalidDataException;
import io.emulation.core.Problem;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad headers, rows and values: each is a problem at {@code file:line:column} naming the column,
 * the value and what was expected, and a file with any of them is rejected whole.
 */
class CsvProblemsTest {
  private static final String MEASUREMENTS = "participant,criterion,period,value,target,source\n";
  private static final String MEASUREMENT_COLUMNS =
      "participant*, criterion*, period*, value*, target, source (* required)";

  private final CsvData csv = CsvData.standard();

  private InvalidDataException measurementsFailure(String text) {
    return catchFailure(() -> csv.readMeasurements(new StringReader(text), "measurements.csv"));
  }

  private static InvalidDataException catchFailure(Runnable read) {
    try {
      read.run();
    } catch (InvalidDataException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidDataException");
  }

  private static List<String> lines(InvalidDataException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void valueThatIsNotADecimalIsNamedWithItsColumn() {
    assertThatThrownBy(() -> csv.readMeasurements(new StringReader(MEASUREMENTS
        + "a1,output,2021-Q1,50,,\na2,output,2021-Q1,51,,\na3,output,2021-Q1,abc,,\n"),
        "measurements.csv"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("measurements CSV measurements.csv has 1 problem:\n"
            + "  - measurements.csv:4:4: column 'value': 'abc' is not a decimal number; expected "
            + "digits with an optional leading '-' and decimal point, e.g. -12.5");
  }

  @Test
  void decimalCommaGetsAHint() {
    assertThat(lines(measurementsFailure(MEASUREMENTS + "a1,output,2021,\"12,5\",,\n")))
        .containsExactly("measurements.csv:2:4: column 'value': '12,5' is not a decimal number;"
            + " expected digits with an optional leading '-' and decimal point, e.g. -12.5 (use"
            + " '.' for the decimal point and no thousands separators)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "0x1F", "1e3", "+5", "1.", ".5", "--1",
      "1 000", "١٢"})
  void numbersOtherThanPlainDecimalsAreRejected(String value) {
    assertThat(measurementsFailure(MEASUREMENTS + "a1,output,2021," + value + ",,\n").problems())
        .singleElement().satisfies(p -> assertThat(p.message().toString())
            .startsWith("column 'value': '" + value + "' is not a decimal number"));
  }

  @Test
  void numberLongerThanTheLimitIsRejected() {
    String digits = "1".repeat(101);

    assertThat(lines(measurementsFailure(MEASUREMENTS + "a1,output,2021,1,," + "\n"
        + "a1,output,2021," + digits + ",,\n")))
        .containsExactly("measurements.csv:3:4: column 'value': '" + "1".repeat(40) + "...' has"
            + " 101 characters; expected a decimal number of at most 100");
  }

  @Test
  void missingRequiredValueNamesWhatIsExpected() {
    assertThat(lines(measurementsFailure(MEASUREMENTS + "a1,,2021,5,,\n")))
        .containsExactly("measurements.csv:2:2: column 'criterion': missing value; expected a "
            + "criterion id");
  }

  @Test
  void badPeriodListsTheFormsOfAPeriod() {
    assertThat(lines(measurementsFailure(MEASUREMENTS + "a1,output,2021-Q5,5,,\n")))
        .containsExactly("measurements.csv:2:3: column 'period': '2021-Q5' is not a period; "
            + "expected 2021, 2021-H1, 2021-Q2, 2021-05 or 2021-03-01..2021-05-31");
  }

  @Test
  void unknownKindListsTheAllowedOnes() {
    assertThatThrownBy(() -> csv.readAdjustments(new StringReader(
        "participant,period,kind,points,reason\na1,2021,bonnus,2,Giúp tổ mới\n"), "adj.csv"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("adjustments CSV adj.csv has 1 problem:\n"
            + "  - adj.csv:2:3: column 'kind': 'bonnus' is not one of bonus, penalty");
  }

  @Test
  void adjustmentPointsMustBePositive() {
    assertThat(lines(catchFailure(() -> csv.readAdjustments(new StringReader(
        "participant,period,kind,points,reason\na1,2021,penalty,-2,Đi muộn\n"), "adj.csv"))))
        .containsExactly("adj.csv:2:4: column 'points': '-2' is not greater than 0; expected a "
            + "positive decimal number");
  }

  @Test
  void unknownHistoryKindListsTheAllowedOnes() {
    assertThat(lines(catchFailure(() -> csv.readPastAwards(new StringReader(
        "participant,award,period,kind\na1,giay-khen,2020,medal\n"), "history.csv"))))
        .containsExactly("history.csv:2:4: column 'kind': 'medal' is not one of emulation-title,"
            + " commendation, ad-hoc, themed");
  }

  @Test
  void unknownReachListsTheAllowedOnes() {
    assertThat(lines(catchFailure(() -> csv.readInitiatives(new StringReader(
        "participant,title,reach,period\na1,Đồ gá,province,2021\n"), "i.csv"))))
        .containsExactly("i.csv:2:3: column 'reach': 'province' is not one of grassroots, "
            + "ministry, national");
  }

  @Test
  void individualsReportBadDateDisciplineAndYesNoTogether() {
    assertThat(lines(catchFailure(() -> csv.readIndividuals(new StringReader(
        "id,name,unit,hired,discipline,underReview\n"
            + "a1,Nguyễn Thị Ánh,w1,2019-02-30,scolded,maybe\n"), "people.csv"))))
        .containsExactly(
            "people.csv:2:4: column 'hired': '2019-02-30' is not a date; expected yyyy-mm-dd, "
                + "e.g. 2019-03-01",
            "people.csv:2:5: column 'discipline': 'scolded' is not one of none, reprimand, "
                + "warning, demotion, removal-from-post, dismissal",
            "people.csv:2:6: column 'underReview': 'maybe' is not a yes/no value; expected true,"
                + " false, yes or no");
  }

  @Test
  void individualIdGivenTwiceIsAProblem() {
    assertThat(lines(catchFailure(() -> csv.readIndividuals(new StringReader(
        "id,name,unit\na1,Nguyễn Thị Ánh,w1\nb1,Lê Hoàng Cường,w2\na1,Trần Văn Bình,w1\n"),
        "people.csv"))))
        .containsExactly("people.csv:4:1: column 'id': 'a1' is given again; it was first given "
            + "at line 2");
  }

  @Test
  void registrationGivenTwiceIsAProblem() {
    assertThat(lines(catchFailure(() -> csv.readRegistrations(new StringReader(
        "participant,award\na1,giay-khen\na1,giay-khen\n"), "r.csv"))))
        .containsExactly("r.csv:3:2: column 'award': participant 'a1' is already registered for "
            + "'giay-khen' at line 2");
  }

  @Test
  void controlCharactersInAValueAreRejected() {
    assertThat(lines(catchFailure(() -> csv.readRegistrations(new StringReader(
        "participant,award\na\u00001,giay-khen\n"), "r.csv"))))
        .containsExactly("r.csv:2:1: column 'participant': 'a\\u00001' contains the character "
            + "U+0000; expected a participant id without control or replacement characters");
  }

  @Test
  void everyBadRowIsReportedTogetherSortedByLine() {
    InvalidDataException e = measurementsFailure(MEASUREMENTS
        + "a1,output,2021-Q1,50,,\n"
        + "a2,output,2021-Q9,x,,\n"
        + "a3,output,2021-Q1,1,2,3,4\n"
        + "a4,output,2021-Q1,1,,\n"
        + ",output,2021-Q1,7,abc,\n"
        + "a6,output,2021-Q1,1,,\n"
        + "a7,output,2021-Q1,1,,\n"
        + "a8,output,2021-Q1,1,,\n"
        + "a9,output,2021-Q1,1,,\n"
        + "a10,output,2021-Q1,zero,,\n");

    assertThat(e).hasMessage("measurements CSV measurements.csv has 6 problems:\n"
        + "  - measurements.csv:3:3: column 'period': '2021-Q9' is not a period; expected 2021, "
        + "2021-H1, 2021-Q2, 2021-05 or 2021-03-01..2021-05-31\n"
        + "  - measurements.csv:3:4: column 'value': 'x' is not a decimal number; expected digits"
        + " with an optional leading '-' and decimal point, e.g. -12.5\n"
        + "  - measurements.csv:4:7: row has 7 values but the header has 6 columns\n"
        + "  - measurements.csv:6:1: column 'participant': missing value; expected a participant "
        + "id\n"
        + "  - measurements.csv:6:5: column 'target': 'abc' is not a decimal number; expected "
        + "digits with an optional leading '-' and decimal point, e.g. -12.5\n"
        + "  - measurements.csv:11:4: column 'value': 'zero' is not a decimal number; expected "
        + "digits with an optional leading '-' and decimal point, e.g. -12.5");
  }

  @Test
  void shortRowIsAProblemRatherThanEmptyValues() {
    assertThat(lines(measurementsFailure(MEASUREMENTS + "a1,output,2021\n")))
        .containsExactly("measurements.csv:2:4: row has 3 values but the header has 6 columns");
  }

  @Test
  void missingRequiredColumnIsReportedWithTheColumnsExpected() {
    assertThatThrownBy(() -> csv.readMeasurements(new StringReader(
        "participant,criterion,period\na1,output,2021\n"), "measurements.csv"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("measurements CSV measurements.csv has 1 problem:\n"
            + "  - measurements.csv:1:1: header: required column 'value' is missing; the columns"
            + " are " + MEASUREMENT_COLUMNS);
  }

  @Test
  void unknownColumnSuggestsTheClosestKnownOne() {
    assertThat(lines(measurementsFailure("participant,criterion,period,vaule\na1,o,2021,1\n")))
        .containsExactly(
            "measurements.csv:1:1: header: required column 'value' is missing; the columns are "
                + MEASUREMENT_COLUMNS,
            "measurements.csv:1:4: header: unknown column 'vaule' (did you mean 'value'?); the "
                + "columns are " + MEASUREMENT_COLUMNS);
  }

  @Test
  void unknownColumnFarFromAnyKnownOneGetsNoSuggestion() {
    assertThat(lines(measurementsFailure("participant,criterion,period,value,ghi chú\n")))
        .containsExactly("measurements.csv:1:5: header: unknown column 'ghi chú'; the columns "
            + "are " + MEASUREMENT_COLUMNS);
  }

  @Test
  void repeatedColumnIsAProblemEvenInAnotherCase() {
    assertThat(lines(measurementsFailure("participant,criterion,period,value,Value\n")))
        .containsExactly("measurements.csv:1:5: header: column 'value' is given twice, as "
            + "columns 4 and 5");
  }

  @Test
  void unnamedColumnIsAProblem() {
    assertThat(lines(measurementsFailure("participant,,criterion,period,value\n")))
        .containsExactly("measurements.csv:1:2: header: column 2 has no name; the columns are "
            + MEASUREMENT_COLUMNS);
  }

  @Test
  void headerProblemsStopBeforeTheRows() {
    assertThat(lines(measurementsFailure("participant,criterion,period,value,extra\n"
        + "a1,output,2021,abc,x\n")))
        .singleElement().asString().startsWith("measurements.csv:1:5: header: unknown column");
  }

  @Test
  void readingStopsAfterAThousandProblems() {
    StringBuilder text = new StringBuilder(MEASUREMENTS);
    for (int i = 0; i < 2000; i++) {
      text.append("a").append(i).append(",output,2021,bad,,\n");
    }

    InvalidDataException e = measurementsFailure(text.toString());

    assertThat(e.problems()).hasSize(CsvTable.MAX_PROBLEMS + 1);
    assertThat(e.problems().get(CsvTable.MAX_PROBLEMS)).hasToString(
        "measurements.csv:1001:4: too many problems; stopped reading after 1000");
  }
}
