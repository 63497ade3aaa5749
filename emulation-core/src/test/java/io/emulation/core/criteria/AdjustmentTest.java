package io.emulation.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.emulation.core.period.Period;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdjustmentTest {
  private static final Period H1 = Period.half(2021, 1);

  @Test
  void bonusHasPositiveSignedPoints() {
    Adjustment bonus = Adjustment.bonus("e1", H1, new BigDecimal("2.5"), "initiative");

    assertThat(bonus.kind()).isEqualTo(Adjustment.Kind.BONUS);
    assertThat(bonus.signedPoints()).isEqualByComparingTo("2.5");
  }

  @Test
  void penaltyHasNegativeSignedPoints() {
    Adjustment penalty = Adjustment.penalty("e1", H1, new BigDecimal("3"), "late twice");

    assertThat(penalty.kind()).isEqualTo(Adjustment.Kind.PENALTY);
    assertThat(penalty.points()).isEqualByComparingTo("3");
    assertThat(penalty.signedPoints()).isEqualByComparingTo("-3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-1"})
  void pointsMustBePositive(String points) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Adjustment.bonus("e1", H1, new BigDecimal(points), "initiative"))
        .withMessage("BONUS points for participant 'e1' must be > 0 but were " + points);
  }

  @Test
  void penaltyPointsMustBePositiveToo() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Adjustment.penalty("e1", H1, new BigDecimal("-2"), "late"))
        .withMessage("PENALTY points for participant 'e1' must be > 0 but were -2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void reasonMustNotBeBlank(String reason) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Adjustment.penalty("e1", H1, BigDecimal.ONE, reason))
        .withMessage("PENALTY for participant 'e1' needs a reason");
  }
}
