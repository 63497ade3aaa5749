package io.emulation.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PointsRangeTest {
  private final PointsRange range = PointsRange.closed(BigDecimal.ZERO, new BigDecimal("50"));

  @Test
  void rejectsMinAboveMaxShowingBoth() {
    assertThatThrownBy(() -> PointsRange.closed(new BigDecimal("5"), new BigDecimal("4.99")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points range needs min <= max but was [5, 4.99]");
  }

  @Test
  void acceptsSinglePointRange() {
    assertThat(PointsRange.closed(BigDecimal.ONE, BigDecimal.ONE).contains(BigDecimal.ONE))
        .isTrue();
  }

  @Test
  void acceptsNumericallyEqualBoundsOfDifferentScale() {
    assertThat(PointsRange.closed(new BigDecimal("1.00"), BigDecimal.ONE).max())
        .isEqualTo(BigDecimal.ONE);
  }

  @Test
  void rejectsNullBound() {
    assertThatThrownBy(() -> PointsRange.closed(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("min");
  }

  @Test
  void containsMin() {
    assertThat(range.contains(BigDecimal.ZERO)).isTrue();
  }

  @Test
  void containsMax() {
    assertThat(range.contains(new BigDecimal("50"))).isTrue();
  }

  @Test
  void containsValueInside() {
    assertThat(range.contains(new BigDecimal("25.5"))).isTrue();
  }

  @Test
  void doesNotContainValueJustBelowMin() {
    assertThat(range.contains(new BigDecimal("-0.01"))).isFalse();
  }

  @Test
  void doesNotContainValueJustAboveMax() {
    assertThat(range.contains(new BigDecimal("50.0001"))).isFalse();
  }

  @Test
  void containsIgnoresScaleAtTheEdges() {
    assertThat(range.contains(new BigDecimal("50.000"))).isTrue();
    assertThat(range.contains(new BigDecimal("0.00"))).isTrue();
  }

  @Test
  void toStringShowsClosedInterval() {
    assertThat(PointsRange.closed(new BigDecimal("-1E+1"), new BigDecimal("2.5")))
        .hasToString("[-10, 2.5]");
  }
}
