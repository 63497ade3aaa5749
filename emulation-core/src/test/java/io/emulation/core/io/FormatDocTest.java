package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@code docs/format.md} keeps up with the example files and the schema. */
class FormatDocTest {
  private static final String MARKER =
      "<!-- complete-example: examples/definitions/quyet-thang-2021.yaml -->\n\n```yaml\n";
  private static final String DOC = DefinitionFiles.read(DefinitionFiles.examplesFolder()
      .getParent().resolveSibling("docs").resolve("format.md"));

  @Test
  void completeExampleIsTheExampleFile() {
    int start = DOC.indexOf(MARKER);
    assertThat(start).as("marker of the complete example").isNotNegative();
    int from = start + MARKER.length();
    String block = DOC.substring(from, DOC.indexOf("```\n", from));
    Path file = DefinitionFiles.examplesFolder().resolve("quyet-thang-2021.yaml");
    assertThat(block).isEqualTo(DefinitionFiles.read(file));
  }

  @Test
  void everyPropertyAndEnumValueOfTheSchemaIsDocumented() {
    Set<String> names = new TreeSet<>();
    collect(schema(), names);
    assertThat(names).hasSizeGreaterThan(100)
        .allSatisfy(name -> assertThat(DOC).as("docs/format.md mentions %s", name)
            .containsPattern("`[^`\\n]*\\b" + java.util.regex.Pattern.quote(name) + "\\b"));
  }

  /** Property names, enum values and constants anywhere in the schema. */
  private static void collect(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      node.path("properties").fieldNames().forEachRemaining(names::add);
      node.path("enum").forEach(value -> names.add(value.asText()));
      if (node.path("const").isTextual()) {
        names.add(node.path("const").asText());
      }
      node.forEach(child -> collect(child, names));
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, names));
    }
  }

  private static JsonNode schema() {
    try {
      return new ObjectMapper().readTree(DefinitionFiles.resource(DefinitionSchemaTest.SCHEMA));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
