package io.emulation.core;

/**
 * The root of every exception the Emulation core throws on purpose. Unchecked: an invalid
 * campaign or bad data is a programming or input error the caller reports, not a condition to
 * recover from locally. Messages name the thing (campaign, criterion, participant, formula id)
 * and where it is.
 *
 * @since 0.1
 */
public class EmulationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message naming what is wrong and where. */
  public EmulationException(String message) {
    super(message);
  }

  /** An exception with a message and its cause. */
  public EmulationException(String message, Throwable cause) {
    super(message, cause);
  }
}
