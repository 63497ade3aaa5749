package io.emulation.core.io;

import static java.util.Objects.requireNonNull;

import io.emulation.core.text.Message;

/**
 * A value written in a file that does not parse, such as a CSV cell or a period; its text
 * names the value and what is expected, in the reader's language, and {@link #getMessage()} is
 * the English text.
 */
final class BadValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  // never serialized: caught in this package
  private final transient Message text;

  BadValueException(Message text) {
    super(requireNonNull(text, "text").toString());
    this.text = text;
  }

  /** What is wrong with the value. */
  Message text() {
    return text;
  }
}
