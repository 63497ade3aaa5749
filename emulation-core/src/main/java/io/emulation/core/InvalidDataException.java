package io.emulation.core;

import io.emulation.core.text.Message;
import java.util.Collection;

/**
 * Measurements, adjustments or other evaluation data do not fit the campaign: unknown
 * participants or criteria, duplicates, missing required values, values a criterion disallows.
 * Carries every problem found; nothing is evaluated.
 *
 * @since 0.1
 */
public final class InvalidDataException extends ProblemsException {
  private static final long serialVersionUID = 1L;

  /** @param what the data, e.g. {@code "measurements for campaign 'q2-2021'"} */
  public InvalidDataException(String what, Collection<Problem> problems) {
    super(what, problems);
  }

  /**
   * @param what the data, rendered in the reader's language
   * @since 0.2
   */
  public InvalidDataException(Message what, Collection<Problem> problems) {
    super(what, problems);
  }
}
