package io.emulation.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    assertThatThrownBy(() -> ParameterProblem.of("maxPoints", null))
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
}
