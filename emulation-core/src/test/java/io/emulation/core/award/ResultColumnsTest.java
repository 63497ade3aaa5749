package io.emulation.core.award;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.org.Individual;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.preset.Presets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The columns conditions read hold, position by position, what each participant's result and
 * record say, whether read on one thread or on several, and whether from an evaluation's own
 * list (its columns, by place) or from another list of its results (result by result), over
 * seeded random factories (people with and without hire dates, disciplined, under review, with
 * failed vetoes).
 */
class ResultColumnsTest {
  private static final LocalDate DAY = LocalDate.of(2016, 1, 1);

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 3);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void individualsColumnsHoldWhatTheirResultsAndRecordsSay(long seed) {
    RandomAwardCampaigns factory = RandomAwardCampaigns.generate(seed);
    EvaluationResult evaluation = factory.decide(Presets.law2022()).evaluation();
    GradingScale scale = factory.campaign().grading(ParticipantKind.INDIVIDUAL);

    List<List<ParticipantResult>> lists =
        List.of(evaluation.individuals(), new ArrayList<>(evaluation.individuals()));
    for (int parallelFrom : new int[] {1, Integer.MAX_VALUE}) {
      for (List<ParticipantResult> results : lists) {
        checkIndividuals(seed, scale, results,
            ResultColumns.of(results, ParticipantKind.INDIVIDUAL, scale, parallelFrom));
      }
    }
  }

  private static void checkIndividuals(long seed, GradingScale scale,
      List<ParticipantResult> results, ResultColumns columns) {
    assertThat(columns.individuals()).isTrue();
    assertThat(columns.size()).isEqualTo(results.size());
    for (int p = 0; p < results.size(); p++) {
      ParticipantResult result = results.get(p);
      Individual person = (Individual) result.participant();
      String where = "seed " + seed + ", " + result.participantId();
      assertThat(columns.id(p)).as(where).isEqualTo(person.id());
      assertThat(columns.position(person.id())).as(where).isEqualTo(p);
      assertThat(columns.unit(p)).as(where).isEqualTo(person.rankingUnitId());
      assertThat(columns.grade(p)).as(where).isEqualTo(scale.position(result.grade().grade()));
      assertThat(columns.vetoFailed(p)).as(where)
          .isEqualTo(!result.scorecard().vetoFailures().isEmpty());
      assertThat(columns.hiredBy(p, DAY)).as(where)
          .isEqualTo(person.hireDate().filter(hired -> !hired.isAfter(DAY)).isPresent());
      assertThat(columns.discipline(p)).as(where).isEqualTo(person.discipline());
      assertThat(columns.underReview(p)).as(where).isEqualTo(person.isUnderReview());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void collectivesColumnsHoldTheirResultsButNoIndividualsRecords(long seed) {
    RandomAwardCampaigns factory = RandomAwardCampaigns.generate(seed);
    EvaluationResult evaluation = factory.decide(Presets.law2022()).evaluation();
    GradingScale scale = factory.campaign().grading(ParticipantKind.COLLECTIVE);
    for (List<ParticipantResult> results :
        List.of(evaluation.collectives(), new ArrayList<>(evaluation.collectives()))) {
      checkCollectives(scale, results,
          ResultColumns.of(results, ParticipantKind.COLLECTIVE, scale, 1));
    }
  }

  private static void checkCollectives(GradingScale scale, List<ParticipantResult> results,
      ResultColumns columns) {
    assertThat(results).isNotEmpty();
    assertThat(columns.individuals()).isFalse();
    assertThat(columns.position("not-a-collective")).isEqualTo(-1);
    for (int p = 0; p < results.size(); p++) {
      ParticipantResult result = results.get(p);
      assertThat(columns.id(p)).isEqualTo(result.participantId());
      assertThat(columns.position(result.participantId())).isEqualTo(p);
      assertThat(columns.grade(p)).isEqualTo(scale.position(result.grade().grade()));
      assertThat(columns.vetoFailed(p)).isEqualTo(!result.scorecard().vetoFailures().isEmpty());
    }
  }

  @Test
  void aGradeIsPlacedByItsCodeAndACodeOutsideTheScaleHasNoPlace() {
    GradingScale scale = GradingScale.standard();

    for (int i = 0; i < scale.grades().size(); i++) {
      assertThat(ResultColumns.place(scale, scale.grades().get(i).code())).isEqualTo(i);
    }
    assertThat(ResultColumns.place(scale, "NOT_A_GRADE")).isEqualTo(ResultColumns.NONE);
  }
}
