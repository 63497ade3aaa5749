package io.emulation.core.text;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The text catalogs of another module (a report's labels, a tool's messages), rendered exactly
 * like the library's own {@link Message}s and able to embed them: a pattern's argument may be a
 * library message, rendered in the same language.
 *
 * <p>Each part is a pair of UTF-8 properties files, {@code <part>.properties} (English) and
 * {@code <part>_vi.properties}; the owning module opens them itself, so its resources stay
 * encapsulated:
 *
 * <pre>{@code
 * static final TextCatalog TEXT =
 *     TextCatalog.load(ReportText.class::getResourceAsStream, "report");
 * String title = TEXT.text(Languages.VIETNAMESE, "report.title", campaign.name());
 * }</pre>
 *
 * @since 0.2
 */
public final class TextCatalog {
  private final Catalog english;
  private final Catalog vietnamese;

  private TextCatalog(Catalog english, Catalog vietnamese) {
    this.english = english;
    this.vietnamese = vietnamese;
  }

  /**
   * Loads the parts through {@code resources} (a resource name to its stream, or {@code null}
   * when missing); a key also defined by the library or by another part is rejected.
   */
  public static TextCatalog load(Function<String, InputStream> resources, String... parts) {
    requireNonNull(resources, "resources");
    ImmutableList<String> names = ImmutableList.copyOf(Arrays.asList(parts));
    Catalog english = Catalog.merge(Catalog.load(resources, names, ""), Catalog.english(),
        Optional.empty());
    Catalog vietnamese = Catalog.merge(Catalog.load(resources, names, "_vi"),
        Catalog.vietnamese(), Optional.of(english));
    return new TextCatalog(english, vietnamese);
  }

  /** The text for {@code key} in the given language (English for others). */
  public String text(Locale locale, String key, Object... args) {
    return Message.of(key, args).in(locale, this::catalog);
  }

  /** The message rendered with this catalog (and the library's) in the given language. */
  public String render(Message message, Locale locale) {
    return message.in(locale, this::catalog);
  }

  /**
   * This catalog in one language, for code that writes many texts in it (a report, a command's
   * output).
   */
  public Localized in(Locale locale) {
    return new Localized(this, requireNonNull(locale, "locale"));
  }

  /**
   * A {@link TextCatalog} in one language.
   *
   * @param catalog the catalog
   * @param locale the language
   * @since 0.2
   */
  public record Localized(TextCatalog catalog, Locale locale) {
    /** Checks the parts. */
    public Localized {
      requireNonNull(catalog, "catalog");
      requireNonNull(locale, "locale");
    }

    /** The text for {@code key} with {@code args} in this language. */
    public String get(String key, Object... args) {
      return catalog.text(locale, key, args);
    }

    /** A library message in this language. */
    public String render(Message message) {
      return catalog.render(message, locale);
    }
  }

  /** The keys this catalog's own parts define in the given language. */
  public ImmutableSet<String> keys(Locale locale) {
    return catalog(locale).ownKeys();
  }

  /** The pattern of a key in the given language, without falling back to English. */
  public Optional<String> pattern(Locale locale, String key) {
    return Optional.ofNullable(catalog(locale).patterns().get(key));
  }

  private Catalog catalog(Locale locale) {
    return Languages.isVietnamese(requireNonNull(locale, "locale")) ? vietnamese : english;
  }
}
