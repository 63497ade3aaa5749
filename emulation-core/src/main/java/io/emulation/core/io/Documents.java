package io.emulation.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.emulation.scoring.spi.FormulaParameters;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Jackson set up once for writing documents: plain decimals, stable order, UTF-8 text. */
final class Documents {
  // since Jackson 2.15 the factory keeps a BigDecimal as given (0.50 stays 0.50)
  static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper YAML_MAPPER = mapper(new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .build()));
  private static final ObjectMapper JSON_MAPPER = mapper(new ObjectMapper());

  private Documents() {}

  private static ObjectMapper mapper(ObjectMapper mapper) {
    return mapper.enable(SerializationFeature.INDENT_OUTPUT)
        .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
  }

  /** The tree as YAML or, for {@code json}, as indented JSON, ending with a newline. */
  static String write(JsonNode tree, boolean json) {
    try {
      String text = (json ? JSON_MAPPER : YAML_MAPPER).writeValueAsString(tree);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write a document tree", e);
    }
  }

  /** A tree of plain values: numbers, texts, booleans, parameter groups, lists, maps. */
  static JsonNode plain(Object value) {
    if (value instanceof BigDecimal number) {
      return JSON.numberNode(number);
    }
    if (value instanceof Boolean flag) {
      return JSON.booleanNode(flag);
    }
    if (value instanceof FormulaParameters group) {
      return plain(group.asMap());
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode node = JSON.objectNode();
      map.forEach((k, v) -> node.set(String.valueOf(k), plain(v)));
      return node;
    }
    if (value instanceof List<?> list) {
      ArrayNode node = JSON.arrayNode();
      list.forEach(item -> node.add(plain(item)));
      return node;
    }
    return JSON.textNode(String.valueOf(value));
  }
}
