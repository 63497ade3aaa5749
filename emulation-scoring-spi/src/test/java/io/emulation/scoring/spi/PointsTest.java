package io.emulation.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PointsTest {

  @Test
  void ofMakesNoJudgement() {
    assertThat(Points.of(BigDecimal.TEN, "").verdict()).isEqualTo(Verdict.NOT_JUDGED);
  }

  @Test
  void passedJudgesPassed() {
    assertThat(Points.passed(BigDecimal.TEN, "").verdict()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void failedJudgesFailed() {
    assertThat(Points.failed(BigDecimal.ZERO, "").verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void factoriesKeepValueAndExplanation() {
    Points points = Points.of(new BigDecimal("12.50"), "125% of plan");

    assertThat(points.value()).isEqualTo(new BigDecimal("12.50"));
    assertThat(points.explanation()).isEqualTo("125% of plan");
  }

  @Test
  void rejectsNullValue() {
    assertThatThrownBy(() -> Points.of(null, ""))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("points value");
  }

  @Test
  void rejectsNullVerdict() {
    assertThatThrownBy(() -> new Points(BigDecimal.ONE, null, ""))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("verdict");
  }

  @Test
  void rejectsNullExplanation() {
    assertThatThrownBy(() -> Points.of(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("explanation");
  }

  @Test
  void toStringOfUnjudgedPointsWithoutExplanationIsThePlainValue() {
    assertThat(Points.of(new BigDecimal("1E+2"), "")).hasToString("100");
  }

  @Test
  void toStringAppendsExplanationInParentheses() {
    assertThat(Points.of(new BigDecimal("50"), "capped")).hasToString("50 (capped)");
  }

  @Test
  void toStringShowsVerdictWhenJudged() {
    assertThat(Points.failed(BigDecimal.ZERO, "")).hasToString("0 FAILED");
  }

  @Test
  void toStringShowsVerdictThenExplanation() {
    assertThat(Points.passed(new BigDecimal("10.5"), "no incidents"))
        .hasToString("10.5 PASSED (no incidents)");
  }
}
