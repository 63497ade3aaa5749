package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.EvaluationFixtures.EVALUATOR;
import static io.emulation.core.evaluation.MeasurementColumnsTest.assertColumnsEvaluateAsMeasurements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.InvalidDataException;
import io.emulation.core.Problem;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MeasurementColumn;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.criteria.RollUp;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A criterion's period measured for few of the participants is kept sparse, and reads, rolls up
 * and finds duplicates as when it is kept by participant number.
 */
class SparseTracksTest {
  static final Period YEAR = Period.year(2021);
  static final Period JANUARY = Period.month(2021, 1);
  /** 160 participants: a period measured for fewer than 10 of them is sparse. */
  private static final int PEOPLE = 160;

  /** Participant {@code n}'s id: {@code p0000}, {@code p0001}, ... */
  static String id(int n) {
    return String.format("p%04d", n);
  }

  /**
   * A campaign of {@code people} individuals and criteria rolling sub-periods up in every way:
   * {@code hours} (sum), {@code rating} (mean), {@code level} (last), each not applicable when
   * missing, and {@code growth} over the same period a year earlier.
   */
  static Campaign campaign(int people) {
    Organisation.Builder org = Organisation.builder().unit(OrgUnit.root("f", "Factory"));
    IntStream.range(0, people).forEach(n -> org.individual(Individual.of(id(n), "P " + n, "f")));
    return Campaign.builder("sparse", "Sparse")
        .period(YEAR)
        .organisation(org.build())
        .criteria(criterion("hours", RollUp.SUM).build(),
            criterion("rating", RollUp.MEAN).build(),
            criterion("level", RollUp.LAST).build(),
            EvaluationFixtures.growthCriterion("growth", "Growth"))
        .build();
  }

  private static Criterion.Builder criterion(String id, RollUp rollUp) {
    return Criterion.builder(id, id)
        .formula("emulation:linear", SmallFactory.params(Map.of("maxPoints", 10)))
        .target(BigDecimal.valueOf(100))
        .rollUp(rollUp)
        .whenMissing(MissingPolicy.NOT_APPLICABLE);
  }

  /** The index of the data, with the participants in scope as an evaluation numbers them. */
  static MeasurementIndex index(Campaign campaign, EvaluationData data, List<Problem> problems) {
    Roster roster = Roster.of(campaign);
    return MeasurementIndex.of(campaign, roster.inScope(), roster.numbers(), roster.kinds(),
        data.measurements(), data.columns(), problems, CompiledCampaign.PARALLEL_FROM);
  }

  private static MeasurementIndex index(EvaluationData data) {
    List<Problem> problems = new ArrayList<>();
    MeasurementIndex index = index(campaign(PEOPLE), data, problems);
    assertThat(problems).isEmpty();
    return index;
  }

  private static Measurement hours(int participant, Period period, String value) {
    return Measurement.of(id(participant), "hours", period, new BigDecimal(value));
  }

  /** A column of hours in January, of the participants given with their values. */
  private static MeasurementColumn hoursColumn(Object... rows) {
    MeasurementColumn.Builder column = MeasurementColumn.builder("hours", JANUARY);
    for (int i = 0; i < rows.length; i += 2) {
      column.add(id((Integer) rows[i]), new BigDecimal((String) rows[i + 1]));
    }
    return column.build();
  }

  private static BigDecimal valueOf(MeasurementIndex index, int participant, Period period) {
    Criterion hours = campaign(PEOPLE).criterion("hours").orElseThrow();
    MeasurementIndex.Resolved resolved = index.lookup(period, false).resolve(
        index.numberOf(id(participant)), id(participant), hours, index.position(hours.id()),
        new ArrayList<>());
    return resolved == null ? null : resolved.value();
  }

  /** Hours in January for the first {@code count} participants from the last one down. */
  private static EvaluationData fromTheLast(int count) {
    EvaluationData.Builder data = EvaluationData.builder();
    for (int n = PEOPLE - 1; n >= PEOPLE - count; n--) {
      data.add(hours(n, JANUARY, "5"));
    }
    return data.build();
  }

  private static List<Problem> problemsOf(EvaluationData data) {
    return catchThrowableOfType(InvalidDataException.class,
        () -> EVALUATOR.evaluate(campaign(PEOPLE), data, YEAR)).problems();
  }

