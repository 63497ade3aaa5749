package io.emulation.core.io;

import static java.util.Objects.requireNonNull;

/**
 * A place in a source file: file name, line and column (both from 1; 0 when unknown).
 *
 * @param file the file name as given to the reader
 * @param line the line, from 1
 * @param column the column, from 1
 * @since 0.1
 */
public record SourceLocation(String file, int line, int column) {

  /** Checks the parts. */
  public SourceLocation {
    requireNonNull(file, "file");
  }

  /** {@code file:line:column}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
