package io.emulation.scoring.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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

  /** The largest power of ten a {@code long} holds: 10^18. */
  private static final int LONG_DIGITS = 18;
  /** {@link #unscaledLong}'s answer for a value outside {@code ±Long.MAX_VALUE}. */
  private static final long TOO_LONG = Long.MIN_VALUE;
  /** How many values a block of {@link #sampled} spans: 64 longs, eight cache lines. */
  private static final int BLOCK = 64;
  /** From this many values on, searches look at {@link #sampled} first. */
  private static final int SAMPLED_FROM = 4 * BLOCK;
  private static final long[] POWERS_OF_TEN = new long[LONG_DIGITS + 1];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i <= LONG_DIGITS; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private final int size;
  /**
   * The values, ascending; {@code null} when {@link #scaled} holds them all at one scale, as
   * it does for the values of a column, so that a million peers take 8 MB instead of 48.
   */
  private final BigDecimal[] sorted;
  /** The largest scale among the values: the common scale of {@link #scaled}. */
  private final int scale;
  /**
   * Every value times 10^{@link #scale}, each an integer, ascending; {@code null} when some
   * value does not fit a {@code long} at that scale. The
   * counts search these longs, which sit together in memory and compare in one instruction,
   * instead of the {@code BigDecimal}s.
   */
  private final long[] scaled;
  /**
   * Every {@value #BLOCK}th of {@link #scaled}, when there are many: a search looks here first
   * and then in one block of {@link #scaled}, a few cache lines, instead of jumping across
   * megabytes of them; {@code null} for few values or no {@link #scaled}.
   */
  private final long[] sampled;

  private PeerValues(BigDecimal[] sorted) {
    this.size = sorted.length;
    this.scale = Arrays.stream(sorted).mapToInt(BigDecimal::scale).max().orElse(0);
    this.scaled = atScale(sorted, scale);
    this.sorted = scaled != null && Arrays.stream(sorted).allMatch(v -> v.scale() == scale)
        ? null : sorted;
    this.sampled = scaled == null || size < SAMPLED_FROM ? null : sample(scaled);
  }

  /** Values of one scale, given as their unscaled values, ascending. */
  private PeerValues(long[] scaled, int scale) {
    this.size = scaled.length;
    this.scale = scale;
    this.scaled = scaled;
    this.sorted = null;
    this.sampled = size < SAMPLED_FROM ? null : sample(scaled);
  }

  /**
   * Each value's unscaled {@code long}, when they share one scale and each has at most {@value
   * #LONG_DIGITS} digits; {@code null} otherwise.
   */
  private static long[] unscaledAtOneScale(BigDecimal[] values) {
    int scale = values[0].scale();
    long[] unscaled = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      if (values[i].scale() != scale || values[i].precision() > LONG_DIGITS) {
        return null;
      }
      unscaled[i] = unscaledLong(values[i]);
    }
    return unscaled;
  }

  /** Every {@value #BLOCK}th value, from the first. */
  private static long[] sample(long[] values) {
    long[] sample = new long[(values.length + BLOCK - 1) / BLOCK];
    for (int j = 0; j < sample.length; j++) {
      sample[j] = values[j * BLOCK];
    }
    return sample;
  }

  /** Each value times 10^{@code scale}, or {@code null} if one does not fit a {@code long}. */
  private static long[] atScale(BigDecimal[] values, int scale) {
    long[] result = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      BigDecimal value = values[i];
      if (value.signum() == 0) {
        continue;
      }
      long exponent = (long) scale - value.scale();
      if (exponent > LONG_DIGITS) {
        return null;
      }
      long unscaled = unscaledLong(value);
      long factor = POWERS_OF_TEN[(int) exponent];
      if (unscaled == TOO_LONG || !fitsTimes(unscaled, factor)) {
        return null;
      }
      result[i] = unscaled * factor;
    }
    return result;
  }

  /**
   * The unscaled value of {@code value}, or {@link #TOO_LONG} when it is outside
   * {@code ±Long.MAX_VALUE}.
   */
  private static long unscaledLong(BigDecimal value) {
    if (value.precision() <= LONG_DIGITS) {
      // at scale 0 a number gives its compact unscaled value without making a BigInteger
      return value.scaleByPowerOfTen(value.scale()).longValue();
    }
    BigInteger unscaled = value.unscaledValue();
    return unscaled.bitLength() < Long.SIZE ? unscaled.longValue() : TOO_LONG;
  }

  /** Whether {@code value × factor} fits a {@code long}, for {@code factor >= 1}. */
  private static boolean fitsTimes(long value, long factor) {
    return value <= Long.MAX_VALUE / factor && value >= -(Long.MAX_VALUE / factor);
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
    if (copy.length == 0) {
      return NONE;
    }
    long[] unscaled = unscaledAtOneScale(copy);
    if (unscaled != null) {
      // values of one scale, as a column's are, sort as their unscaled longs: a primitive sort
      // over 8 bytes a value, not a comparison of decimals scattered over the heap
      Arrays.sort(unscaled);
      return new PeerValues(unscaled, copy[0].scale());
    }
    // a stable sort either way, so the same order; in parallel for many values
    Arrays.parallelSort(copy, ORDER);
    return new PeerValues(copy);
  }

  /** The number of values. */
  public int size() {
    return size;
  }

  /** Whether there are no values. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The {@code index}-th smallest value, from 0. */
  public BigDecimal get(int index) {
    Objects.checkIndex(index, size);
    return sorted != null ? sorted[index] : BigDecimal.valueOf(scaled[index], scale);
  }

  /** How many values are numerically less than {@code value}. */
  public int countBelow(BigDecimal value) {
    return count(value, false);
  }

  /** How many values are numerically less than or equal to {@code value}. */
  public int countAtMost(BigDecimal value) {
    return count(value, true);
  }

  /**
   * How many values are less than {@code value}, or also equal to it when {@code orEqual}: over
   * the longs when the values and the query allow it exactly, otherwise over the decimals.
   */
  private int count(BigDecimal value, boolean orEqual) {
    if (scaled != null) {
      long exponent = (long) scale - value.scale();
      if (exponent >= -LONG_DIGITS && exponent <= LONG_DIGITS) {
        long unscaled = unscaledLong(value);
        if (unscaled != TOO_LONG) {
          if (exponent >= 0) {
            // the query is a whole number at the common scale
            long factor = POWERS_OF_TEN[(int) exponent];
            if (fitsTimes(unscaled, factor)) {
              return countLongs(unscaled * factor, orEqual);
            }
          } else {
            // more decimals than the common scale: a value there is below the query exactly
            // when it is at most the query's floor; it equals the query only when the query is
            // whole at that scale
            long divisor = POWERS_OF_TEN[(int) -exponent];
            long floor = Math.floorDiv(unscaled, divisor);
            boolean whole = Math.floorMod(unscaled, divisor) == 0;
            return countLongs(floor, orEqual || !whole);
          }
        }
      }
    }
    return countDecimals(value, orEqual);
  }

  /** How many scaled values are less than {@code key}, or also equal to it when {@code orEqual}. */
  private int countLongs(long key, boolean orEqual) {
    long[] values = scaled;
    int low = 0;
    int high = values.length;
    if (sampled != null) {
      // when j samples pass, the count is past the (j-1)th sample and at most the jth
      int passed = countIn(sampled, 0, sampled.length, key, orEqual);
      low = passed == 0 ? 0 : (passed - 1) * BLOCK + 1;
      high = Math.min(values.length, passed * BLOCK);
    }
    return countIn(values, low, high, key, orEqual);
  }

  /**
   * {@code low} plus how many of {@code values[low..high)}, ascending, are less than {@code
   * key}, or also equal to it when {@code orEqual}.
   */
  private static int countIn(long[] values, int low, int high, long key, boolean orEqual) {
    while (low < high) {
      int middle = (low + high) >>> 1;
      long found = values[middle];
      if (orEqual ? found <= key : found < key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** How many values are less than {@code value}, or also equal to it when {@code orEqual}. */
  private int countDecimals(BigDecimal value, boolean orEqual) {
    int low = 0;
    int high = size;
    while (low < high) {
      int middle = (low + high) >>> 1;
      int comparison = get(middle).compareTo(value);
      if (orEqual ? comparison <= 0 : comparison < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** The values, ascending, as an unmodifiable list. */
  public List<BigDecimal> asList() {
    if (sorted != null) {
      return List.of(sorted);
    }
    // a view making each value when read, not a million decimals per call
    return Collections.unmodifiableList(new AbstractList<BigDecimal>() {
      @Override
      public BigDecimal get(int index) {
        return PeerValues.this.get(index);
      }

      @Override
      public int size() {
        return size;
      }
    });
  }

  /** Equal when the values are, scales included. */
  @Override
  public boolean equals(Object other) {
    // equal values are always kept in the same form, the form depending only on the values
    return other instanceof PeerValues that && Arrays.equals(sorted, that.sorted)
        && (sorted != null || scale == that.scale && Arrays.equals(scaled, that.scaled));
  }

  @Override
  public int hashCode() {
    return sorted != null ? Arrays.hashCode(sorted) : 31 * Arrays.hashCode(scaled) + scale;
  }

  /** The values in order, e.g. {@code PeerValues[1, 2.5, 7]}. */
  @Override
  public String toString() {
    return "PeerValues" + asList();
  }
}