  @Test
  void theFirstAndLastParticipantsOfASparseTrackAreFound() {
    EvaluationData data = EvaluationData.builder()
        .add(hours(80, JANUARY, "3"))
        .add(hoursColumn(PEOPLE - 1, "2", 0, "1"))
        .build();

    MeasurementIndex index = index(data);

    assertThat(index.sparse("hours", JANUARY)).isTrue();
    assertThat(valueOf(index, 0, JANUARY)).isEqualByComparingTo("1");
    assertThat(valueOf(index, PEOPLE - 1, JANUARY)).isEqualByComparingTo("2");
    assertThat(valueOf(index, 80, JANUARY)).isEqualByComparingTo("3");
    assertThat(valueOf(index, 1, JANUARY)).isNull();
    assertThat(valueOf(index, PEOPLE - 2, JANUARY)).isNull();
    assertThat(valueOf(index, 79, JANUARY)).isNull();
  }

  @Test
  void sparseMonthsRollUpIntoTheYear() {
    EvaluationData data = EvaluationData.builder()
        .add(hours(0, JANUARY, "3"), hours(0, Period.month(2021, 12), "4"),
            hours(PEOPLE - 1, Period.month(2021, 6), "7"))
        .build();

    MeasurementIndex index = index(data);

    assertThat(valueOf(index, 0, YEAR)).isEqualByComparingTo("7");
    assertThat(valueOf(index, PEOPLE - 1, YEAR)).isEqualByComparingTo("7");
    assertThat(valueOf(index, 1, YEAR)).isNull();
  }

  @Test
  void aPeriodMeasuredForOneParticipantInSixteenIsKeptByParticipantNumber() {
    EvaluationData data = fromTheLast(PEOPLE / MeasurementIndex.SPARSE);

    assertThat(index(data).sparse("hours", JANUARY)).isFalse();
    assertThat(index(MeasurementColumnsTest.asColumns(data)).sparse("hours", JANUARY)).isFalse();
    assertColumnsEvaluateAsMeasurements(campaign(PEOPLE), data, YEAR, "at the threshold");
  }

  @Test
  void aPeriodMeasuredForFewerThanOneParticipantInSixteenIsSparse() {
    EvaluationData data = fromTheLast(PEOPLE / MeasurementIndex.SPARSE - 1);

    assertThat(index(data).sparse("hours", JANUARY)).isTrue();
    assertThat(index(MeasurementColumnsTest.asColumns(data)).sparse("hours", JANUARY)).isTrue();
    assertColumnsEvaluateAsMeasurements(campaign(PEOPLE), data, YEAR, "below the threshold");
  }

  @Test
  void aPeriodMeasuredForManyIsReadAsWhenFew() {
    EvaluationData data = fromTheLast(PEOPLE / 2);

    MeasurementIndex index = index(MeasurementColumnsTest.asColumns(data, m -> 0));

    assertThat(index.sparse("hours", JANUARY)).isFalse();
    assertThat(valueOf(index, PEOPLE - 1, JANUARY)).isEqualByComparingTo("5");
    assertThat(valueOf(index, PEOPLE / 2, JANUARY)).isEqualByComparingTo("5");
    assertThat(valueOf(index, PEOPLE / 2 - 1, JANUARY)).isNull();
  }

  @Test
  void aValueInASparseColumnAndAsAMeasurementIsADuplicate() {
    EvaluationData data = EvaluationData.builder()
        .add(hours(PEOPLE - 1, JANUARY, "80"))
        .add(hoursColumn(3, "1", PEOPLE - 1, "81"))
        .build();

    assertThat(problemsOf(data)).singleElement().satisfies(problem -> {
      assertThat(problem.location()).isEqualTo("columns[0] (hours 2021-01) row 2");
      assertThat(problem.message().toString()).contains(id(PEOPLE - 1)).contains("hours")
          .contains("2021-01");
    });
  }

  @Test
  void aParticipantTwiceInASparseColumnIsADuplicateAfterTheTrackGrew() {
    // more entries than the first table holds, then the first participant again
    MeasurementColumn.Builder column = MeasurementColumn.builder("hours", JANUARY);
    IntStream.range(0, 9).forEach(n -> column.add(id(n * 17), BigDecimal.ONE));
    column.add(id(0), BigDecimal.TEN);

    assertThat(problemsOf(EvaluationData.builder().add(column.build()).build()))
        .singleElement().satisfies(problem ->
            assertThat(problem.location()).isEqualTo("columns[0] (hours 2021-01) row 10"));
  }

  @Test
  void aParticipantInTwoSparseColumnsOfOnePeriodIsADuplicate() {
    EvaluationData data = EvaluationData.builder()
        .add(hoursColumn(0, "1"), hoursColumn(PEOPLE - 1, "2", 0, "3"))
        .build();

    assertThat(problemsOf(data)).singleElement().satisfies(problem ->
        assertThat(problem.location()).isEqualTo("columns[1] (hours 2021-01) row 2"));
  }
}
