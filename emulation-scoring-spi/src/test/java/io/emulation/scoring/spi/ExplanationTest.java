package io.emulation.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  @Test
  void fixedTextIsTheSameInEveryLanguage() {
    Explanation text = Explanation.of("125% of plan");

    assertThat(text.in(Locale.ENGLISH)).isEqualTo("125% of plan");
    assertThat(text.in(Locale.forLanguageTag("vi"))).isEqualTo("125% of plan");
  }

  @Test
  void fixedTextsWithEqualTextAreEqual() {
    assertThat(Explanation.of("a")).isEqualTo(Explanation.of("a"))
        .hasSameHashCodeAs(Explanation.of("a"));
  }

  @Test
  void fixedTextPrintsAsItsText() {
    assertThat(Explanation.of("capped")).hasToString("capped");
  }

  @Test
  void emptySaysNothing() {
    assertThat(Explanation.EMPTY.isEmpty()).isTrue();
    assertThat(Explanation.of("x").isEmpty()).isFalse();
  }

  @Test
  void lambdaIsEmptyWhenItsEnglishIsEmpty() {
    Explanation english = locale -> locale.getLanguage().equals("en") ? "" : "x";

    assertThat(english.isEmpty()).isTrue();
  }

  @Test
  void rejectsNullText() {
    assertThatThrownBy(() -> Explanation.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("explanation text");
  }
}
