package io.emulation.core.io;

import com.google.common.collect.ImmutableList;
import io.emulation.core.criteria.MeasurementColumn;
import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the rows of a measurements file into one {@link MeasurementColumn} per criterion and
 * period, in the order each pair first appears, checking every row as {@link
 * CsvFormats#measurement} does. A participant id is kept once however many columns it is in.
 *
 * <p>Each row's source is its {@code file:line}, as a measurement read by {@link
 * CsvFormats#measurement} has when the row names none. A column cannot carry a row's own target
 * or source: the first row naming one is a problem at that value (later ones are not listed, so
 * that they do not crowd out other problems).
 */
final class MeasurementColumnReader implements Consumer<CsvRow> {
  private final CsvFormats formats;
  private final Map<ColumnKey, MeasurementColumn.Builder> columns = new LinkedHashMap<>();
  private final Map<String, String> participants = new HashMap<>();
  private boolean targetReported;
  private boolean sourceReported;

  MeasurementColumnReader(CsvFormats formats) {
    this.formats = formats;
  }

  @Override
  public void accept(CsvRow row) {
    CsvFormats.MeasurementCells cells = formats.measurementCells(row);
    targetReported = reportOnce(targetReported, row, CsvFormats.TARGET,
        cells.target().map(BigDecimal::toPlainString), "io.csv.column.ownTarget");
    sourceReported = reportOnce(sourceReported, row, CsvFormats.SOURCE, cells.source(),
        "io.csv.column.ownSource");
    if (!row.hasProblems()) {
      String participant = participants.computeIfAbsent(cells.participant(), id -> id);
      columns.computeIfAbsent(new ColumnKey(cells.criterion(), cells.period()),
          key -> MeasurementColumn.builder(key.criterion(), key.period()).source(row.file()))
          .add(participant, cells.value(), row.line());
    }
  }

  /** The columns read, once every row was read without a problem. */
  ImmutableList<MeasurementColumn> columns() {
    return columns.values().stream().map(MeasurementColumn.Builder::build)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Reports a value a column cannot carry, unless one was reported already.
   *
   * @return whether one has been reported, now or before
   */
  private static boolean reportOnce(boolean reported, CsvRow row, CsvColumn column,
      Optional<String> value, String key) {
    if (reported || value.isEmpty()) {
      return reported;
    }
    row.problem(column, Message.of(key, CellFormats.shown(value.get())));
    return true;
  }

  private record ColumnKey(String criterion, Period period) {}
}
