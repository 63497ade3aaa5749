package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.MeasurementColumnsFromCsvTest.assertColumnsEvaluateAsMeasurements;
import static io.emulation.core.evaluation.MeasurementColumnsFromCsvTest.csvOf;

import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On seeded random campaigns, a measurements file read into columns evaluates exactly as the
 * same file read into measurements, every row's {@code file:line} included.
 */
class MeasurementColumnsFromCsvPropertiesTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(21_001, 21_020);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void columnsReadFromCsvEvaluateAsMeasurementsReadFromIt(long seed) {
    RandomCampaigns generated = RandomCampaigns.generate(seed);

    assertColumnsEvaluateAsMeasurements(generated.campaign, csvOf(generated.data.measurements()),
        generated.data.adjustments(), RandomCampaigns.H1, generated.toString());
  }
}
