package io.emulation.core.io;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/**
 * The columns of one kind of CSV file, such as measurements.
 *
 * @param kind the kind of file, for messages: {@code "measurements"}
 * @param columns the columns, in documented order
 */
record CsvLayout(String kind, ImmutableList<CsvColumn> columns) {

  /** A layout of the columns given. */
  static CsvLayout of(String kind, CsvColumn... columns) {
    return new CsvLayout(kind, ImmutableList.copyOf(columns));
  }

  /** The columns as listed in messages: {@code participant*, value*, target (* required)}. */
  String describe() {
    return columns.stream().map(CsvColumn::listed).collect(Collectors.joining(", "))
        + " (* required)";
  }
}
