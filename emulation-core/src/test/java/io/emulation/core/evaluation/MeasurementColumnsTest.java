package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.EvaluationFixtures.EVALUATOR;
import static io.emulation.core.evaluation.EvaluationFixtures.assertEvaluatedAlike;
import static io.emulation.core.evaluation.EvaluationFixtures.growthCampaign;
import static io.emulation.core.evaluation.EvaluationFixtures.growthData;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.emulation.core.InvalidDataException;
import io.emulation.core.Problem;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MeasurementColumn;
import io.emulation.core.period.Period;
import io.emulation.core.text.Languages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * Measurements given as columns evaluate exactly as the same measurements given one by one,
 * alone or mixed with them, and every row that does not fit is a problem naming its column and
 * row.
 */
class MeasurementColumnsTest {
  private static final Period H1 = SmallFactory.H1;

  /**
   * The same data with every measurement that has no target or source of its own moved into a
   * column of its criterion and period.
   */
  static EvaluationData asColumns(EvaluationData data) {
    return asColumns(data, m -> 0);
  }

  /**
   * The same data with every measurement that has no target or source of its own moved into a
   * column of its criterion, its period and the piece {@code pieceOf} gives it, or kept as a
   * measurement when that piece is negative.
   */
  static EvaluationData asColumns(EvaluationData data, ToIntFunction<Measurement> pieceOf) {
    Map<List<Object>, MeasurementColumn.Builder> columns = new LinkedHashMap<>();
    List<Measurement> kept = new ArrayList<>();
    for (Measurement m : data.measurements()) {
      int piece = m.target().isPresent() || !m.source().isEmpty() ? -1 : pieceOf.applyAsInt(m);
      if (piece < 0) {
        kept.add(m);
      } else {
        columns.computeIfAbsent(List.of(m.criterionId(), m.period(), piece),
                k -> MeasurementColumn.builder(m.criterionId(), m.period()))
            .add(m.participantId(), m.value());
      }
    }
    return new EvaluationData(ImmutableList.copyOf(kept), data.adjustments(),
        columns.values().stream().map(MeasurementColumn.Builder::build)
            .collect(ImmutableList.toImmutableList()));
  }

  static void assertColumnsEvaluateAsMeasurements(Campaign campaign, EvaluationData data,
      Period period, String what) {
    assertColumnsEvaluateAsMeasurements(campaign, data, period, m -> 0, what);
  }

  /** As above, with the columns in pieces, or measurements kept, as {@code pieceOf} says. */
  static void assertColumnsEvaluateAsMeasurements(Campaign campaign, EvaluationData data,
      Period period, ToIntFunction<Measurement> pieceOf, String what) {
    EvaluationData columns = asColumns(data, pieceOf);
    assertThat(columns.columns()).as(what).isNotEmpty();

    assertEvaluatedAlike(EVALUATOR.evaluate(campaign, columns, period),
        EVALUATOR.evaluate(campaign, data, period), what);
  }

  private static List<Problem> problemsOf(Campaign campaign, EvaluationData data) {
    try {
      EVALUATOR.evaluate(campaign, data, H1);
    } catch (InvalidDataException e) {
      return e.problems();
    }
    throw new AssertionError("no problem found in " + data);
  }

  private static MeasurementColumn output(String... rows) {
    MeasurementColumn.Builder column = MeasurementColumn.builder("output", H1);
    for (int i = 0; i < rows.length; i += 2) {
      column.add(rows[i], new BigDecimal(rows[i + 1]));
    }
    return column.build();
  }

  @Test
  void quartersGivenAsColumnsRollUpLikeMeasurements() {
    // SmallFactory's a1 has its output per quarter, rolled up into the half year
    assertColumnsEvaluateAsMeasurements(SmallFactory.campaign(), SmallFactory.data(), H1,
        "small factory");
  }

  @Test
  void lastYearGivenAsAColumnIsTheBaseline() {
    assertColumnsEvaluateAsMeasurements(growthCampaign(), growthData(), H1, "growth");
  }

