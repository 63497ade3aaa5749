package io.emulation.examples;

import static org.assertj.core.api.Assertions.assertThat;

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
