package io.emulation.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpiVersionTest {

  @Test
  void parsesMajorDotMinor() {
    assertThat(SpiVersion.parse("1.12")).isEqualTo(SpiVersion.of(1, 12));
  }

  @Test
  void parseIgnoresSurroundingWhitespace() {
    assertThat(SpiVersion.parse(" 2.3 ")).isEqualTo(SpiVersion.of(2, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "1.0.0", "1..0", "v1.0"})
  void parseRejectsTextNotOfTheFormMajorDotMinorNamingIt(String text) {
    assertThatThrownBy(() -> SpiVersion.parse(text))
        .isInstanceOf(ScoringException.class)
        .hasMessageStartingWith("SPI version must be 'major.minor' with non-negative numbers")
        .hasMessageEndingWith("but was '" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.b", "1.", ".1", "1.x", "-1.0", "1.-2", "99999999999.0", "+1.0",
      "١.٠"})
  void parseRejectsPartsThatAreNotNonNegativeIntegersNamingTheText(String text) {
    assertThatThrownBy(() -> SpiVersion.parse(text))
        .isInstanceOf(ScoringException.class)
        .hasMessage("SPI version must be 'major.minor' with non-negative numbers but was '"
            + text + "'");
  }

  @Test
  void constructorRejectsNegativePartsShowingThem() {
    assertThatThrownBy(() -> SpiVersion.of(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SPI version parts must be >= 0 but were 1.-1");
  }

  @Test
  void pluginIsCompatibleWithTheSameVersion() {
    assertThat(SpiVersion.of(1, 2).isCompatibleWith(SpiVersion.of(1, 2))).isTrue();
  }

  @Test
  void pluginIsCompatibleWithANewerMinorRuntime() {
    assertThat(SpiVersion.of(1, 2).isCompatibleWith(SpiVersion.of(1, 5))).isTrue();
  }

  @Test
  void pluginIsIncompatibleWithAnOlderMinorRuntime() {
    assertThat(SpiVersion.of(1, 3).isCompatibleWith(SpiVersion.of(1, 2))).isFalse();
  }

  @Test
  void pluginIsIncompatibleWithANewerMajorRuntime() {
    assertThat(SpiVersion.of(1, 0).isCompatibleWith(SpiVersion.of(2, 0))).isFalse();
  }

  @Test
  void pluginIsIncompatibleWithAnOlderMajorRuntime() {
    assertThat(SpiVersion.of(2, 0).isCompatibleWith(SpiVersion.of(1, 9))).isFalse();
  }

  @Test
  void compareToOrdersByMajorThenMinor() {
    List<SpiVersion> versions = new ArrayList<>(List.of(
        SpiVersion.of(2, 0), SpiVersion.of(1, 10), SpiVersion.of(1, 2), SpiVersion.of(0, 9)));

    versions.sort(null);

    assertThat(versions).containsExactly(
        SpiVersion.of(0, 9), SpiVersion.of(1, 2), SpiVersion.of(1, 10), SpiVersion.of(2, 0));
  }

  @Test
  void compareToIsZeroForEqualVersions() {
    assertThat(SpiVersion.of(1, 4)).isEqualByComparingTo(SpiVersion.of(1, 4));
  }

  @Test
  void toStringIsMajorDotMinor() {
    assertThat(SpiVersion.of(3, 14)).hasToString("3.14");
  }

  @Test
  void toStringParsesBackToTheSameVersion() {
    SpiVersion version = SpiVersion.of(7, 0);

    assertThat(SpiVersion.parse(version.toString())).isEqualTo(version);
  }

  @Test
  void currentConstantParses() {
    assertThat(SpiVersion.parse(SpiVersion.CURRENT)).hasToString(SpiVersion.CURRENT);
  }

  @Test
  void currentIsTheParsedConstant() {
    assertThat(SpiVersion.current()).isEqualTo(SpiVersion.parse(SpiVersion.CURRENT));
  }
}
