package io.emulation.scoring.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with the parameters given to a formula, as returned by
 * {@link ScoringFormula#validate(FormulaParameters)}: the parameter it concerns and what is wrong.
 *
 * <p>Since 1.1 the message may speak several languages ({@link Explanation}), so that a person
 * editing a campaign's definition reads it in their own; it is rendered only when read. {@link
 * #message()} is the English text, as in 1.0. Problems compare equal when parameter and message
 * are equal.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class ParameterProblem {
  private final String parameter;
  private final Explanation message;

  /**
   * A problem whose message is in one language.
   *
   * @param parameter the parameter's name, or a path into it such as {@code bands[2].points};
   *     never {@code null}, empty when the problem concerns the parameters as a whole
   * @param message what is wrong and, where useful, what is expected; never blank
   */
  public ParameterProblem(String parameter, String message) {
    this(parameter, Explanation.of(Objects.requireNonNull(message, "message")));
  }

  private ParameterProblem(String parameter, Explanation message) {
    this.parameter = Objects.requireNonNull(parameter, "parameter");
    this.message = Objects.requireNonNull(message, "message");
    if (message instanceof Explanation.Fixed fixed && fixed.text().isBlank()) {
      throw new IllegalArgumentException("a parameter problem needs a message");
    }
  }

  /** A problem with one named parameter. */
  public static ParameterProblem of(String parameter, String message) {
    return new ParameterProblem(parameter, message);
  }

  /**
   * A problem with one named parameter, told in the reader's language. The message is rendered
   * only when read, and must not be blank in any language.
   *
   * @param parameter the parameter's name or a path into it; never {@code null}, empty when the
   *     problem concerns the parameters as a whole
   * @param message what is wrong and, where useful, what is expected; never {@code null}
   * @since 1.1
   */
  public static ParameterProblem of(String parameter, Explanation message) {
    return new ParameterProblem(parameter, message);
  }

  /**
   * The parameter's name, or a path into it such as {@code bands[2].points}; empty when the
   * problem concerns the parameters as a whole.
   */
  public String parameter() {
    return parameter;
  }

  /** What is wrong, in English; never blank. */
  public String message() {
    return message.in(Locale.ENGLISH);
  }

  /**
   * What is wrong, in the given language where the formula speaks it.
   *
   * @since 1.1
   */
  public String message(Locale locale) {
    return message.in(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The message itself, to render later or in several languages.
   *
   * @since 1.1
   */
  public Explanation explanation() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ParameterProblem that && parameter.equals(that.parameter)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parameter, message);
  }

  /** The English message, after the parameter and a colon when there is a parameter. */
  @Override
  public String toString() {
    return parameter.isEmpty() ? message() : parameter + ": " + message();
  }
}
