package io.emulation.core.text;

import com.google.common.collect.ImmutableList;
import java.util.Locale;

/**
 * The languages the library's text is written in, and how a {@link Locale} picks one: Vietnamese
 * for any {@code vi} locale, English for every other.
 *
 * @since 0.2
 */
public final class Languages {
  /** Vietnamese ({@code vi}). */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** English ({@code en}), also used for locales the library does not speak. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** Every language the bundled catalogs are written in, English first. */
  public static final ImmutableList<Locale> SUPPORTED = ImmutableList.of(ENGLISH, VIETNAMESE);

  private Languages() {}

  /** Whether text for {@code locale} is rendered in Vietnamese. */
  public static boolean isVietnamese(Locale locale) {
    return "vi".equals(locale.getLanguage());
  }

  /**
   * The supported language for a language tag given by a person ({@code "vi"}, {@code "vi-VN"},
   * {@code "en"}); an unknown tag is rejected with the tags that are known.
   */
  public static Locale forTag(String tag) {
    Locale locale = Locale.forLanguageTag(tag.trim());
    for (Locale supported : SUPPORTED) {
      if (supported.getLanguage().equals(locale.getLanguage())) {
        return supported;
      }
    }
    throw new IllegalArgumentException("language '" + tag + "' is not supported; use one of "
        + SUPPORTED.stream().map(Locale::toLanguageTag).toList());
  }
}
