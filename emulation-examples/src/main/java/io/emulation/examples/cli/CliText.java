package io.emulation.examples.cli;

import io.emulation.core.text.Languages;
import io.emulation.core.text.TextCatalog;

/**
 * The tool's words in English and Vietnamese: {@code cli.properties} and {@code
 * cli_vi.properties} next to this class, rendered with the library's own catalogs so a pattern
 * may embed the library's messages. Help texts stay in the commands' annotations, in English.
 */
final class CliText {
  /** The tool's catalogs. */
  static final TextCatalog CATALOG = TextCatalog.load(CliText.class::getResourceAsStream, "cli");

  /** English, for output of commands without {@code --lang}. */
  static final TextCatalog.Localized ENGLISH = CATALOG.in(Languages.ENGLISH);

  private CliText() {}
}
