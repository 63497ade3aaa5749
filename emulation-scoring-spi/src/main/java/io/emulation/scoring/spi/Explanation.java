package io.emulation.scoring.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * Text a person reads about a result, in the language they ask for. A plugin that speaks one
 * language uses {@link #of(String)}; one that speaks several implements {@link #in(Locale)} with
 * its own resource bundles, looked up in its own module:
 *
 * <pre>{@code
 * Explanation text = locale -> MessageFormat.format(
 *     ResourceBundle.getBundle("com.acme.safety.messages", locale).getString("incidents"),
 *     incidents);
 * return Points.of(points, text);
 * }</pre>
 *
 * <p>The engine renders an explanation only when someone reads it, so an implementation should be
 * cheap to create and keep its arguments, not pre-rendered text. It must never return {@code
 * null}; for a language it does not speak it returns its default language. Rendering must not
 * depend on the machine's default locale: the same locale gives the same text everywhere.
 *
 * @since 1.1
 */
@Api(status = Api.Status.STABLE, since = "1.1")
@FunctionalInterface
public interface Explanation {

  /** The explanation that says nothing. */
  Explanation EMPTY = of("");

  /**
   * The explanation in the given language, or in the implementation's default language when it
   * does not speak that one; never {@code null}.
   */
  String in(Locale locale);

  /** Whether the explanation says nothing, in English. */
  default boolean isEmpty() {
    return in(Locale.ENGLISH).isEmpty();
  }

  /** Text in one language, the same for every locale; equal when the text is equal. */
  static Explanation of(String text) {
    return new Fixed(text);
  }

  /** An explanation that is the same text in every language. */
  record Fixed(String text) implements Explanation {
    /** Checks the text. */
    public Fixed {
      Objects.requireNonNull(text, "explanation text");
    }

    @Override
    public String in(Locale locale) {
      return text;
    }

    @Override
    public boolean isEmpty() {
      return text.isEmpty();
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
