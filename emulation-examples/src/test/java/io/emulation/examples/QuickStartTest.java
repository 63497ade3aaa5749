package io.emulation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.award.AwardResult;
import io.emulation.core.preset.Presets;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.Grade;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The flagship example evaluates as its documentation says. */
class QuickStartTest {
  private final EvaluationResult result = QuickStart.evaluate();

  @Test
  void everyoneInTheFactoryIsEvaluated() {
    assertThat(result.individuals()).hasSize(8);
    assertThat(result.collectives()).extracting(ParticipantResult::participantId)
        .containsExactlyInAnyOrder("px1", "px2");
  }

  @Test
  void safetyIncidentCapsAnOtherwiseExcellentWorker() {
    ParticipantResult cn04 = result.result("cn04").orElseThrow();
    assertThat(cn04.scorecard().total()).isEqualByComparingTo("80.00");
    assertThat(cn04.grade().grade()).isEqualTo(Grade.COMPLETED);
    assertThat(cn04.scorecard().vetoFailures()).containsExactly("safety");
  }

  @Test
  void bestWorkerTopsTheRanking() {
    // cn01: 52 + 58 = 110 % of plan -> 60 + 5 bonus; 2 initiatives -> 10; safe -> 25; total 100
    assertThat(result.individuals().get(0).participantId()).isEqualTo("cn01");
    assertThat(result.individuals().get(0).scorecard().total()).isEqualByComparingTo("100.00");
  }

  @Test
  void advancedWorkerNeedsGoodGradeAndSixMonthsOfService() {
    AwardResult awards = QuickStart.awards(result);
    // cn04 is capped by the safety veto, cn06 is only "completed", cn08 joined in March
    assertThat(awards.recipients(Presets.LDTT))
        .containsExactlyInAnyOrder("cn01", "cn02", "cn03", "cn05", "cn07");
    assertThat(awards.decision("cn08", Presets.LDTT).orElseThrow().reasons())
        .anySatisfy(reason -> assertThat(reason.toString()).startsWith("hired 2021-03-01, needs 2021-01-01 or earlier"));
  }

  @Test
  void fifteenPercentOfFiveAdvancedWorkersLeavesNoFighterPlace() {
    AwardResult awards = QuickStart.awards(result);
    assertThat(awards.recipients(Presets.CSTDCS)).isEmpty();
    assertThat(awards.decision("cn01", Presets.CSTDCS).orElseThrow().reasons())
        .extracting(Object::toString).containsExactly("ranked 1st of 2 eligible for 0 places (at most 15% of the "
            + "lao-dong-tien-tien holders, rounded floor)");
  }

  @Test
  void workshopWithHalfItsPeopleAdvancedIsNotAnAdvancedCollective() {
    AwardResult awards = QuickStart.awards(result);
    assertThat(awards.recipients(Presets.TTLDTT)).containsExactly("px1");
    assertThat(awards.decision("px2", Presets.TTLDTT).orElseThrow().reasons())
        .extracting(Object::toString)
        .containsExactly("2 of 4 members (50.00%) hold lao-dong-tien-tien, needs more than 50%");
    assertThat(awards.summary().describe())
        .isEqualTo("1 collective and 5 individuals commended (8 awards)");
  }

  @Test
  void printedReportShowsRanksAndAnExplanation() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.print(result, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("quyet-thang-2021, 2021-H1")
        .contains("Nguyễn Văn An")
        .contains("veto failed: safety")
        .contains("capped at COMPLETED");
  }
}
