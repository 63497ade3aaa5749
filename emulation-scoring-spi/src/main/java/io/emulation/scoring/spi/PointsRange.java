package io.emulation.scoring.spi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The closed range of points a formula may return for given parameters. The engine treats a
 * result outside the declared range as a faulty plugin.
 *
 * @param min the lowest possible points; never {@code null}
 * @param max the highest possible points, {@code >= min}; never {@code null}
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record PointsRange(BigDecimal min, BigDecimal max) {

  /** Checks that {@code min <= max}. */
  public PointsRange {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "points range needs min <= max but was [" + min + ", " + max + "]");
    }
  }

  /** The range {@code [min, max]}. */
  public static PointsRange closed(BigDecimal min, BigDecimal max) {
    return new PointsRange(min, max);
  }

  /** Whether {@code points} lies in this range, comparing numerically (scale ignored). */
  public boolean contains(BigDecimal points) {
    return min.compareTo(points) <= 0 && points.compareTo(max) <= 0;
  }

  @Override
  public String toString() {
    return "[" + min.toPlainString() + ", " + max.toPlainString() + "]";
  }
}
