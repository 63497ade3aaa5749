package io.emulation.core.io;

import io.emulation.core.text.Message;
import java.util.Locale;

/**
 * One column a CSV layout knows: its header name, whether every file must have it, and what its
 * values are, for messages ("a participant id").
 *
 * @param name the header name as documented, e.g. {@code underReview}
 * @param required whether the header must have it and every row a value in it
 * @param expected what a value is, e.g. "a decimal number"
 */
record CsvColumn(String name, boolean required, Message expected) {

  /** A column every file must have, with a value in every row. */
  static CsvColumn required(String name, Message expected) {
    return new CsvColumn(name, true, expected);
  }

  /** A column a file may leave out, or leave empty in a row. */
  static CsvColumn optional(String name, Message expected) {
    return new CsvColumn(name, false, expected);
  }

  /** The name as matched: case, spaces, {@code -} and {@code _} do not count. */
  String key() {
    return key(name);
  }

  /** A header name as matched against {@link #key()}. */
  static String key(String headerName) {
    return headerName.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
  }

  /** The name, starred when required: {@code value*}. */
  String listed() {
    return required ? name + "*" : name;
  }
}
