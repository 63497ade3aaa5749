package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and malformed definition files ({@code src/test/resources/io/hostile/definitions},
 * plus a few generated here because they are large) are each answered with an {@link
 * InvalidDefinitionException} naming the file, fast: aliases are rejected rather than expanded,
 * nesting, texts, numbers, exponents and documents are bounded, tags naming Java classes are
 * refused, and nothing else is ever thrown.
 */
class HostileDefinitionsTest {
  private static final DefinitionReader READER = DefinitionReader.standard();

  static Path corpus() {
    return Path.of(System.getProperty("basedir", "")).toAbsolutePath()
        .resolve("src/test/resources/io/hostile/definitions");
  }

  static Stream<Path> hostileFiles() throws IOException {
    try (Stream<Path> files = Files.list(corpus())) {
      List<Path> list = files.sorted().toList();
      assertThat(list).as("hostile corpus").hasSizeGreaterThan(30);
      return list.stream();
    }
  }

  /** The exception reading the file throws; fails the test when it is anything else. */
  private static InvalidDefinitionException rejection(Path file) {
    InvalidDefinitionException thrown = catchThrowableOfType(InvalidDefinitionException.class,
        () -> READER.read(file));
    assertThat(thrown).as("reading %s throws InvalidDefinitionException", file).isNotNull();
    return thrown;
  }

  private static InvalidDefinitionException rejection(String text, String file) {
    InvalidDefinitionException thrown = catchThrowableOfType(InvalidDefinitionException.class,
        () -> READER.read(text, file));
    assertThat(thrown).as("reading %s throws InvalidDefinitionException", file).isNotNull();
    return thrown;
  }

