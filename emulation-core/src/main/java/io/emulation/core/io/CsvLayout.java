package io.emulation.core.io;

import com.google.common.collect.ImmutableList;
import io.emulation.core.text.Message;

/**
 * The columns of one kind of CSV file, such as measurements.
 *
 * @param kind the kind of file, for messages: "measurements"
 * @param columns the columns, in documented order
 */
record CsvLayout(Message kind, ImmutableList<CsvColumn> columns) {

  /** A layout of the columns given. */
  static CsvLayout of(Message kind, CsvColumn... columns) {
    return new CsvLayout(kind, ImmutableList.copyOf(columns));
  }

  /** The columns as listed in messages: {@code participant*, value*, target (* required)}. */
  Message describe() {
    return Message.of("io.csv.columns", columns.stream().map(CsvColumn::listed).toList());
  }
}
