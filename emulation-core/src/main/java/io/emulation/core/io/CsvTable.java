package io.emulation.core.io;

import com.google.common.collect.ImmutableList;
import io.emulation.core.InvalidDataException;
import io.emulation.core.Problem;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one CSV file of a layout into values, all or nothing: the header is matched, every row
 * mapped, and every problem found (bad header, rows of the wrong width, bad values) is reported
 * together in one {@link InvalidDataException}, sorted by location. A syntax error, unreadable
 * bytes or a broken limit stops the reading; the problems found before it are reported with it.
 */
final class CsvTable {
  /** The most columns a header may have. */
  static final int MAX_COLUMNS = 1024;
  /** After this many problems reading stops: the report is long enough to act on. */
  static final int MAX_PROBLEMS = 1000;

  private final String file;
  private final CsvLayout layout;
  private final ReadLimits limits;
  private final List<Problem> problems = new ArrayList<>();
  private CsvHeader header;

  private CsvTable(String file, CsvLayout layout, ReadLimits limits) {
    this.file = file;
    this.layout = layout;
    this.limits = limits;
  }

  /**
   * Reads every row of the text into a value.
   *
   * @param mapper builds a row's value, recording problems on the row; its value is kept only
   *     when the row has none
   * @throws InvalidDataException with every problem found; nothing is returned then
   */
  static <T> ImmutableList<T> read(Reader reader, String file, CsvLayout layout,
      ReadLimits limits, Function<CsvRow, T> mapper) {
    return new CsvTable(file, layout, limits).read(reader, mapper);
  }

  private <T> ImmutableList<T> read(Reader reader, Function<CsvRow, T> mapper) {
    ImmutableList.Builder<T> values = ImmutableList.builder();
    try (CsvRecords records = CsvRecords.of(reader, limits)) {
      CsvRecords.Record first = records.next(MAX_COLUMNS);
      if (first == null) {
        return fail(Problem.at(file + ":1:1", "the file is empty; expected a header row with "
            + "the columns " + layout.describe()));
      }
      if (first.width() > MAX_COLUMNS) {
        return fail(Problem.at(file + ":" + first.line() + ":" + (MAX_COLUMNS + 1), "header: "
            + first.width() + " columns, more than the " + MAX_COLUMNS + " a file may have"));
      }
      header = CsvHeader.match(first, layout, file, this::add);
      if (!problems.isEmpty()) {
        return fail(null);
      }
      int rows = 0;
      for (CsvRecords.Record record = records.next(header.width()); record != null;
          record = records.next(header.width())) {
        if (++rows > limits.maxCsvRows()) {
          return fail(Problem.at(file + ":" + record.line() + ":1", "more than "
              + limits.maxCsvRows() + " data rows, the limit (ReadLimits.maxCsvRows)"));
        }
        if (record.width() != header.width()) {
          int column = Math.min(record.width(), header.width()) + 1;
          add(Problem.at(file + ":" + record.line() + ":" + column, "row has " + record.width()
              + (record.width() == 1 ? " value" : " values") + " but the header has "
              + header.width() + " columns"));
          continue;
        }
        map(new CsvRow(file, record, header, this::add), mapper, values);
      }
    } catch (CsvRecords.Failure e) {
      String column = header == null || e.line() == 0 ? ""
          : header.nameAt(e.column() - 1).map(name -> "column '" + name + "': ").orElse("");
      return fail(Problem.at(location(e), column + e.getMessage()));
    } catch (IOException e) {
      return fail(Problem.at(file, "cannot read: " + e.getMessage()));
    }
    if (!problems.isEmpty()) {
      return fail(null);
    }
    return values.build();
  }

  private <T> void map(CsvRow row, Function<CsvRow, T> mapper, ImmutableList.Builder<T> values) {
    try {
      T value = mapper.apply(row);
      if (!row.hasProblems()) {
        values.add(value);
      }
    } catch (IllegalArgumentException e) {
      row.problem(e.getMessage());
    }
  }

  private String location(CsvRecords.Failure failure) {
    if (failure.line() == 0) {
      return file;
    }
    return file + ":" + failure.line() + (failure.column() == 0 ? "" : ":" + failure.column());
  }

  private void add(Problem problem) {
    problems.add(problem);
    if (problems.size() >= MAX_PROBLEMS) {
      fail(Problem.at(problem.location(), "too many problems; stopped reading after "
          + MAX_PROBLEMS));
    }
  }

  /** Throws with every problem found, and one more when given. */
  private <T> T fail(Problem last) {
    if (last != null) {
      problems.add(last);
    }
    throw new InvalidDataException(layout.kind() + " CSV " + file, problems);
  }
}
