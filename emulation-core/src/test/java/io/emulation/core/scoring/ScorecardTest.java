package io.emulation.core.scoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.emulation.core.period.Period;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  @Test
  void aCriteriaTotalThatIsNotTheSumOfItsLinesIsRejected() {
    assertThatThrownBy(() -> new Scorecard("p1", Period.year(2021), ImmutableList.of(),
        ImmutableList.of(), BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE,
        ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criteria total 1 of p1 is not the sum of its lines 0");
  }
}
