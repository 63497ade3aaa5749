package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.EvaluationFixtures.EVALUATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.InvalidDataException;
import io.emulation.core.Problem;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.MeasurementColumn;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Enough people that their inputs are checked in several slices on both cores: problems come in
 * participant order and results equal the sequential run's, as with a few people.
 */
class ParallelSlicesTest {
  private static final Period H1 = Period.half(2021, 1);
  private static final int PEOPLE = 10_000;

  private static Campaign campaign() {
    Organisation.Builder org = Organisation.builder().unit(OrgUnit.root("f", "Factory"));
    for (int u = 0; u < 40; u++) {
      org.unit(OrgUnit.of("u" + u, "Unit " + u, "f"));
    }
    for (int i = 0; i < PEOPLE; i++) {
      org.individual(Individual.of(id(i), "Person " + i, "u" + i % 40));
    }
    return Campaign.builder("c", "Campaign").period(Period.year(2021)).organisation(org.build())
        .criteria(Criterion.builder("output", "Output")
                .formula("emulation:linear", FormulaParameters.builder().put("maxPoints", 40)
                    .build())
                .target(BigDecimal.valueOf(100)).whenMissing(MissingPolicy.ERROR).build(),
            Criterion.builder("peers", "Relative to peers")
                .formula("emulation:percentile", FormulaParameters.builder()
                    .put("maxPoints", 10).build())
                .build())
        .build();
  }

  private static String id(int i) {
    return String.format("p%05d", i);
  }

  /** Everyone's output and value for peers, but the output of {@code without}. */
  private static EvaluationData data(Set<Integer> without) {
    MeasurementColumn.Builder output = MeasurementColumn.builder("output", H1);
    MeasurementColumn.Builder peers = MeasurementColumn.builder("peers", H1);
    for (int i = 0; i < PEOPLE; i++) {
      if (!without.contains(i)) {
        output.add(id(i), BigDecimal.valueOf(i * 37L % 150));
      }
      peers.add(id(i), BigDecimal.valueOf(i * 13L % 101, 1));
    }
    return EvaluationData.builder().add(output.build()).add(peers.build()).build();
  }

  @Test
  void manyPeopleAreEvaluatedInParallelAsOneByOne() {
    CompiledCampaign compiled = EVALUATOR.compile(campaign());
    EvaluationData data = data(Set.of());

    EvaluationResult parallel = compiled.evaluate(data, H1, 1);
    EvaluationResult sequential = compiled.evaluate(data, H1, Integer.MAX_VALUE);

    assertThat(parallel).isEqualTo(sequential);
    assertThat(parallel.individuals()).hasSize(PEOPLE);
  }

  @Test
  void problemsOfManyPeopleComeInParticipantOrderWhenCheckedInSlices() {
    CompiledCampaign compiled = EVALUATOR.compile(campaign());
    // missing outputs at the start, inside and at the end of different slices
    EvaluationData data = data(Set.of(9_999, 17, 4_096, 5_000, 0));

    InvalidDataException parallel = catchThrowableOfType(
        () -> compiled.evaluate(data, H1, 1), InvalidDataException.class);
    InvalidDataException sequential = catchThrowableOfType(
        () -> compiled.evaluate(data, H1, Integer.MAX_VALUE), InvalidDataException.class);

    assertThat(parallel.problems()).isEqualTo(sequential.problems());
    assertThat(parallel.problems()).extracting(p -> p.location()).containsExactly(
        "criteria/output/p00000", "criteria/output/p00017", "criteria/output/p04096",
        "criteria/output/p05000", "criteria/output/p09999");
  }

  @Test
  void problemsOfColumnsIndexedOnSeveralThreadsComeInColumnOrderAsOneByOne() {
    Campaign campaign = campaign();
    MeasurementColumn.Builder again = MeasurementColumn.builder("output", H1);
    again.add(id(3), BigDecimal.ONE).add("nobody", BigDecimal.ONE).add(id(1), BigDecimal.TEN);
    MeasurementColumn.Builder negative = MeasurementColumn.builder("peers", Period.half(2021, 2));
    negative.add(id(2), BigDecimal.valueOf(-1)).add(id(4), BigDecimal.ONE)
        .add(id(5), BigDecimal.TEN);
    // columns feeding the same track, another track, no track: duplicates, rows that do not fit
    // and unknown criteria in column order, and in row order within a column (the raw list:
    // an exception sorts its problems)
    EvaluationData data = EvaluationData.builder()
        .add(MeasurementColumn.builder("peers", Period.half(2021, 2)).add(id(5), BigDecimal.ONE)
            .build())
        .add(data(Set.of()).columns().toArray(MeasurementColumn[]::new))
        .add(MeasurementColumn.builder("outptu", H1).add(id(0), BigDecimal.ONE).build())
        .add(again.build()).add(negative.build()).build();
    List<Problem> parallel = new ArrayList<>();
    List<Problem> sequential = new ArrayList<>();

    Roster roster = Roster.of(campaign);
    MeasurementIndex.of(campaign, roster.inScope(), roster.numbers(), roster.kinds(),
        data.measurements(), data.columns(), parallel, 1);
    MeasurementIndex.of(campaign, roster.inScope(), roster.numbers(), roster.kinds(),
        data.measurements(), data.columns(), sequential, Integer.MAX_VALUE);

    assertThat(parallel).isEqualTo(sequential);
    assertThat(parallel).extracting(Problem::location).containsExactly(
        "columns[3] (outptu 2021-H1)", "columns[4] (output 2021-H1) row 1",
        "columns[4] (output 2021-H1) row 2", "columns[4] (output 2021-H1) row 3",
        "columns[5] (peers 2021-H2) row 1", "columns[5] (peers 2021-H2) row 3");
  }
}
