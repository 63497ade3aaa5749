package io.emulation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples' own catalogs (report, CLI, campaign files): complete in both languages. */
class ExamplesCatalogTest {
  private static final Map<String, String> PARTS = Map.of(
      "report", "/io/emulation/examples/report/",
      "cli", "/io/emulation/examples/cli/",
      "files", "/io/emulation/examples/");
  /** Patterns written the same in both languages although they have letters. */
  private static final Set<String> SAME_IN_BOTH = Set.of("cli.plugins.spi", "cli.plugins.jar");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final Pattern KEY_USE = Pattern.compile(
      "(?:get|text)\\((?:[a-zA-Z.()]+, )?\"((?:report|cli|files)\\.[\\w.]+)\"");

  @ParameterizedTest
  @ValueSource(strings = {"report", "cli", "files"})
  void bothLanguagesHaveTheSameKeysAndPlaceholders(String part) throws IOException {
    Properties english = read(part, "");
    Properties vietnamese = read(part, "_vi");

    assertThat(vietnamese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(placeholders(vietnamese.getProperty(key))).as(key)
          .isEqualTo(placeholders(english.getProperty(key)));
      assertThat(key).startsWith(part + ".");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"report", "cli", "files"})
  void vietnameseWordsAreNotTheEnglishOnes(String part) throws IOException {
    Properties english = read(part, "");
    Properties vietnamese = read(part, "_vi");

    for (String key : english.stringPropertyNames()) {
      String words = PLACEHOLDER.matcher(english.getProperty(key)).replaceAll("");
      if (words.chars().anyMatch(Character::isLetter) && !SAME_IN_BOTH.contains(key)) {
        assertThat(vietnamese.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
      }
    }
  }

  @Test
  void everyKeyTheCodeUsesIsDefined() throws IOException {
    Set<String> defined = new TreeSet<>();
    for (String part : PARTS.keySet()) {
      defined.addAll(read(part, "").stringPropertyNames());
    }
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher use = KEY_USE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (use.find()) {
          used.add(use.group(1));
        }
      }
    }

    assertThat(used).hasSizeGreaterThan(50);
    assertThat(defined).containsAll(used);
  }

  private static Properties read(String part, String suffix) throws IOException {
    Properties properties = new Properties();
    String name = PARTS.get(part) + part + suffix + ".properties";
    try (InputStream in = ExamplesCatalogTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** The argument numbers a pattern refers to. */
  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher placeholder = PLACEHOLDER.matcher(pattern);
    while (placeholder.find()) {
      found.add(placeholder.group(1));
    }
    return found;
  }
}
