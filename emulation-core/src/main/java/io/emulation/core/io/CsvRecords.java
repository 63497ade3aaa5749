package io.emulation.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.emulation.core.text.Message;
import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text (comma separated, RFC 4180 quoting), one at a time, with the line
 * each value starts on. Blank lines are skipped; a leading byte order mark is dropped; spaces
 * around values are dropped, so a quote after spaces still quotes. A syntax error, a value longer
 * than {@link ReadLimits#maxStringLength()} or unreadable input ends the reading with a {@link
 * Failure}.
 */
final class CsvRecords implements Closeable {
  private static final char BOM = '\uFEFF';

  private final JsonParser parser;
  private final int maxStringLength;
  private boolean started;
  private int line = 1;
  private int cell;

  private CsvRecords(JsonParser parser, int maxStringLength) {
    this.parser = parser;
    this.maxStringLength = maxStringLength;
  }

  /** Records of the text, values at most {@code limits.maxStringLength()} characters long. */
  static CsvRecords of(Reader reader, ReadLimits limits) {
    CsvFactory factory = CsvFactory.builder()
        .enable(CsvParser.Feature.TRIM_SPACES) // so that a quote after spaces still quotes
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(limits.maxStringLength()).build())
        .build();
    try {
      CsvParser parser = factory.createParser(withoutBom(reader));
      parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      parser.setSchema(CsvSchema.emptySchema());
      return new CsvRecords(parser, limits.maxStringLength());
    } catch (IOException e) {
      throw new Failure(0, 0, Message.of("io.file.cannotRead", String.valueOf(e.getMessage())));
    }
  }

  /**
   * The next record that is not a blank line, or {@code null} at the end.
   *
   * @param keep how many values to keep; the rest are only counted
   * @throws Failure when the text cannot be read on
   */
  Record next(int keep) {
    try {
      JsonToken token = parser.nextToken();
      if (!started && token == JsonToken.START_ARRAY) {
        started = true;
        token = parser.nextToken(); // the array wrapping the whole file
      }
      while (token == JsonToken.START_ARRAY) {
        Record record = record(keep);
        if (!record.isBlank()) {
          return record;
        }
        token = parser.nextToken();
      }
      return null;
    } catch (StreamConstraintsException e) {
      throw new Failure(line, cell + 1, Message.of("io.csv.valueTooLong", maxStringLength));
    } catch (JsonProcessingException e) {
      String message = firstLine(e.getOriginalMessage());
      throw new Failure(line, cell + 1, message.startsWith("Missing closing quote")
          ? Message.of("io.csv.unclosedQuote")
          : Message.of("io.csv.malformed", message));
    } catch (IOException e) {
      throw new Failure(line, 0, Message.of("io.file.cannotRead",
          String.valueOf(e.getMessage())));
    }
  }

  private Record record(int keep) throws IOException {
    List<String> values = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    int first = 0;
    cell = 0;
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
      int at = parser.currentTokenLocation().getLineNr();
      if (cell == 0) {
        first = at;
      }
      if (cell < keep) {
        values.add(parser.getText());
        lines.add(at);
      }
      cell++;
      line = parser.currentLocation().getLineNr();
    }
    if (token != JsonToken.END_ARRAY) {
      throw new IOException("unexpected " + token);
    }
    line = parser.currentLocation().getLineNr();
    int width = cell;
    cell = 0;
    return new Record(first, List.copyOf(values), List.copyOf(lines), width);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static Reader withoutBom(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first >= 0 && first != BOM) {
      pushback.unread(first);
    }
    return pushback;
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message);
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  /**
   * One record.
   *
   * @param line the line it starts on
   * @param values the values kept, as written
   * @param lines the line each kept value starts on
   * @param width how many values the record has, kept or not
   */
  record Record(int line, List<String> values, List<Integer> lines, int width) {

    /** A blank line: one value of nothing but spaces. */
    boolean isBlank() {
      return width == 1 && values.size() == 1 && values.get(0).isBlank();
    }
  }

  /** Reading cannot go on: a syntax error, a broken limit or unreadable input. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    // never serialized: caught in this package
    private final transient Message text;

    Failure(int line, int column, Message text) {
      super(text.toString());
      this.line = line;
      this.column = column;
      this.text = text;
    }

    /** What went wrong. */
    Message text() {
      return text;
    }

    /** The line, from 1; 0 when unknown. */
    int line() {
      return line;
    }

    /** The column (value number in the record), from 1; 0 when not about one value. */
    int column() {
      return column;
    }
  }
}
