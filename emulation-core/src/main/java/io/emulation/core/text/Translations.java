package io.emulation.core.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.emulation.scoring.spi.Explanation;
import java.util.Locale;
import java.util.Map;

/**
 * Text that was rendered in each supported language and kept so, such as a plugin's explanation
 * read back from a stored result: the library cannot render that text again (the plugin may not
 * be loaded), so a store keeps what it said in every language and this gives it back.
 *
 * <pre>{@code
 * Translations stored = Translations.of(pluginExplanation);   // {"en": "...", "vi": "..."}
 * stored.in(Languages.VIETNAMESE);                             // what the plugin said in Vietnamese
 * }</pre>
 *
 * @param texts the text by language tag ({@code "en"}, {@code "vi"}); never empty
 * @since 0.2
 */
public record Translations(ImmutableMap<String, String> texts) implements Explanation {

  /** Checks that there is some text. */
  public Translations {
    requireNonNull(texts, "texts");
    checkArgument(!texts.isEmpty(), "translations need the text in at least one language");
  }

  /** The explanation rendered in every {@linkplain Languages#SUPPORTED supported language}. */
  public static Translations of(Explanation explanation) {
    requireNonNull(explanation, "explanation");
    ImmutableMap.Builder<String, String> texts = ImmutableMap.builder();
    for (Locale language : Languages.SUPPORTED) {
      texts.put(language.getLanguage(),
          requireNonNull(explanation.in(language), "explanation text"));
    }
    return new Translations(texts.build());
  }

  /** The given texts by language tag, in the map's order. */
  public static Translations of(Map<String, String> texts) {
    return new Translations(ImmutableMap.copyOf(texts));
  }

  /**
   * The text in the language {@code locale} picks (Vietnamese for any {@code vi} locale), else
   * the English text, else the first one kept.
   */
  @Override
  public String in(Locale locale) {
    requireNonNull(locale, "locale");
    String language = Languages.isVietnamese(locale) ? "vi" : "en";
    String text = texts.get(language);
    if (text == null) {
      text = texts.get("en");
    }
    return text != null ? text : texts.values().iterator().next();
  }

  /** The English text. */
  @Override
  public String toString() {
    return in(Locale.ENGLISH);
  }
}
