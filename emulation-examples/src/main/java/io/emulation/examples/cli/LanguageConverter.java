package io.emulation.examples.cli;

import io.emulation.core.text.Languages;
import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code --lang} values ({@code vi}, {@code en}); any other is a command-line error. */
final class LanguageConverter implements CommandLine.ITypeConverter<Locale> {
  @Override
  public Locale convert(String value) {
    try {
      return Languages.forTag(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