  private static InvalidDefinitionException rejection(String name) {
    return rejection(corpus().resolve(name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFiles")
  void everyHostileFileIsRejectedWithProblemsNamingTheFile(Path file) {
    InvalidDefinitionException thrown = rejection(file);
    assertThat(thrown.getMessage()).startsWith("definition " + file + " has ");
    assertThat(thrown.problems()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.location()).startsWith(file.toString()));
  }

  @Test
  void billionLaughsIsRefusedAtItsAliasesWithoutExpandingThem() {
    InvalidDefinitionException thrown = rejection("billion-laughs.yaml");
    assertThat(thrown.problems()).hasSizeLessThan(100).extracting(p -> p.message().toString())
        .contains("YAML aliases (*lol0) are not supported; write the value out in full",
            "YAML aliases (*lol8) are not supported; write the value out in full");
  }

  @Test
  void tagsNamingJavaClassesAreRefused() {
    assertThat(rejection("script-engine-tag.yaml").problems())
        .extracting(p -> p.message().toString())
        .contains("YAML tag '!!javax.script.ScriptEngineManager' is not supported; the format "
            + "names no types, write the plain value",
            "YAML tag '!!java.net.URLClassLoader' is not supported; the format names no types, "
                + "write the plain value");
    assertThat(rejection("java-runtime-tag.yaml").problems())
        .extracting(p -> p.message().toString())
        .contains("YAML tag '!!java.lang.Runtime' is not supported; the format names no types, "
            + "write the plain value");
  }

  @Test
  void nestingDeeperThanTheLimitFailsAtTheFirstLevelTooDeep() {
    Path file = corpus().resolve("deep-nesting.json");
    assertThat(rejection(file).problems()).extracting(Problem::toString).containsExactly(
        file + ":1:4001: nesting deeper than 64 levels");
  }

  @Test
  void deepBlockNestingOfAThousandLevelsFails() {
    StringBuilder text = new StringBuilder("formatVersion: 1\n");
    for (int level = 0; level < 1000; level++) {
      text.append("  ".repeat(level)).append("k").append(level).append(":\n");
    }
    assertThat(rejection(text.toString(), "deep.yaml").problems())
        .extracting(p -> p.message().toString())
        .containsExactly("nesting deeper than 64 levels");
  }

  @Test
  void textLongerThanTheLimitFailsInYamlAndJson() {
    String huge = "x".repeat(ReadLimits.defaults().maxStringLength() + 1);
    assertThat(rejection("formatVersion: 1\nawards:\n  name: " + huge + "\n", "huge.yaml")
        .problems()).extracting(Problem::toString).containsExactly(
            "huge.yaml:3:9 $.awards.name: a text of 100001 characters is longer than the limit "
                + "of 100000");
    assertThat(rejection("{\"formatVersion\": 1, \"awards\": {\"name\": \"" + huge + "\"}}",
        "huge.json").problems()).extracting(p -> p.message().toString())
        .containsExactly("a text of 100001 characters is longer than the limit of 100000");
  }

  @Test
  void keyLongerThanTheLimitFails() {
    String huge = "k".repeat(ReadLimits.defaults().maxStringLength() + 1);
    assertThat(rejection("{\"formatVersion\": 1, \"" + huge + "\": 1}", "key.json").problems())
        .extracting(p -> p.message().toString())
        .containsExactly("a text of 100001 characters is longer than the limit of 100000");
    // YAML keys longer than 1024 characters are not keys at all
    assertThat(rejection("formatVersion: 1\n" + huge + ": 1\n", "key.yaml").problems())
        .extracting(p -> p.message().toString()).containsExactly(
            "syntax error: could not find expected "
            + "':' (while scanning a simple key at line 2, column 1)");
  }

  @Test
  void numberOfTenThousandDigitsFails() {
    assertThat(rejection("long-number.json").problems()).extracting(p -> p.message().toString())
        .containsExactly("a number of 10000 characters is longer than the limit of 100");
    // YAML reads a plain number that long as text, which is not a number where one is needed
    assertThat(rejection("long-number.yaml").problems()).extracting(p -> p.message().toString())
        .containsExactly("'formatVersion' must be a number but was the text "
            + "'9999999999999999999999999999999999999999...' (10000 characters)");
  }

  @Test
  void exponentBeyondTheLimitFails() {
    assertThat(rejection("huge-exponent.yaml").problems()).extracting(p -> p.message().toString())
        .containsExactly("number 1e999999999 is out of range (exponent beyond +/-100)");
    assertThat(rejection("tiny-exponent.yaml").problems()).extracting(p -> p.message().toString())
        .containsExactly("number 1e-999999999 is out of range (exponent beyond +/-100)");
  }

  @Test
  void documentLongerThanTheLimitFailsBeforeParsing() {
    int limit = ReadLimits.defaults().maxDocumentChars();
    String text = "#".repeat(limit + 1);
    assertThat(rejection(text, "big.yaml").problems())
        .extracting(Problem::toString).containsExactly(
            "big.yaml: document has " + (limit + 1) + " characters, more than the limit of "
                + limit);
  }

  @Test
  void fileLongerThanTheLimitIsNotReadToTheEnd(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("big.yaml");
    // 1,001 characters of 3 bytes each: 3,003 bytes, more than 3 bytes per allowed character
    Files.writeString(file, "ệ".repeat(1001), StandardCharsets.UTF_8);
    DefinitionReader small = READER.withLimits(ReadLimits.defaults().withMaxDocumentChars(1000));
    InvalidDefinitionException thrown = catchThrowableOfType(InvalidDefinitionException.class,
        () -> small.read(file));
    assertThat(thrown.problems())
        .extracting(Problem::toString).containsExactly(
            file + ": file has more than 3000 bytes, more than the limit of 1000 "
                + "characters");
  }

  @Test
  void invalidUtf8IsReportedAtLineAndColumn() {
    Path file = corpus().resolve("invalid-utf8.yaml");
    assertThat(rejection(file).problems())
        .extracting(Problem::toString).containsExactly(
            file + ":3:14: not valid UTF-8 text: byte 0xFF; save the file as UTF-8");
  }

  @Test
  void controlCharacterIsReportedAtLineAndColumn() {
    Path file = corpus().resolve("control-characters.yaml");
    assertThat(rejection(file).problems())
        .extracting(Problem::toString).containsExactly(
            file + ":3:9: character U+0000 is not allowed in YAML; remove it");
  }

  @Test
  void duplicateKeysAreReportedInYamlAndJson() {
    assertThat(rejection("duplicate-keys.yaml").problems()).extracting(p -> p.message().toString())
        .containsExactly("duplicate key 'preset'; it was already given at line 3");
    assertThat(rejection("duplicate-keys.json").problems()).extracting(p -> p.message().toString())
        .containsExactly("duplicate key 'preset'; it was already given at line 1");
  }

  @Test
  void contentAfterTheDocumentIsRefused() {
    assertThat(rejection("second-document.yaml").problems()).extracting(p -> p.message().toString())
        .containsExactly("unexpected content after the document");
    assertThat(rejection("trailing-garbage.json").problems())
        .extracting(p -> p.message().toString())
        .containsExactly("syntax error: Unrecognized token 'garbage': was expecting (JSON "
            + "String, Number, Array, Object or token 'null', 'true' or 'false')");
  }

  @Test
  void emptyFilesAreReportedAsEmpty() {
    for (String name : List.of("empty.yaml", "empty.json", "whitespace-only.json",
        "comment-only.yaml")) {
      Path file = corpus().resolve(name);
      assertThat(rejection(file).problems()).as(name)
          .extracting(Problem::toString).containsExactly(
              file + ":1:1: document is empty");
    }
  }

  @Test
  void aThousandProblemsAreListedAndTheRestCounted() {
    StringBuilder text = new StringBuilder("formatVersion: 1\nawards: {preset: army}\n");
    for (int i = 0; i < 1500; i++) {
      text.append("unknown").append(i).append(": 1\n");
    }
    InvalidDefinitionException thrown = rejection(text.toString(), "many.yaml");
    assertThat(thrown.problems()).hasSize(ProblemList.LISTED + 1).extracting(Problem::toString)
        .contains("many.yaml: 1500 problems found; only the first 1000 are listed");
  }
}
