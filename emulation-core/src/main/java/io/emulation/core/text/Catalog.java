package io.emulation.core.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The bundled message patterns of one language. Loaded from this module's own resources (rather
 * than through {@code ResourceBundle}, whose fallback follows the machine's default locale) so the
 * same locale gives the same text on every machine.
 */
final class Catalog {
  /**
   * The catalog files of each language, one per area of the library ({@code award.properties} and
   * {@code award_vi.properties}, ...); a key is defined in exactly one of them.
   */
  static final ImmutableList<String> PARTS =
      ImmutableList.of("common", "award", "evaluation", "lifecycle", "io", "plugin");

  private static final Catalog ENGLISH = load(PARTS, "", Optional.empty());
  private static final Catalog VIETNAMESE = load(PARTS, "_vi", Optional.of(ENGLISH));

  private final String file;
  private final ImmutableMap<String, String> patterns;
  private final ImmutableSet<String> ownKeys;
  private final Optional<Catalog> fallback;

  private Catalog(String file, ImmutableMap<String, String> patterns,
      ImmutableSet<String> ownKeys, Optional<Catalog> fallback) {
    this.file = file;
    this.patterns = patterns;
    this.ownKeys = ownKeys;
    this.fallback = fallback;
  }

  private Catalog(String file, ImmutableMap<String, String> patterns,
      Optional<Catalog> fallback) {
    this(file, patterns, patterns.keySet(), fallback);
  }

  /**
   * A catalog of {@code own}'s keys and {@code library}'s, for another module's text that embeds
   * library messages; a key in both is rejected.
   */
  static Catalog merge(Catalog own, Catalog library, Optional<Catalog> fallback) {
    Map<String, String> patterns = new TreeMap<>(library.patterns);
    own.patterns.forEach((key, pattern) -> {
      if (patterns.put(key, pattern) != null) {
        throw new IllegalStateException("message key " + key + " of " + own.file
            + " is already defined by the library");
      }
    });
    return new Catalog(own.file, ImmutableMap.copyOf(patterns), own.ownKeys, fallback);
  }

  /** The keys defined by this catalog's own files (not by a library it was merged with). */
  ImmutableSet<String> ownKeys() {
    return ownKeys;
  }

  static Catalog english() {
    return ENGLISH;
  }

  static Catalog vietnamese() {
    return VIETNAMESE;
  }

  static Catalog forLocale(Locale locale) {
    return Languages.isVietnamese(locale) ? VIETNAMESE : ENGLISH;
  }

  /** The pattern for a key in this language, else in the fallback's. */
  Optional<String> pattern(String key) {
    String pattern = patterns.get(key);
    return pattern != null ? Optional.of(pattern)
        : fallback.flatMap(other -> other.pattern(key));
  }

  ImmutableMap<String, String> patterns() {
    return patterns;
  }

  String file() {
    return file;
  }

  /**
   * The catalog in this package's resource files {@code <part><suffix>.properties}, falling back
   * to another for missing keys; a key defined in two parts is rejected.
   */
  static Catalog load(List<String> parts, String suffix, Optional<Catalog> fallback) {
    Catalog own = load(Catalog.class::getResourceAsStream, parts, suffix);
    return new Catalog(own.file, own.patterns, fallback);
  }

  /** The catalog of parts opened through {@code resources}, without fallback. */
  static Catalog load(Function<String, InputStream> resources, List<String> parts,
      String suffix) {
    Map<String, String> patterns = new TreeMap<>();
    for (String part : parts) {
      String file = part + suffix + ".properties";
      Properties properties = read(resources, file);
      for (String key : properties.stringPropertyNames()) {
        if (patterns.put(key, properties.getProperty(key)) != null) {
          throw new IllegalStateException("message key " + key + " is defined twice; the second"
              + " time in " + file);
        }
      }
    }
    return new Catalog(String.join(", ", parts) + " (" + suffix + ")",
        ImmutableMap.copyOf(patterns), Optional.empty());
  }

  /** The catalog in one resource file of this package. */
  static Catalog load(String file, Optional<Catalog> fallback) {
    Properties properties = read(Catalog.class::getResourceAsStream, file);
    Map<String, String> patterns = new TreeMap<>();
    properties.stringPropertyNames().forEach(key -> patterns.put(key, properties.getProperty(key)));
    return new Catalog(file, ImmutableMap.copyOf(patterns), fallback);
  }

  private static Properties read(Function<String, InputStream> resources, String file) {
    Properties properties = new Properties();
    try (InputStream in = resources.apply(file)) {
      if (in == null) {
        throw new IllegalStateException("message catalog " + file + " is missing from the jar");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message catalog " + file, e);
    }
    return properties;
  }
}
