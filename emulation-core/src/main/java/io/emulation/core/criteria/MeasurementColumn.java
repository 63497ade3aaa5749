package io.emulation.core.criteria;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.emulation.core.period.Period;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One criterion's values for many participants in one period, kept compactly: the same data as
 * a {@link Measurement} per participant without a target of its own, for evaluations of
 * hundreds of thousands of people. A million people's twenty criteria take about 1.6 GB as
 * {@code Measurement} objects and 8 to 13 bytes a value as columns: 8 when every row's unscaled
 * value fits an {@code int} and the rows share one scale, as most measurements do, and 4 more
 * for a row's line when the column names its file.
 *
 * <p>Values are exact: each is kept as an unscaled {@code long} and its scale when it fits (an
 * {@code int} when every row's does, and one scale when the rows share it), and as the {@code
 * BigDecimal} given otherwise, so {@link #value(int)} returns a number equal to the
 * one added, scale included. The criterion's target applies to every row. Problems with a row
 * name the column (criterion and period) and the row's number, counted from 1; a column read
 * from a file can instead give each row its line ({@link Builder#source(String)}), and then the
 * row's source is {@code file:line}, named by problems and shown in its score line's detail as a
 * measurement's source is.
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
  /**
   * Each row's unscaled value when they all fit an {@code int} (the usual case: four bytes a
   * value); {@code null} otherwise, and {@link #unscaled} holds them.
   */
  private final int[] small;
  /** Each row's unscaled value, when {@link #small} is {@code null}. */
  private final long[] unscaled;
  /** The scale of every row, when they share one and {@link #scales} is {@code null}. */
  private final byte scale;
  /** Each row's scale, when the rows do not share one; {@code null} otherwise. */
  private final byte[] scales;
  /** Values that do not fit an unscaled {@code long} and a {@code byte} scale, by row. */
  private final ImmutableMap<Integer, BigDecimal> large;
  /** The file the rows come from, or {@code null} when the column names none. */
  private final String file;
  /** Each row's line in {@link #file}; empty when there is no file. */
  private final int[] lines;

  private MeasurementColumn(Builder builder) {
    int size = builder.size;
    this.criterionId = builder.criterionId;
    this.period = builder.period;
    this.participantIds = Arrays.copyOf(builder.participantIds, size);
    long[] values = Arrays.copyOf(builder.unscaled, size);
    boolean ints = Arrays.stream(values).allMatch(v -> v == (int) v);
    this.small = ints ? Arrays.stream(values).mapToInt(v -> (int) v).toArray() : null;
    this.unscaled = ints ? null : values;
    byte first = size == 0 ? 0 : builder.scales[0];
    boolean shared = true;
    for (int r = 1; r < size && shared; r++) {
      shared = builder.scales[r] == first;
    }
    this.scale = first;
    this.scales = shared ? null : Arrays.copyOf(builder.scales, size);
    this.large = ImmutableMap.copyOf(builder.large);
    this.file = builder.file;
    this.lines = file == null ? new int[0] : Arrays.copyOf(builder.lines, size);
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
    return big != null ? big : BigDecimal.valueOf(small != null ? small[row] : unscaled[row],
        scales == null ? scale : scales[row]);
  }

  /**
   * The sign of a row's value, {@code -1}, {@code 0} or {@code 1}: {@code value(row).signum()},
   * read without making the value.
   *
   * @since 0.2
   */
  public int signum(int row) {
    checkElementIndex(row, participantIds.length, "row");
    BigDecimal big = large.isEmpty() ? null : large.get(row);
    return big != null ? big.signum() : Long.signum(small != null ? small[row] : unscaled[row]);
  }

  /**
   * Where a row was read, {@code file:line}, when the column {@linkplain Builder#source(String)
   * names its file}.
   */
  public Optional<String> source(int row) {
    checkElementIndex(row, participantIds.length, "row");
    return file == null ? Optional.empty() : Optional.of(file + ":" + lines[row]);
  }

  /** A row as a {@link Measurement}: no target of its own, and the row's source if it has one. */
  public Measurement measurement(int row) {
    Measurement measurement = Measurement.of(participantId(row), criterionId, period, value(row));
    return file == null ? measurement : measurement.withSource(file + ":" + lines[row]);
  }

  /**
   * Equal when criterion, period, and every row's participant, value (scale included) and source
   * are.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof MeasurementColumn that
        && criterionId.equals(that.criterionId) && period.equals(that.period)
        && Arrays.equals(participantIds, that.participantIds)
        // equal rows are kept in the same form, which depends only on the rows
        && Arrays.equals(small, that.small) && Arrays.equals(unscaled, that.unscaled)
        && scale == that.scale && Arrays.equals(scales, that.scales)
        && large.equals(that.large) && Objects.equals(file, that.file)
        && Arrays.equals(lines, that.lines);
  }

  @Override
  public int hashCode() {
    return ((criterionId.hashCode() * 31 + period.hashCode()) * 31
        + Arrays.hashCode(participantIds)) * 31
        + (small != null ? Arrays.hashCode(small) : Arrays.hashCode(unscaled));
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
    private String file;
    private int[] lines = new int[0];
    private int size;

    private Builder(String criterionId, Period period) {
      this.criterionId = requireNonNull(criterionId, "criterionId");
      this.period = requireNonNull(period, "period");
    }

    /**
     * Names the file the rows are read from, before any row is added; each row is then added
     * with its line, {@link #add(String, BigDecimal, int)}, and its source is {@code file:line}.
     *
     * @param fileName the file's name as problems should show it, e.g. {@code
     *     data/measurements.csv}
     * @throws IllegalStateException when rows were already added or the file was named
     */
    public Builder source(String fileName) {
      requireNonNull(fileName, "fileName");
      checkState(size == 0 && file == null,
          "the source of column %s %s is named before its rows, once", criterionId, period);
      this.file = fileName;
      this.lines = new int[participantIds.length];
      return this;
    }

    /**
     * Adds a participant's value.
     *
     * @throws IllegalStateException when the column {@linkplain #source(String) names a file},
     *     whose rows need their lines
     */
    public Builder add(String participantId, BigDecimal value) {
      checkState(file == null, "a row of column %s %s read from %s needs its line", criterionId,
          period, file);
      return append(participantId, value);
    }

    /**
     * Adds a participant's value read from a line of the file the column {@linkplain
     * #source(String) names}.
     *
     * @throws IllegalStateException when the column names no file
     * @throws IllegalArgumentException when the line is not positive
     */
    public Builder add(String participantId, BigDecimal value, int line) {
      checkState(file != null, "column %s %s names no file for line %s; call source first",
          criterionId, period, line);
      checkArgument(line > 0, "line %s of %s is not positive", line, file);
      append(participantId, value);
      lines[size - 1] = line;
      return this;
    }

    private Builder append(String participantId, BigDecimal value) {
      requireNonNull(participantId, "participantId");
      requireNonNull(value, () -> "value of " + criterionId + " for " + participantId);
      if (size == participantIds.length) {
        int capacity = size * 2;
        participantIds = Arrays.copyOf(participantIds, capacity);
        unscaled = Arrays.copyOf(unscaled, capacity);
        scales = Arrays.copyOf(scales, capacity);
        if (file != null) {
          lines = Arrays.copyOf(lines, capacity);
        }
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
