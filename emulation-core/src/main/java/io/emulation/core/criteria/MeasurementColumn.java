package io.emulation.core.criteria;

import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.emulation.core.period.Period;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One criterion's values for many participants in one period, kept compactly: the same data as
 * a {@link Measurement} per participant without a target or source of its own, for evaluations
 * of hundreds of thousands of people. A million people's twenty criteria take about 1.6 GB as
 * {@code Measurement} objects and about 13 bytes a value as columns.
 *
 * <p>Values are exact: each is kept as an unscaled {@code long} and its scale when it fits, and
 * as the {@code BigDecimal} given otherwise, so {@link #value(int)} returns a number equal to the
 * one added, scale included. The criterion's target applies to every row; problems with a row
 * name the column (criterion and period) and the row's number, counted from 1.
 *
 * <pre>{@code
 * MeasurementColumn output = MeasurementColumn.builder("output", Period.half(2026, 1))
 *     .add("e1", new BigDecimal("112"))
 *     .add("e2", new BigDecimal("97.5"))
 *     .build();
 * EvaluationData data = EvaluationData.builder().add(output).build();
 * }</pre>
 *
 * @since 0.2
 */
public final class MeasurementColumn {
  private final String criterionId;
  private final Period period;
  private final String[] participantIds;
  private final long[] unscaled;
  private final byte[] scales;
  /** Values that do not fit an unscaled {@code long} and a {@code byte} scale, by row. */
  private final ImmutableMap<Integer, BigDecimal> large;

  private MeasurementColumn(Builder builder) {
    int size = builder.size;
    this.criterionId = builder.criterionId;
    this.period = builder.period;
    this.participantIds = Arrays.copyOf(builder.participantIds, size);
    this.unscaled = Arrays.copyOf(builder.unscaled, size);
    this.scales = Arrays.copyOf(builder.scales, size);
    this.large = ImmutableMap.copyOf(builder.large);
  }

  /** A builder of the values of a criterion in a period. */
  public static Builder builder(String criterionId, Period period) {
    return new Builder(criterionId, period);
  }

  /** The criterion measured. */
  public String criterionId() {
    return criterionId;
  }

  /** The period measured. */
  public Period period() {
    return period;
  }

  /** How many values (rows) the column has. */
  public int size() {
    return participantIds.length;
  }

  /** Who was measured in a row, counted from 0. */
  public String participantId(int row) {
    checkElementIndex(row, participantIds.length, "row");
    return participantIds[row];
  }

  /** The value of a row, counted from 0, equal to the one added (scale included). */
  public BigDecimal value(int row) {
    checkElementIndex(row, participantIds.length, "row");
    BigDecimal big = large.isEmpty() ? null : large.get(row);
    return big != null ? big : BigDecimal.valueOf(unscaled[row], scales[row]);
  }

  /** A row as a {@link Measurement}, without a target or source of its own. */
  public Measurement measurement(int row) {
    return Measurement.of(participantId(row), criterionId, period, value(row));
  }

  /** Equal when criterion, period, and every row's participant and value (scale included) are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof MeasurementColumn that
        && criterionId.equals(that.criterionId) && period.equals(that.period)
        && Arrays.equals(participantIds, that.participantIds)
        && Arrays.equals(unscaled, that.unscaled) && Arrays.equals(scales, that.scales)
        && large.equals(that.large);
  }

  @Override
  public int hashCode() {
    return ((criterionId.hashCode() * 31 + period.hashCode()) * 31
        + Arrays.hashCode(participantIds)) * 31 + Arrays.hashCode(unscaled);
  }

  /** The criterion, the period and the number of rows, e.g. {@code output 2026-H1 (2 rows)}. */
  @Override
  public String toString() {
    return criterionId + " " + period + " (" + size() + " rows)";
  }

  /**
   * Collects a column's rows, in the order added.
   *
   * @since 0.2
   */
  public static final class Builder {
    /** Every number of fewer digits fits a {@code long}. */
    private static final int MAX_LONG_DIGITS = 19;

    private final String criterionId;
    private final Period period;
    private String[] participantIds = new String[16];
    private long[] unscaled = new long[16];
    private byte[] scales = new byte[16];
    private final Map<Integer, BigDecimal> large = new HashMap<>();
    private int size;

    private Builder(String criterionId, Period period) {
      this.criterionId = requireNonNull(criterionId, "criterionId");
      this.period = requireNonNull(period, "period");
    }

    /** Adds a participant's value. */
    public Builder add(String participantId, BigDecimal value) {
      requireNonNull(participantId, "participantId");
      requireNonNull(value, () -> "value of " + criterionId + " for " + participantId);
      if (size == participantIds.length) {
        int capacity = size * 2;
        participantIds = Arrays.copyOf(participantIds, capacity);
        unscaled = Arrays.copyOf(unscaled, capacity);
        scales = Arrays.copyOf(scales, capacity);
      }
      participantIds[size] = participantId;
      if (value.precision() < MAX_LONG_DIGITS && value.scale() == (byte) value.scale()) {
        unscaled[size] = value.unscaledValue().longValue();
        scales[size] = (byte) value.scale();
      } else {
        large.put(size, value);
      }
      size++;
      return this;
    }

    /** The column. */
    public MeasurementColumn build() {
      return new MeasurementColumn(this);
    }
  }
}
