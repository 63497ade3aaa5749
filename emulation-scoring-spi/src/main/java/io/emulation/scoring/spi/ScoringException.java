package io.emulation.scoring.spi;

/**
 * Thrown by a {@link ScoringFormula} that cannot score an input it was given, or by the SPI's
 * value types when they are built or read with invalid data. The message names what is wrong
 * (formula id, parameter, value); the engine adds the criterion and participant.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public class ScoringException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that names what is wrong and where. */
  public ScoringException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the failure that caused it. */
  public ScoringException(String message, Throwable cause) {
    super(message, cause);
  }
}
