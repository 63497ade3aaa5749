package io.emulation.core;

import static java.util.Objects.requireNonNull;

import io.emulation.core.text.Message;
import java.util.Locale;

/**
 * The root of every exception the Emulation core throws on purpose. Unchecked: an invalid
 * campaign or bad data is a programming or input error the caller reports, not a condition to
 * recover from locally. Messages name the thing (campaign, criterion, participant, formula id)
 * and where it is.
 *
 * <p>{@link #getMessage()} is English. An exception meant for the people who edit definitions
 * and data carries its text as a {@link Message}, and {@link #getMessage(Locale)} renders it in
 * their language. {@link #getLocalizedMessage()} is deliberately not overridden: the JDK calls it
 * without a locale (in {@link #toString()} and stack traces), and the library never reads the
 * machine's default locale, so it stays English like {@link #getMessage()}.
 *
 * @since 0.1
 */
public class EmulationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The text for people; null after deserialization, when {@link #getMessage()} is used. */
  private final transient Message text;

  /** An exception with a message naming what is wrong and where. */
  public EmulationException(String message) {
    super(message);
    this.text = null;
  }

  /** An exception with a message and its cause. */
  public EmulationException(String message, Throwable cause) {
    super(message, cause);
    this.text = null;
  }

  /**
   * An exception with a message for people, rendered in their language by {@link
   * #getMessage(Locale)}; {@link #getMessage()} is its English text.
   *
   * @since 0.2
   */
  public EmulationException(Message message) {
    super(requireNonNull(message, "message").toString());
    this.text = message;
  }

  /**
   * An exception with a message for people and its cause.
   *
   * @since 0.2
   */
  public EmulationException(Message message, Throwable cause) {
    super(requireNonNull(message, "message").toString(), cause);
    this.text = message;
  }

  /**
   * The message in the given language; English for languages the library does not speak, and
   * for exceptions made with text in one language, which is returned as written.
   *
   * @since 0.2
   */
  public String getMessage(Locale locale) {
    requireNonNull(locale, "locale");
    return text == null ? getMessage() : text.in(locale);
  }
}
