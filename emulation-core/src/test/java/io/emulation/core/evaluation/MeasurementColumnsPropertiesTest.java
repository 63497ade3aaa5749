package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.MeasurementColumnsTest.assertColumnsEvaluateAsMeasurements;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * On seeded random campaigns (every built-in formula, both total methods, members lines, errored
 * lines), measurements given as columns evaluate exactly as the same measurements one by one:
 * columns in the organisation's order or another, whole or in pieces, alone or beside
 * measurements of the same criterion and period.
 */
class MeasurementColumnsPropertiesTest {
  @RepeatedTest(40)
  void columnsEvaluateAsTheSameMeasurements(RepetitionInfo repetition) {
    RandomCampaigns generated =
        RandomCampaigns.generate(11_000L + repetition.getCurrentRepetition());

    assertColumnsEvaluateAsMeasurements(generated.campaign, generated.data, RandomCampaigns.H1,
        generated.toString());
  }

  @RepeatedTest(40)
  void columnsInAnotherOrderThanTheOrganisationEvaluateAsTheSameMeasurements(
      RepetitionInfo repetition) {
    int seed = repetition.getCurrentRepetition();
    RandomCampaigns shuffled = RandomCampaigns.generate(12_000L + seed).shuffled(seed);

    assertColumnsEvaluateAsMeasurements(shuffled.campaign, shuffled.data, RandomCampaigns.H1,
        shuffled.toString());
  }

  @RepeatedTest(40)
  void columnsSplitInPiecesEvaluateAsTheSameMeasurements(RepetitionInfo repetition) {
    RandomCampaigns generated =
        RandomCampaigns.generate(13_000L + repetition.getCurrentRepetition());
    SplittableRandom pieces = new SplittableRandom(repetition.getCurrentRepetition());

    assertColumnsEvaluateAsMeasurements(generated.campaign, generated.data, RandomCampaigns.H1,
        m -> pieces.nextInt(3), generated.toString());
  }

  @RepeatedTest(40)
  void aPeriodPartlyInColumnsAndPartlyInMeasurementsEvaluatesAsTheSameMeasurements(
      RepetitionInfo repetition) {
    RandomCampaigns generated =
        RandomCampaigns.generate(14_000L + repetition.getCurrentRepetition());
    SplittableRandom kept = new SplittableRandom(repetition.getCurrentRepetition());

    assertColumnsEvaluateAsMeasurements(generated.campaign, generated.data, RandomCampaigns.H1,
        m -> kept.nextBoolean() ? -1 : 0, generated.toString());
  }
}
