package io.emulation.core.io;

import com.google.common.collect.ImmutableList;
import io.emulation.core.InvalidDataException;
import io.emulation.core.Problem;
import io.emulation.core.text.Message;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads one CSV file of a layout into values, all or nothing: the header is matched, every row
 * mapped, and every problem found (bad header, rows of the wrong width, bad values) is reported
 * together in one {@link InvalidDataException}, sorted by location. A header with problems is
 * reported without reading the rows. A syntax error, a broken limit or {@value #MAX_PROBLEMS}
 * problems stop the reading; the problems found before are reported with it. Bytes that are not
 * UTF-8 end the text: problems from their line on are dropped as unreliable and the bad bytes
 * reported instead.
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
    ImmutableList.Builder<T> values = ImmutableList.builder();
    readEach(reader, file, layout, limits, row -> {
      T value = mapper.apply(row);
      if (!row.hasProblems()) {
        values.add(value);
      }
    });
    return values.build();
  }

  /**
   * Hands every row of the text to a row reader, which keeps what it reads; what it kept is to
   * be used only when this returns.
   *
   * @param rowReader reads a row's values, recording problems on the row; a {@link
   *     BadValueException} or {@link IllegalArgumentException} it throws is a problem of the row
   * @throws InvalidDataException with every problem found
   */
  static void readEach(Reader reader, String file, CsvLayout layout, ReadLimits limits,
      Consumer<CsvRow> rowReader) {
    new CsvTable(file, layout, limits).read(reader, rowReader);
  }

  private void read(Reader reader, Consumer<CsvRow> rowReader) {
    Optional<Problem> stop;
    boolean syntax = false;
    try (CsvRecords records = CsvRecords.of(reader, limits)) {
      stop = readRows(records, rowReader);
    } catch (Stop e) {
      stop = e.problem;
    } catch (CsvRecords.Failure e) {
      stop = Optional.of(Problem.at(location(e), columnOf(e, e.text())));
      syntax = true;
    } catch (IOException e) {
      stop = Optional.of(Problem.at(file, Message.of("io.file.cannotRead",
          String.valueOf(e.getMessage()))));
    }
    stop.ifPresent(problems::add);
    Optional<Utf8Reader.Malformed> malformed = reader instanceof Utf8Reader utf8
        ? utf8.failure() : Optional.empty();
    if (malformed.isPresent()) {
      // the text ends at the bad bytes: what was found from their line on is not to be trusted,
      // nor a syntax error, which the cut text may have caused
      int line = malformed.get().line();
      if (syntax) {
        problems.remove(stop.orElseThrow());
      }
      problems.removeIf(problem -> lineOf(problem) >= line);
      problems.add(Problem.at(file + ":" + line, malformed.get().text()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException(Message.of("io.what.csv", layout.kind(), file), problems);
    }
  }

  /** Reads header and rows; a problem that stopped the reading, if any. */
  private Optional<Problem> readRows(CsvRecords records, Consumer<CsvRow> rowReader) {
    CsvRecords.Record first = records.next(MAX_COLUMNS);
    if (first == null) {
      return Optional.of(Problem.at(file + ":1:1", Message.of("io.csv.empty",
          layout.describe())));
    }
    if (first.width() > MAX_COLUMNS) {
      return Optional.of(Problem.at(file + ":" + first.line() + ":" + (MAX_COLUMNS + 1),
          Message.of("io.csv.header.tooWide", first.width(), MAX_COLUMNS)));
    }
    header = CsvHeader.match(first, layout, file, this::add);
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    int rows = 0;
    for (CsvRecords.Record record = records.next(header.width()); record != null;
        record = records.next(header.width())) {
      if (++rows > limits.maxCsvRows()) {
        return Optional.of(Problem.at(file + ":" + record.line() + ":1", Message.of(
            "io.csv.tooManyRows", limits.maxCsvRows())));
      }
      if (record.width() == header.width()) {
        read(new CsvRow(file, record, header, this::add), rowReader);
      } else {
        int column = Math.min(record.width(), header.width()) + 1;
        add(Problem.at(file + ":" + record.line() + ":" + column, Message.of(
            "io.csv.rowWidth", record.width(), header.width())));
      }
    }
    return Optional.empty();
  }

  private static void read(CsvRow row, Consumer<CsvRow> rowReader) {
    try {
      rowReader.accept(row);
    } catch (BadValueException e) {
      row.problem(e.text());
    } catch (IllegalArgumentException e) {
      // a domain check of the row's values, in English
      row.problem(Message.literal(String.valueOf(e.getMessage())));
    }
  }

  private void add(Problem problem) {
    problems.add(problem);
    if (problems.size() >= MAX_PROBLEMS) {
      throw new Stop(Problem.at(problem.location(), Message.of("io.csv.tooManyProblems",
          MAX_PROBLEMS)));
    }
  }

  private String location(CsvRecords.Failure failure) {
    if (failure.line() == 0) {
      return file;
    }
    return file + ":" + failure.line() + (failure.column() == 0 ? "" : ":" + failure.column());
  }

  /** {@code column 'name': } before the text when the failure is in a known column. */
  private Message columnOf(CsvRecords.Failure failure, Message text) {
    return header == null || failure.column() == 0 ? text : header.nameAt(failure.column() - 1)
        .map(name -> Message.of("io.cell.inColumn", name, text)).orElse(text);
  }

  /** The line of a problem of this file, from its location; 0 when it has none. */
  private int lineOf(Problem problem) {
    String location = problem.location();
    if (!location.startsWith(file + ":")) {
      return 0;
    }
    String rest = location.substring(file.length() + 1);
    int end = rest.indexOf(':');
    return Integer.parseInt(end < 0 ? rest : rest.substring(0, end));
  }

  /** Stops the reading, with a last problem. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: caught in this class
    private final Optional<Problem> problem;

    Stop(Problem problem) {
      super(null, null, false, false);
      this.problem = Optional.of(problem);
    }
  }
}
