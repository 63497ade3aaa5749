package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.MeasurementColumnsTest.assertColumnsEvaluateAsMeasurements;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * On seeded random campaigns (every built-in formula, both total methods, members lines, errored
 * lines), measurements given as columns evaluate exactly as the same measurements one by one.
 */
class MeasurementColumnsPropertiesTest {
  @RepeatedTest(40)
  void columnsEvaluateAsTheSameMeasurements(RepetitionInfo repetition) {
    RandomCampaigns generated =
        RandomCampaigns.generate(11_000L + repetition.getCurrentRepetition());

    assertColumnsEvaluateAsMeasurements(generated.campaign, generated.data, RandomCampaigns.H1,
        generated.toString());
  }
}
