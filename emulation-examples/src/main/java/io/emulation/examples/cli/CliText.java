package io.emulation.examples.cli;

import io.emulation.core.text.Languages;
import io.emulation.core.text.TextCatalog;
import java.util.Locale;

/**
 * The tool's words in English and Vietnamese: {@code cli.properties} and {@code
 * cli_vi.properties} next to this class, rendered with the library's own catalogs so a pattern
 * may embed the library's messages. Help texts stay in the commands' annotations, in English.
 */
final class CliText {
  /** The tool's catalogs. */
  static final TextCatalog CATALOG = TextCatalog.load(CliText.class::getResourceAsStream, "cli");

  /** English, for output of commands without {@code --lang}. */
  static final CliText ENGLISH = new CliText(Languages.ENGLISH);

  private final Locale locale;

  CliText(Locale locale) {
    this.locale = locale;
  }

  /** The language. */
  Locale locale() {
    return locale;
  }

  /** The text of {@code key} with {@code args} in this language. */
  String get(String key, Object... args) {
    return CATALOG.text(locale, key, args);
  }
}