  @Test
  void columnsAndMeasurementsMix() {
    EvaluationData data = EvaluationData.builder()
        .addMeasurements(SmallFactory.data().measurements().stream()
            .filter(m -> !m.criterionId().equals("safety")).toList())
        .addAdjustments(SmallFactory.data().adjustments())
        .add(asColumns(EvaluationData.builder().addMeasurements(SmallFactory.data().measurements()
            .stream().filter(m -> m.criterionId().equals("safety")).toList()).build())
            .columns().toArray(MeasurementColumn[]::new))
        .build();

    assertThat(EVALUATOR.evaluate(SmallFactory.campaign(), data, H1))
        .isEqualTo(EVALUATOR.evaluate(SmallFactory.campaign(), SmallFactory.data(), H1));
  }

  @Test
  void aRowForAnUnknownParticipantNamesColumnAndRow() {
    EvaluationData data = EvaluationData.builder().add(output("a2", "80", "zz", "90")).build();

    assertThat(problemsOf(SmallFactory.campaign(), data)).anySatisfy(problem -> {
      assertThat(problem.location()).isEqualTo("columns[0] (output 2021-H1) row 2");
      assertThat(problem.message().toString()).contains("'zz'");
    });
  }

  @Test
  void aColumnOfAnUnknownCriterionIsOneProblemWithASuggestion() {
    EvaluationData data = EvaluationData.builder()
        .add(MeasurementColumn.builder("outptu", H1).add("a1", BigDecimal.ONE)
            .add("a2", BigDecimal.TEN).build())
        .build();

    // the criteria left without values are problems too; the column is one, not one per row
    assertThat(problemsOf(SmallFactory.campaign(), data))
        .filteredOn(problem -> problem.location().startsWith("columns"))
        .singleElement().satisfies(problem -> {
      assertThat(problem.location()).isEqualTo("columns[0] (outptu 2021-H1)");
      assertThat(problem.message().toString())
          .isEqualTo("column of measurements names unknown criterion 'outptu' (did you mean "
              + "'output'?)");
      assertThat(problem.message().in(Languages.VIETNAMESE)).contains("cột số liệu");
    });
  }

  @Test
  void aValueGivenInAColumnAndAsAMeasurementIsADuplicate() {
    EvaluationData data = EvaluationData.builder()
        .add(Measurement.of("a2", "output", H1, new BigDecimal("80")))
        .add(output("a2", "81"))
        .build();

    assertThat(problemsOf(SmallFactory.campaign(), data)).anySatisfy(problem -> {
      assertThat(problem.location()).isEqualTo("columns[0] (output 2021-H1) row 1");
      assertThat(problem.message().toString()).contains("a2").contains("output");
    });
  }

  @Test
  void aParticipantTwiceInOneColumnIsADuplicate() {
    EvaluationData data = EvaluationData.builder().add(output("a2", "80", "a2", "81")).build();

    assertThat(problemsOf(SmallFactory.campaign(), data)).anySatisfy(problem ->
        assertThat(problem.location()).isEqualTo("columns[0] (output 2021-H1) row 2"));
  }

  @Test
  void aParticipantInTwoColumnsOfOnePeriodIsADuplicate() {
    EvaluationData data = EvaluationData.builder()
        .add(output("a2", "80"), output("a1", "90", "a2", "81")).build();

    assertThat(problemsOf(SmallFactory.campaign(), data))
        .filteredOn(problem -> problem.location().startsWith("columns"))
        .singleElement().satisfies(problem -> {
      assertThat(problem.location()).isEqualTo("columns[1] (output 2021-H1) row 2");
      assertThat(problem.message().toString()).contains("a2").contains("output");
    });
  }

  @Test
  void aNegativeRowIsAProblemLikeANegativeMeasurement() {
    EvaluationData data = EvaluationData.builder().add(output("a2", "-5")).build();

    assertThat(problemsOf(SmallFactory.campaign(), data)).anySatisfy(problem -> {
      assertThat(problem.location()).isEqualTo("columns[0] (output 2021-H1) row 1");
      assertThat(problem.message()).isEqualTo(problemsOf(SmallFactory.campaign(),
          EvaluationData.builder().add(Measurement.of("a2", "output", H1, new BigDecimal("-5")))
              .build()).stream().filter(p -> p.location().equals("measurements[0]"))
          .findFirst().orElseThrow().message());
    });
  }

  @Test
  void dataWithoutColumnsHasNone() {
    assertThat(EvaluationData.of(List.of(), List.of()).columns()).isEmpty();
    assertThat(new EvaluationData(ImmutableList.of(), ImmutableList.of()).columns()).isEmpty();
  }
}
