package io.emulation.core.io;

/**
 * Turns the text of one CSV value (trimmed, never empty) into a value.
 *
 * @param <V> the type of value
 */
@FunctionalInterface
interface CellFormat<V> {

  /**
   * The value of the text.
   *
   * @throws BadValueException with a message naming the text and what is expected, such as
   *     {@code 'abc' is not a decimal number; expected ...}
   */
  V parse(String text);
}
