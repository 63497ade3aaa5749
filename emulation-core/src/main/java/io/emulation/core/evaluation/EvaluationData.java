package io.emulation.core.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MeasurementColumn;
import java.util.Arrays;
import java.util.Collection;

/**
 * The data a campaign is evaluated on: measurements (for the period evaluated, its sub-periods
 * and, for year-over-year criteria, the same periods a year earlier) and bonus/penalty
 * adjustments. Immutable; order does not affect results.
 *
 * <p>Measurements come as {@link Measurement} objects, as {@link MeasurementColumn}s (one
 * criterion's values for many participants in one period, far smaller in memory), or both: a
 * column's row is the same measurement as a {@code Measurement} without a target of its own
 * (and with the row's {@code file:line} as its source when the column names its file), and a
 * participant's value given twice, in either form, is a problem.
 *
 * @param measurements the measured values, one object each
 * @param adjustments the bonus and penalty entries
 * @param columns measured values by the column
 * @since 0.1
 */
public record EvaluationData(ImmutableList<Measurement> measurements,
    ImmutableList<Adjustment> adjustments, ImmutableList<MeasurementColumn> columns) {

  /** Checks the parts. */
  public EvaluationData {
    requireNonNull(measurements, "measurements");
    requireNonNull(adjustments, "adjustments");
    requireNonNull(columns, "columns");
  }

  /** Data without columns. */
  public EvaluationData(ImmutableList<Measurement> measurements,
      ImmutableList<Adjustment> adjustments) {
    this(measurements, adjustments, ImmutableList.of());
  }

  /** Data from collections. */
  public static EvaluationData of(Collection<Measurement> measurements,
      Collection<Adjustment> adjustments) {
    return new EvaluationData(ImmutableList.copyOf(measurements),
        ImmutableList.copyOf(adjustments));
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects measurements, columns of measurements and adjustments.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final ImmutableList.Builder<Measurement> measurements = ImmutableList.builder();
    private final ImmutableList.Builder<Adjustment> adjustments = ImmutableList.builder();
    private final ImmutableList.Builder<MeasurementColumn> columns = ImmutableList.builder();

    private Builder() {}

    /** Adds measurements. */
    public Builder add(Measurement... values) {
      measurements.addAll(Arrays.asList(values));
      return this;
    }

    /** Adds measurements. */
    public Builder addMeasurements(Iterable<Measurement> values) {
      measurements.addAll(values);
      return this;
    }

    /** Adds adjustments. */
    public Builder add(Adjustment... values) {
      adjustments.addAll(Arrays.asList(values));
      return this;
    }

    /** Adds adjustments. */
    public Builder addAdjustments(Iterable<Adjustment> values) {
      adjustments.addAll(values);
      return this;
    }

    /**
     * Adds columns of measurements.
     *
     * @since 0.2
     */
    public Builder add(MeasurementColumn... values) {
      columns.addAll(Arrays.asList(values));
      return this;
    }

    /** The data. */
    public EvaluationData build() {
      return new EvaluationData(measurements.build(), adjustments.build(), columns.build());
    }
  }
}
