package io.emulation.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
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
    assertThatThrownBy(() -> Points.of(BigDecimal.ONE, (String) null))
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

  @Test
  void rejectsNullLocalizedExplanation() {
    assertThatThrownBy(() -> Points.of(BigDecimal.ONE, (Explanation) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("explanation");
  }

  @Test
  void localizedExplanationIsRenderedInTheAskedLanguage() {
    Points points = Points.passed(BigDecimal.TEN,
        locale -> locale.getLanguage().equals("vi") ? "không có sự cố" : "no incidents");

    assertThat(points.explanation(Locale.forLanguageTag("vi"))).isEqualTo("không có sự cố");
    assertThat(points.explanation(Locale.ENGLISH)).isEqualTo("no incidents");
  }

  @Test
  void explanationWithoutLocaleIsEnglish() {
    Points points = Points.of(BigDecimal.TEN,
        locale -> locale.getLanguage().equals("en") ? "english" : "other");

    assertThat(points.explanation()).isEqualTo("english");
  }

  @Test
  void localizedExplanationIsNotRenderedUntilRead() {
    int[] renders = {0};
    Points points = Points.of(BigDecimal.ONE, locale -> {
      renders[0]++;
      return "text";
    });

    assertThat(points.value()).isEqualTo(BigDecimal.ONE);
    assertThat(renders[0]).isZero();
  }

  @Test
  void pointsWithEqualPartsAreEqual() {
    assertThat(Points.of(BigDecimal.ONE, "a")).isEqualTo(Points.of(BigDecimal.ONE, "a"))
        .hasSameHashCodeAs(Points.of(BigDecimal.ONE, "a"));
  }

  @Test
  void pointsWithAnotherExplanationDiffer() {
    assertThat(Points.of(BigDecimal.ONE, "a")).isNotEqualTo(Points.of(BigDecimal.ONE, "b"));
  }

  @Test
  void pointsWithAnotherVerdictDiffer() {
    assertThat(Points.passed(BigDecimal.ONE, "a")).isNotEqualTo(Points.failed(BigDecimal.ONE, "a"));
  }

  @Test
  void pointsWithAnotherValueDiffer() {
    assertThat(Points.of(BigDecimal.ONE, "a")).isNotEqualTo(Points.of(BigDecimal.TEN, "a"));
  }

  @Test
  void explanationTextIsWhatWasGiven() {
    Explanation text = Explanation.of("x");

    assertThat(Points.of(BigDecimal.ONE, text).explanationText()).isSameAs(text);
  }
}
