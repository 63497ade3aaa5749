package io.emulation.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.emulation.core.period.Period;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementTest {
  private static final Period Q2 = Period.quarter(2021, 2);

  @Test
  void ofDoubleKeepsZeroPointOneAsZeroPointOne() {
    Measurement m = Measurement.of("e1", "output", Q2, 0.1);

    assertThat(m.value()).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void ofDoubleUsesTheShortestDecimalText() {
    assertThat(Measurement.of("e1", "output", Q2, 112.35).value())
        .isEqualTo(new BigDecimal("112.35"));
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void ofDoubleRejectsNonFiniteValuesNamingParticipantAndCriterion(double value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Measurement.of("e1", "output", Q2, value))
        .withMessage("value of criterion 'output' for participant 'e1' in 2021-Q2 must be a "
            + "finite number but was " + value);
  }

  @Test
  void ofGivesNoTargetAndNoSource() {
    Measurement m = Measurement.of("e1", "output", Q2, new BigDecimal("112"));

    assertThat(m.target()).isEmpty();
    assertThat(m.source()).isEmpty();
    assertThat(m.period()).isEqualTo(Q2);
  }

  @Test
  void withTargetAndWithSourceKeepTheValue() {
    Measurement m = Measurement.of("e1", "output", Q2, new BigDecimal("112"))
        .withTarget(new BigDecimal("100"))
        .withSource("q2.csv:12");

    assertThat(m.value()).isEqualByComparingTo("112");
    assertThat(m.target()).contains(new BigDecimal("100"));
    assertThat(m.source()).isEqualTo("q2.csv:12");
  }

  @Test
  void nullValueIsRejectedNamingCriterionAndParticipant() {
    assertThatNullPointerException()
        .isThrownBy(() -> Measurement.of("e1", "output", Q2, (BigDecimal) null))
        .withMessage("value of output for e1");
  }
}
