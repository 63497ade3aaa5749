package io.emulation.scoring.spi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The values of one criterion across every comparable participant, sorted ascending, for
 * formulas that score relative to peers. Immutable; built once per criterion and shared by every
 * input, so lookups are {@code O(log n)}.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class PeerValues {
  private static final PeerValues NONE = new PeerValues(new BigDecimal[0]);
  /** Numeric order; numerically equal values (2, 2.0) by scale, so input order never matters. */
  private static final Comparator<BigDecimal> ORDER =
      Comparator.<BigDecimal>naturalOrder().thenComparingInt(BigDecimal::scale);

  private final BigDecimal[] sorted;

  private PeerValues(BigDecimal[] sorted) {
    this.sorted = sorted;
  }

  /** No peers. */
  public static PeerValues none() {
    return NONE;
  }

  /**
   * The given values, sorted numerically, numerically equal values (such as 2 and 2.0) by scale,
   * so the result never depends on the order given; {@code null} elements are rejected.
   */
  public static PeerValues of(Collection<BigDecimal> values) {
    BigDecimal[] copy = values.toArray(new BigDecimal[0]);
    for (BigDecimal value : copy) {
      Objects.requireNonNull(value, "peer value");
    }
    Arrays.sort(copy, ORDER);
    return copy.length == 0 ? NONE : new PeerValues(copy);
  }

  /** The number of values. */
  public int size() {
    return sorted.length;
  }

  /** Whether there are no values. */
  public boolean isEmpty() {
    return sorted.length == 0;
  }

  /** The {@code index}-th smallest value, from 0. */
  public BigDecimal get(int index) {
    return sorted[index];
  }

  /** How many values are numerically less than {@code value}. */
  public int countBelow(BigDecimal value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted[middle].compareTo(value) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** How many values are numerically less than or equal to {@code value}. */
  public int countAtMost(BigDecimal value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted[middle].compareTo(value) <= 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** The values, ascending, as an unmodifiable list. */
  public List<BigDecimal> asList() {
    return List.of(sorted);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PeerValues that && Arrays.equals(sorted, that.sorted);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sorted);
  }

  @Override
  public String toString() {
    return "PeerValues" + Arrays.toString(sorted);
  }
}
