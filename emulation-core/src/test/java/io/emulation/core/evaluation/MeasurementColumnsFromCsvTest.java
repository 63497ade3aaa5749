package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.EvaluationFixtures.EVALUATOR;
import static io.emulation.core.evaluation.EvaluationFixtures.assertEvaluatedAlike;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.InvalidDataException;
import io.emulation.core.Problem;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.io.CsvData;
import io.emulation.core.period.Period;
import io.emulation.core.text.Languages;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A measurements file read into columns ({@link CsvData#readMeasurementColumns}) evaluates
 * exactly as the same file read into measurements ({@link CsvData#readMeasurements}), each row's
 * {@code file:line} included, and the engine names a row it rejects the same way.
 */
class MeasurementColumnsFromCsvTest {
  private static final CsvData CSV = CsvData.standard();
  private static final String FILE = "m.csv";

  /** The measurements as a measurements file, without targets or sources. */
  static String csvOf(List<Measurement> measurements) {
    StringBuilder text = new StringBuilder("participant,criterion,period,value\n");
    for (Measurement m : measurements) {
      text.append(m.participantId()).append(',').append(m.criterionId()).append(',')
          .append(m.period()).append(',').append(m.value().toPlainString()).append('\n');
    }
    return text.toString();
  }

  static EvaluationData readAsColumns(String text, List<Adjustment> adjustments) {
    EvaluationData.Builder data = EvaluationData.builder().addAdjustments(adjustments);
    CSV.readMeasurementColumns(new StringReader(text), FILE).forEach(data::add);
    return data.build();
  }

  static EvaluationData readAsMeasurements(String text, List<Adjustment> adjustments) {
    return EvaluationData.builder().addAdjustments(adjustments)
        .addMeasurements(CSV.readMeasurements(new StringReader(text), FILE)).build();
  }

  static void assertColumnsEvaluateAsMeasurements(Campaign campaign, String text,
      List<Adjustment> adjustments, Period period, String what) {
    EvaluationData measurements = readAsMeasurements(text, adjustments);

    assertEvaluatedAlike(EVALUATOR.evaluate(campaign, readAsColumns(text, adjustments), period),
        EVALUATOR.evaluate(campaign, measurements, period), what);
  }

  @Test
  void yearOverYearColumnsReadFromCsvEvaluateAsMeasurementsReadFromIt() {
    EvaluationData data = EvaluationFixtures.growthData();

    assertColumnsEvaluateAsMeasurements(EvaluationFixtures.growthCampaign(),
        csvOf(data.measurements()), data.adjustments(), SmallFactory.H1, "growth");
  }

  @Test
  void linesOfColumnsReadFromCsvShowTheRowsFileAndLine() {
    EvaluationData data = SmallFactory.data();
    String text = csvOf(data.measurements());

    EvaluationResult columns = EVALUATOR.evaluate(SmallFactory.campaign(),
        readAsColumns(text, data.adjustments()), SmallFactory.H1);

    for (Locale language : List.of(Languages.ENGLISH, Languages.VIETNAMESE)) {
      assertThat(columns.explain("a2", language)).containsPattern(FILE + ":[0-9]+");
    }
    assertThat(columns).isEqualTo(EVALUATOR.evaluate(SmallFactory.campaign(),
        readAsMeasurements(text, data.adjustments()), SmallFactory.H1));
  }

  @Test
  void aRowTheEngineRejectsIsNamedByItsFileAndLine() {
    String text = "participant,criterion,period,value\na1,output,2021-H1,90\n"
        + "zz,output,2021-H1,80\n";

    InvalidDataException columns = catchThrowableOfType(InvalidDataException.class,
        () -> EVALUATOR.evaluate(SmallFactory.campaign(), readAsColumns(text, List.of()),
            SmallFactory.H1));
    InvalidDataException measurements = catchThrowableOfType(InvalidDataException.class,
        () -> EVALUATOR.evaluate(SmallFactory.campaign(), readAsMeasurements(text, List.of()),
            SmallFactory.H1));

    assertThat(columns.problems()).isEqualTo(measurements.problems())
        .extracting(Problem::location).contains(FILE + ":3");
  }
}
