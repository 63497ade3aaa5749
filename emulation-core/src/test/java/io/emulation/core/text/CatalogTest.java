package io.emulation.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two catalogs say the same things: same keys, same placeholders, nothing untranslated. */
class CatalogTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final Pattern KEY_IN_SOURCE = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"");

  @Test
  void vietnameseHasEveryEnglishKey() {
    assertThat(Catalog.vietnamese().patterns().keySet())
        .containsAll(Catalog.english().patterns().keySet());
  }

  @Test
  void englishHasEveryVietnameseKey() {
    assertThat(Catalog.english().patterns().keySet())
        .containsAll(Catalog.vietnamese().patterns().keySet());
  }

  @Test
  void bothLanguagesUseTheSamePlaceholdersForEachKey() {
    Catalog.english().patterns().forEach((key, english) ->
        Catalog.vietnamese().pattern(key).ifPresent(vietnamese ->
            assertThat(placeholders(vietnamese)).as(key).isEqualTo(placeholders(english))));
  }

  @Test
  void everyVietnamesePatternWithWordsIsTranslated() {
    Catalog.english().patterns().forEach((key, english) -> {
      if (english.replaceAll("\\{[^}]*}", "").chars().anyMatch(Character::isLetter)) {
        assertThat(Catalog.vietnamese().patterns().get(key)).as(key).isNotEqualTo(english);
      }
    });
  }

  @Test
  void everyKeyTheSourcesUseIsInTheCatalog() {
    Set<String> used = keysUsedIn(Path.of("src/main/java"));

    assertThat(used).isNotEmpty();
    assertThat(Catalog.english().patterns().keySet()).containsAll(used);
  }

  static Set<String> keysUsedIn(Path sources) {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = KEY_IN_SOURCE.matcher(Files.readString(file));
        while (matcher.find()) {
          keys.add(matcher.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> indexes = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    while (matcher.find()) {
      indexes.add(matcher.group(1));
    }
    return indexes;
  }
}
