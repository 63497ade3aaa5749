package io.emulation.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses YAML or JSON into {@link DocNode}s under {@link ReadLimits}. Syntax errors and broken
 * limits end the parse with an {@link InvalidDefinitionException} naming file, line and column;
 * duplicate keys and out-of-range numbers are collected as problems and parsing goes on.
 */
final class DocumentParser {
  private final ReadLimits limits;
  private final String file;
  private final List<Problem> problems;

  private DocumentParser(ReadLimits limits, String file, List<Problem> problems) {
    this.limits = limits;
    this.file = file;
    this.problems = problems;
  }

  /** The document's format, from its file name: {@code .json} is JSON, anything else YAML. */
  static boolean isJson(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * Parses one document.
   *
   * @param problems receives duplicate keys and out-of-range numbers
   * @throws InvalidDefinitionException on a syntax error or a broken limit
   */
  static DocNode parse(String text, String file, ReadLimits limits, List<Problem> problems) {
    if (text.length() > limits.maxDocumentChars()) {
      throw new InvalidDefinitionException("definition " + file, List.of(Problem.at(file,
          "document has " + text.length() + " characters, more than the limit of "
              + limits.maxDocumentChars())));
    }
    DocumentParser parser = new DocumentParser(limits, file, problems);
    try (Reader reader = new StringReader(text);
        JsonParser json = parser.factory(isJson(file)).createParser(reader)) {
      JsonToken first = json.nextToken();
      if (first == null) {
        throw parser.failure(new SourceLocation(file, 1, 1), "document is empty");
      }
      DocNode root = parser.value(json, "$", 1);
      if (json.nextToken() != null) {
        throw parser.failure(parser.location(json), "unexpected content after the document");
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw parser.failure(parser.location(e.getLocation()), "document too large or too deep: "
          + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw parser.failure(parser.location(e.getLocation()), "syntax error: "
          + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InvalidDefinitionException("definition " + file,
          List.of(Problem.at(file, "cannot read: " + e.getMessage())));
    } catch (RuntimeException e) {
      if (e instanceof InvalidDefinitionException definitionProblem) {
        throw definitionProblem;
      }
      // SnakeYAML reports alias and size limits with its own unchecked exceptions
      throw parser.failure(new SourceLocation(file, 0, 0),
          "cannot parse: " + firstLine(String.valueOf(e.getMessage())));
    }
  }

  private JsonFactory factory(boolean json) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(limits.maxDocumentChars())
        .build();
    if (json) {
      return JsonFactory.builder().streamReadConstraints(constraints).build();
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit(limits.maxDocumentChars());
    options.setAllowDuplicateKeys(true);
    return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
  }

  private DocNode value(JsonParser json, String path, int depth) throws IOException {
    SourceLocation at = location(json);
    if (depth > limits.maxDepth()) {
      throw failure(at, "nesting deeper than " + limits.maxDepth() + " levels at " + path);
    }
    JsonToken token = json.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, DocNode.Field> fields = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String name = json.currentName();
          SourceLocation keyAt = location(json);
          json.nextToken();
          DocNode value = value(json, path + "." + name, depth + 1);
          DocNode.Field previous = fields.putIfAbsent(name, new DocNode.Field(name, keyAt, value));
          if (previous != null) {
            problems.add(Problem.at(keyAt + " " + path + "." + name, "duplicate key '" + name
                + "'; it was already given at line " + previous.keyLocation().line()));
          }
        }
        return new DocNode.Obj(fields, at, path);
      }
      case START_ARRAY -> {
        List<DocNode> items = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(json, path + "[" + items.size() + "]", depth + 1));
        }
        return new DocNode.Arr(List.copyOf(items), at, path);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        String text = json.getText();
        return new DocNode.Scalar(text, true, number(text, at, path), null, false, at, path);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new DocNode.Scalar(json.getText(), false, null, token == JsonToken.VALUE_TRUE,
            false, at, path);
      }
      case VALUE_NULL -> {
        return new DocNode.Scalar("null", false, null, null, true, at, path);
      }
      case VALUE_STRING -> {
        return new DocNode.Scalar(json.getText(), false, null, null, false, at, path);
      }
      default -> throw failure(at, "unexpected " + token + " at " + path);
    }
  }

  /** A decimal within the exponent limit, or null with a problem. */
  private BigDecimal number(String text, SourceLocation at, String path) {
    try {
      BigDecimal value = new BigDecimal(text.replace("_", ""));
      int exponent = value.precision() - value.scale() - 1;
      if (Math.abs(exponent) > limits.maxDecimalExponent()
          || Math.abs(value.scale()) > limits.maxDecimalExponent() + limits.maxNumberLength()) {
        problems.add(Problem.at(at + " " + path, "number " + text
            + " is out of range (exponent beyond +/-" + limits.maxDecimalExponent() + ")"));
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add(Problem.at(at + " " + path, "'" + text + "' is not a decimal number"));
      return null;
    }
  }

  private SourceLocation location(JsonParser json) {
    return location(json.currentTokenLocation());
  }

  private SourceLocation location(JsonLocation location) {
    return location == null ? new SourceLocation(file, 0, 0)
        : new SourceLocation(file, Math.max(location.getLineNr(), 0),
            Math.max(location.getColumnNr(), 0));
  }

  private InvalidDefinitionException failure(SourceLocation at, String message) {
    return new InvalidDefinitionException("definition " + file,
        List.of(Problem.at(at.toString(), message)));
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
