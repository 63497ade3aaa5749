package io.emulation.core.io;

import io.emulation.core.Problem;
import io.emulation.core.text.Message;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One data row of a CSV file, read column by column. Each accessor trims the value and parses it;
 * a missing required value or a value that does not parse becomes a problem at {@code
 * file:line:column} naming the column, and the accessor returns {@code null} or empty. A mapper
 * reads every column, so all problems of a row are found, and builds its value only when {@link
 * #hasProblems()} is false.
 */
final class CsvRow {
  private final String file;
  private final CsvRecords.Record record;
  private final CsvHeader header;
  private final Consumer<Problem> problems;
  private boolean bad;

  CsvRow(String file, CsvRecords.Record record, CsvHeader header, Consumer<Problem> problems) {
    this.file = file;
    this.record = record;
    this.header = header;
    this.problems = problems;
  }

  /** The file the row is in. */
  String file() {
    return file;
  }

  /** The line the row starts on. */
  int line() {
    return record.line();
  }

  /** {@code file:line}, the row's place for messages and for a measurement's source. */
  String fileLine() {
    return file + ":" + record.line();
  }

  /** The parsed value of a column; {@code null} with a problem when empty or bad. */
  <V> V required(CsvColumn column, CellFormat<V> format) {
    String text = text(column);
    if (text != null && text.isEmpty()) {
      problem(column, Message.of("io.cell.missing", column.expected()));
      return null;
    }
    return text == null ? null : parse(column, format, text);
  }

  /** The parsed value of a column; empty when the column or value is absent or bad. */
  <V> Optional<V> optional(CsvColumn column, CellFormat<V> format) {
    String text = text(column);
    return text == null || text.isEmpty() ? Optional.empty()
        : Optional.ofNullable(parse(column, format, text));
  }

  private <V> V parse(CsvColumn column, CellFormat<V> format, String text) {
    try {
      return format.parse(text);
    } catch (BadValueException e) {
      problem(column, e.text());
      return null;
    } catch (IllegalArgumentException e) {
      // a domain check of one value, in English
      problem(column, Message.literal(String.valueOf(e.getMessage())));
      return null;
    }
  }

  /** Records a problem with the value of a column. */
  void problem(CsvColumn column, Message message) {
    int index = header.indexOf(column);
    int line = index < 0 ? record.line() : record.lines().get(index);
    problems.accept(Problem.at(file + ":" + line + ":" + (index + 1),
        Message.of("io.cell.inColumn", column.name(), message)));
    bad = true;
  }

  /** Records a problem with the row as a whole. */
  void problem(Message message) {
    problems.accept(Problem.at(fileLine() + ":1", message));
    bad = true;
  }

  /** Whether any value of this row was missing or bad. */
  boolean hasProblems() {
    return bad;
  }

  /**
   * The trimmed text of a column: empty when the column is absent or the value blank, {@code
   * null} with a problem when it holds control or replacement characters.
   */
  private String text(CsvColumn column) {
    int index = header.indexOf(column);
    if (index < 0) {
      return "";
    }
    String text = record.values().get(index).strip();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFD') {
        problem(column, Message.of("io.cell.controlCharacter", CellFormats.shown(text),
            String.format(Locale.ROOT, "%04X", (int) c), column.expected()));
        return null;
      }
    }
    return text;
  }
}
