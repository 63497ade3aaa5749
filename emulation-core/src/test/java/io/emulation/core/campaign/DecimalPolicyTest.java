package io.emulation.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalPolicyTest {

  @Test
  void standardIsTwoPlacesHalfUp() {
    assertThat(DecimalPolicy.standard()).isEqualTo(new DecimalPolicy(2, RoundingMode.HALF_UP));
  }

  @ParameterizedTest
  @CsvSource({"2.345, 2.35", "2.344, 2.34", "-2.345, -2.35", "7, 7.00", "0.005, 0.01"})
  void standardRoundsHalfUpToTwoPlaces(String value, String rounded) {
    assertThat(DecimalPolicy.standard().round(new BigDecimal(value)))
        .isEqualTo(new BigDecimal(rounded));
  }

  @Test
  void roundGivesExactlyThePolicysScale() {
    assertThat(DecimalPolicy.of(3, RoundingMode.HALF_UP).round(new BigDecimal("1.5")).scale())
        .isEqualTo(3);
  }

  @Test
  void halfEvenRoundsTiesToTheEvenNeighbour() {
    DecimalPolicy policy = DecimalPolicy.of(1, RoundingMode.HALF_EVEN);

    assertThat(policy.round(new BigDecimal("0.25"))).isEqualTo(new BigDecimal("0.2"));
    assertThat(policy.round(new BigDecimal("0.35"))).isEqualTo(new BigDecimal("0.4"));
  }

  @Test
  void scaleZeroRoundsToWholePoints() {
    assertThat(DecimalPolicy.of(0, RoundingMode.DOWN).round(new BigDecimal("89.99")))
        .isEqualTo(new BigDecimal("89"));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11})
  void scaleOutsideZeroToTenIsRejected(int scale) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DecimalPolicy.of(scale, RoundingMode.HALF_UP))
        .withMessage("decimal scale must be 0 to 10 but was %d", scale);
  }

  @Test
  void scaleOfTenIsAllowed() {
    assertThat(DecimalPolicy.of(10, RoundingMode.HALF_UP).scale()).isEqualTo(10);
  }

  @Test
  void unnecessaryRoundingIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DecimalPolicy.of(2, RoundingMode.UNNECESSARY))
        .withMessageContaining("UNNECESSARY");
  }

  @Test
  void toStringNamesScaleAndRounding() {
    assertThat(DecimalPolicy.standard()).hasToString("2 places, HALF_UP");
  }
}
