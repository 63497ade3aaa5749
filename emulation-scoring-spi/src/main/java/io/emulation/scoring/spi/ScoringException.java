package io.emulation.scoring.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown by a {@link ScoringFormula} that cannot score an input it was given, or by the SPI's
 * value types when they are built or read with invalid data. The message names what is wrong
 * (formula id, parameter, value); the engine adds the criterion and participant.
 *
 * <p>Since 1.1 the message may speak several languages ({@link Explanation}): the engine shows it
 * in the reader's language in a scorecard's error line. {@link #getMessage()} is the English
 * text, as in 1.0.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public class ScoringException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The message in several languages; {@code null} when given as a String or deserialized. */
  private final transient Explanation explanation;

  /** Creates an exception with a message that names what is wrong and where. */
  public ScoringException(String message) {
    super(message);
    this.explanation = null;
  }

  /** Creates an exception with a message and the failure that caused it. */
  public ScoringException(String message, Throwable cause) {
    super(message, cause);
    this.explanation = null;
  }

  /**
   * Creates an exception with a message, told in the reader's language, that names what is
   * wrong and where. {@link #getMessage()} is its English text.
   *
   * @param message what is wrong; never {@code null}
   * @since 1.1
   */
  public ScoringException(Explanation message) {
    super(english(message));
    this.explanation = message;
  }

  /**
   * Creates an exception with a message, told in the reader's language, and the failure that
   * caused it.
   *
   * @param message what is wrong; never {@code null}
   * @param cause the failure that caused this one; may be {@code null}
   * @since 1.1
   */
  public ScoringException(Explanation message, Throwable cause) {
    super(english(message), cause);
    this.explanation = message;
  }

  /**
   * The message, to render later or in several languages: the {@link Explanation} given, or for
   * a message given as a String, that text in every language (empty when there is none).
   *
   * @since 1.1
   */
  public Explanation explanation() {
    if (explanation != null) {
      return explanation;
    }
    String message = getMessage();
    return Explanation.of(message == null ? "" : message);
  }

  /**
   * The message in the given language where the thrower speaks it; for a message given as a
   * String, {@link #getMessage()} whatever the language.
   *
   * @since 1.1
   */
  public String getMessage(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return explanation == null ? getMessage() : explanation.in(locale);
  }

  private static String english(Explanation message) {
    return Objects.requireNonNull(message, "message").in(Locale.ENGLISH);
  }
}
