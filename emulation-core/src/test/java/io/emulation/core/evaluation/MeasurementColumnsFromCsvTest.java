package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.EvaluationFixtures.EVALUATOR;
import static io.emulation.core.evaluation.EvaluationFixtures.assertEvaluatedAlike;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.io.CsvData;
import io.emulation.core.period.Period;
import io.emulation.core.text.Languages;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A measurements file read into columns ({@link CsvData#readMeasurementColumns}) evaluates
 * exactly as the same file read into measurements ({@link CsvData#readMeasurements}) without
 * the {@code file:line} source those get, which is all that tells the two apart.
 */
class MeasurementColumnsFromCsvTest {
  private static final CsvData CSV = CsvData.standard();
  private static final String FILE = "m.csv";

  static LongStream seeds() {
    return LongStream.rangeClosed(21_001, 21_020);
  }

  /** The measurements as a measurements file, without targets or sources. */
  private static String csvOf(List<Measurement> measurements) {
    StringBuilder text = new StringBuilder("participant,criterion,period,value\n");
    for (Measurement m : measurements) {
      text.append(m.participantId()).append(',').append(m.criterionId()).append(',')
          .append(m.period()).append(',').append(m.value().toPlainString()).append('\n');
    }
    return text.toString();
  }

  private static EvaluationData readAsColumns(String text, List<Adjustment> adjustments) {
    EvaluationData.Builder data = EvaluationData.builder().addAdjustments(adjustments);
    CSV.readMeasurementColumns(new StringReader(text), FILE).forEach(data::add);
    return data.build();
  }

  private static EvaluationData readAsMeasurements(String text, List<Adjustment> adjustments) {
    return EvaluationData.builder().addAdjustments(adjustments)
        .addMeasurements(CSV.readMeasurements(new StringReader(text), FILE)).build();
  }

  private static EvaluationData withoutSources(EvaluationData data) {
    return EvaluationData.builder().addAdjustments(data.adjustments())
        .addMeasurements(data.measurements().stream().map(m -> m.withSource("")).toList())
        .build();
  }

  private static void assertColumnsEvaluateAsMeasurements(Campaign campaign, String text,
      List<Adjustment> adjustments, Period period, String what) {
    EvaluationData measurements = withoutSources(readAsMeasurements(text, adjustments));

    assertEvaluatedAlike(EVALUATOR.evaluate(campaign, readAsColumns(text, adjustments), period),
        EVALUATOR.evaluate(campaign, measurements, period), what);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void columnsReadFromCsvEvaluateAsMeasurementsReadFromIt(long seed) {
    RandomCampaigns generated = RandomCampaigns.generate(seed);

    assertColumnsEvaluateAsMeasurements(generated.campaign, csvOf(generated.data.measurements()),
        generated.data.adjustments(), RandomCampaigns.H1, generated.toString());
  }

  @Test
  void yearOverYearColumnsReadFromCsvEvaluateAsMeasurementsReadFromIt() {
    EvaluationData data = EvaluationFixtures.growthData();

    assertColumnsEvaluateAsMeasurements(EvaluationFixtures.growthCampaign(),
        csvOf(data.measurements()), data.adjustments(), SmallFactory.H1, "growth");
  }

  @Test
  void measurementsReadFromCsvDifferOnlyByTheFileAndLineInTheirLinesDetail() {
    EvaluationData data = SmallFactory.data();
    String text = csvOf(data.measurements());

    EvaluationResult columns = EVALUATOR.evaluate(SmallFactory.campaign(),
        readAsColumns(text, data.adjustments()), SmallFactory.H1);
    EvaluationResult measurements = EVALUATOR.evaluate(SmallFactory.campaign(),
        readAsMeasurements(text, data.adjustments()), SmallFactory.H1);

    for (ParticipantResult result : measurements.all()) {
      ParticipantResult other = columns.result(result.participantId()).orElseThrow();
      assertThat(other.scorecard().total()).isEqualTo(result.scorecard().total());
      assertThat(List.of(other.grade(), other.overall(), other.inUnit()))
          .isEqualTo(List.of(result.grade(), result.overall(), result.inUnit()));
      for (Locale language : List.of(Languages.ENGLISH, Languages.VIETNAMESE)) {
        assertThat(result.explain(language)).contains(FILE + ":");
        assertThat(result.explain(language).replaceAll(FILE + ":[0-9]+; ", ""))
            .isEqualTo(other.explain(language));
      }
    }
  }
}
