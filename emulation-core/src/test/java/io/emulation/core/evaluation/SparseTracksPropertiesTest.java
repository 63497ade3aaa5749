package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.EvaluationFixtures.EVALUATOR;
import static io.emulation.core.evaluation.MeasurementColumnsTest.assertColumnsEvaluateAsMeasurements;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.Problem;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.ScoreLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On seeded random campaigns of a few hundred people measured by the month, each month for a
 * few of them only (every track sparse), measurements given as columns evaluate exactly as the
 * same measurements one by one, and each value is the roll-up of that person's months.
 */
class SparseTracksPropertiesTest {
  private static final List<String> CRITERIA = List.of("hours", "rating", "level", "growth");
  private static final List<Period> ASKED = List.of(SparseTracksTest.YEAR, Period.half(2021, 1),
      Period.half(2021, 2), Period.quarter(2021, 3));

  static LongStream seeds() {
    return LongStream.rangeClosed(31_001, 31_030);
  }

  /**
   * For each criterion and month of 2021, up to one person in twenty of {@code people},
   * distinct, the first or the last now and then (for growth, in the same month of 2020 too);
   * some with a source.
   */
  private static List<Measurement> monthly(SplittableRandom random, int people) {
    List<Measurement> measurements = new ArrayList<>();
    for (String criterion : CRITERIA) {
      for (int month = 1; month <= 12; month++) {
        Set<Integer> measured = new LinkedHashSet<>();
        int count = 1 + random.nextInt(people / 20);
        while (measured.size() < count) {
          int pick = random.nextInt(8);
          measured.add(pick == 0 ? 0 : pick == 1 ? people - 1 : random.nextInt(people));
        }
        // growth has last year's month too, as its baseline
        for (int year = criterion.equals("growth") ? 2020 : 2021; year <= 2021; year++) {
          for (int n : measured) {
            Measurement m = Measurement.of(SparseTracksTest.id(n), criterion,
                Period.month(year, month), RandomCampaigns.decimal(random, 1, 60));
            measurements.add(random.nextInt(10) == 0 ? m.withSource("sheet:" + n) : m);
          }
        }
      }
    }
    return measurements;
  }

  /** By person, the sum of their hours in the months inside {@code period}. */
  private static Map<String, BigDecimal> hoursIn(Period period, List<Measurement> measurements) {
    Map<String, BigDecimal> sums = new HashMap<>();
    for (Measurement m : measurements) {
      if (m.criterionId().equals("hours") && period.contains(m.period())) {
        sums.merge(m.participantId(), m.value(), BigDecimal::add);
      }
    }
    return sums;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sparseMonthsGivenAsColumnsEvaluateAsTheSameMeasurements(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int people = 100 + random.nextInt(300);
    Campaign campaign = SparseTracksTest.campaign(people);
    List<Measurement> measurements = monthly(random, people);
    Collections.shuffle(measurements, new Random(seed));
    EvaluationData data = EvaluationData.builder().addMeasurements(measurements).build();
    Period asked = ASKED.get(random.nextInt(ASKED.size()));
    String what = "seed " + seed + ", " + people + " people, " + asked;

    // columns in pieces, and measurements kept beside them in the same months
    assertColumnsEvaluateAsMeasurements(campaign, data, asked, m -> random.nextInt(3) - 1, what);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everySparseMonthIsRolledUp(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int people = 100 + random.nextInt(300);
    Campaign campaign = SparseTracksTest.campaign(people);
    List<Measurement> measurements = monthly(random, people);
    EvaluationData columns = MeasurementColumnsTest.asColumns(
        EvaluationData.builder().addMeasurements(measurements).build());
    List<Problem> problems = new ArrayList<>();

    MeasurementIndex index = SparseTracksTest.index(campaign, columns, problems);

    assertThat(problems).isEmpty();
    for (String criterion : CRITERIA) {
      for (int month = 1; month <= 12; month++) {
        assertThat(index.sparse(criterion, Period.month(2021, month)))
            .as("seed %d, %s in month %d", seed, criterion, month).isTrue();
      }
    }
    Map<String, BigDecimal> expected = hoursIn(SparseTracksTest.YEAR, measurements);
    for (ParticipantResult result : EVALUATOR.evaluate(campaign, columns,
        SparseTracksTest.YEAR).all()) {
      Optional<BigDecimal> value = result.scorecard().line("hours").flatMap(ScoreLine::value);
      assertThat(value.map(BigDecimal::stripTrailingZeros))
          .as("seed %d, %s", seed, result.participantId())
          .isEqualTo(Optional.ofNullable(expected.get(result.participantId()))
              .map(BigDecimal::stripTrailingZeros));
    }
  }
}
