package io.emulation.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterProblemTest {

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void rejectsBlankMessage(String blank) {
    assertThatThrownBy(() -> ParameterProblem.of("maxPoints", blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a parameter problem needs a message");
  }

  @Test
  void rejectsNullParameter() {
    assertThatThrownBy(() -> ParameterProblem.of(null, "must be >= 0"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("parameter");
  }

  @Test
  void rejectsNullMessage() {
    assertThatThrownBy(() -> ParameterProblem.of("maxPoints", (String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("message");
  }

  @Test
  void ofKeepsBothParts() {
    assertThat(ParameterProblem.of("bands[2].points", "must be >= 0"))
        .isEqualTo(new ParameterProblem("bands[2].points", "must be >= 0"));
  }

  @Test
  void toStringPrefixesTheParameter() {
    assertThat(ParameterProblem.of("bands[2].points", "must be >= 0"))
        .hasToString("bands[2].points: must be >= 0");
  }

  @Test
  void toStringOfProblemWithTheWholeIsTheMessageAlone() {
    assertThat(ParameterProblem.of("", "bands overlap")).hasToString("bands overlap");
  }

  @Test
  void rejectsNullExplanation() {
    assertThatThrownBy(() -> ParameterProblem.of("maxPoints", (Explanation) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("message");
  }

  @Test
  void rejectsBlankFixedExplanation() {
    assertThatThrownBy(() -> ParameterProblem.of("maxPoints", Explanation.of(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a parameter problem needs a message");
  }

  @Test
  void localizedMessageIsRenderedInTheAskedLanguage() {
    ParameterProblem problem = ParameterProblem.of("maxPoints",
        locale -> locale.getLanguage().equals("vi") ? "phải > 0" : "must be > 0");

    assertThat(problem.message(Locale.forLanguageTag("vi"))).isEqualTo("phải > 0");
    assertThat(problem.message(Locale.ENGLISH)).isEqualTo("must be > 0");
  }

  @Test
  void messageWithoutLocaleIsEnglish() {
    ParameterProblem problem = ParameterProblem.of("maxPoints",
        locale -> locale.getLanguage().equals("en") ? "english" : "other");

    assertThat(problem.message()).isEqualTo("english");
  }

  @Test
  void toStringIsInEnglish() {
    ParameterProblem problem = ParameterProblem.of("maxPoints",
        locale -> locale.getLanguage().equals("en") ? "must be > 0" : "phải > 0");

    assertThat(problem).hasToString("maxPoints: must be > 0");
  }

  @Test
  void localizedMessageIsNotRenderedUntilRead() {
    int[] renders = {0};
    ParameterProblem problem = ParameterProblem.of("maxPoints", locale -> {
      renders[0]++;
      return "text";
    });

    assertThat(problem.parameter()).isEqualTo("maxPoints");
    assertThat(renders[0]).isZero();
  }

  @Test
  void messageInOneLanguageIsTheSameInEveryLanguage() {
    assertThat(ParameterProblem.of("maxPoints", "must be > 0").message(Locale.forLanguageTag("vi")))
        .isEqualTo("must be > 0");
  }

  @Test
  void explanationIsWhatWasGiven() {
    Explanation text = Explanation.of("must be > 0");

    assertThat(ParameterProblem.of("maxPoints", text).explanation()).isSameAs(text);
  }

  @Test
  void problemWithTextIsEqualToProblemWithTheSameFixedExplanation() {
    assertThat(ParameterProblem.of("maxPoints", "must be > 0"))
        .isEqualTo(ParameterProblem.of("maxPoints", Explanation.of("must be > 0")))
        .hasSameHashCodeAs(ParameterProblem.of("maxPoints", Explanation.of("must be > 0")));
  }

  @Test
  void problemsWithAnotherParameterDiffer() {
    assertThat(ParameterProblem.of("a", "must be > 0"))
        .isNotEqualTo(ParameterProblem.of("b", "must be > 0"));
  }

  @Test
  void problemsWithAnotherMessageDiffer() {
    assertThat(ParameterProblem.of("a", "must be > 0"))
        .isNotEqualTo(ParameterProblem.of("a", "must be >= 0"));
  }
}
