package io.emulation.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.text.Message;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML or JSON into {@link DocNode}s under {@link ReadLimits}. Syntax errors and broken
 * limits end the parse with an {@link InvalidDefinitionException} naming file, line and column;
 * duplicate keys, out-of-range numbers, YAML aliases and YAML tags other than the standard ones
 * are collected as problems and parsing goes on. Nothing is expanded and no type is resolved from
 * the input.
 */
final class DocumentParser {
  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
  private static final Set<String> STANDARD_TAGS = Set.of("str", "int", "float", "bool", "null",
      "map", "seq").stream().map(t -> YAML_TAG_PREFIX + t).collect(Collectors.toSet());
  private static final Pattern JACKSON_SOURCE =
      Pattern.compile("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]");
  private static final Pattern LIMIT_NUMBERS = Pattern.compile("\\((\\d+)\\)");

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
      throw new InvalidDefinitionException(DefinitionReader.what(file), List.of(Problem.at(file,
          Message.of("io.document.tooLong", text.length(), limits.maxDocumentChars()))));
    }
    DocumentParser parser = new DocumentParser(limits, file, problems);
    if (!isJson(file)) {
      parser.checkYamlCharacters(text);
    }
    JsonParser json;
    try {
      json = parser.factory(isJson(file)).createParser(new StringReader(text));
    } catch (IOException e) {
      throw parser.failure(file, cannotRead(e));
    }
    try (json) {
      JsonToken first = json.nextToken();
      if (first == null) {
        throw parser.failure(new SourceLocation(file, 1, 1), Message.of("io.document.empty"));
      }
      DocNode root = parser.value(json, "$", 1);
      if (json.nextToken() != null) {
        throw parser.failure(parser.location(json), Message.of("io.document.trailing"));
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw parser.failure(parser.location(json.currentLocation()), parser.limitMessage(e));
    } catch (JsonProcessingException e) {
      throw parser.syntaxError(e, json);
    } catch (IOException e) {
      throw parser.failure(file, cannotRead(e));
    } catch (RuntimeException e) {
      if (e instanceof InvalidDefinitionException definitionProblem) {
        throw definitionProblem;
      }
      // SnakeYAML may report limits with its own unchecked exceptions
      throw parser.failure(parser.location(json.currentLocation()),
          Message.of("io.document.cannotParse", firstLine(String.valueOf(e.getMessage()))));
    }
  }

  private JsonFactory factory(boolean json) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxStringLength())
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
    // the builder leaves EMPTY_STRING_AS_NULL off; on, "name:" with no value is null, as in
    // YAMLMapper and the JSON Schema, rather than an empty text
    return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints)
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
  }

  private DocNode value(JsonParser json, String path, int depth) throws IOException {
    SourceLocation at = location(json);
    if (depth > limits.maxDepth()) {
      throw failure(at, path, Message.of("io.document.tooDeep", limits.maxDepth()));
    }
    JsonToken token = json.currentToken();
    if (json instanceof YAMLParser yaml) {
      yamlOnly(yaml, at, path);
    }
    switch (token) {
      case START_OBJECT -> {
        Map<String, DocNode.Field> fields = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String name = json.currentName();
          SourceLocation keyAt = location(json);
          checkLength(name, keyAt, path);
          json.nextToken();
          DocNode value = value(json, path + "." + name, depth + 1);
          DocNode.Field previous = fields.putIfAbsent(name, new DocNode.Field(name, keyAt, value));
          if (previous != null) {
            problems.add(Problem.at(keyAt + " " + path + "." + name, Message.of(
                "io.document.duplicateKey", name, previous.keyLocation().line())));
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
        String text = json.getText();
        checkLength(text, at, path);
        return new DocNode.Scalar(text, false, null, null, false, at, path);
      }
      default -> throw failure(at, Message.of("io.document.unexpected", String.valueOf(token),
          path));
    }
  }

  /** A decimal within the exponent limit, or null with a problem. */
  private BigDecimal number(String text, SourceLocation at, String path) {
    // checked before parsing: a number of millions of digits takes minutes to parse
    if (text.length() > limits.maxNumberLength()) {
      throw failure(at, path, Message.of("io.document.numberTooLong", text.length(),
          limits.maxNumberLength()));
    }
    try {
      BigDecimal value = new BigDecimal(text.replace("_", ""));
      int exponent = value.precision() - value.scale() - 1;
      if (Math.abs(exponent) > limits.maxDecimalExponent()
          || Math.abs(value.scale()) > limits.maxDecimalExponent() + limits.maxNumberLength()) {
        problems.add(Problem.at(at + " " + path, Message.of("io.document.numberOutOfRange", text,
            limits.maxDecimalExponent())));
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add(Problem.at(at + " " + path, Message.of("io.document.notDecimal", text)));
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

  /**
   * What YAML has and this format does not: aliases (Jackson reads {@code *a} as the text "a"
   * rather than the value anchored, which would silently misread the document) and tags other
   * than YAML's own scalar, map and list tags ({@code !!java.lang.Runtime} names a class).
   */
  private void yamlOnly(YAMLParser yaml, SourceLocation at, String path) throws IOException {
    if (yaml.isCurrentAlias()) {
      problems.add(Problem.at(at + " " + path, Message.of("io.yaml.alias", yaml.getText())));
    }
    String tag = yaml.getTypeId();
    if (tag != null && !STANDARD_TAGS.contains(tag)) {
      problems.add(Problem.at(at + " " + path, Message.of("io.yaml.tag", shortTag(tag))));
    }
  }

  private static String shortTag(String tag) {
    return tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length())
        : "!" + tag;
  }

  /** Texts and names beyond the limit (the YAML parser does not check them itself). */
  private void checkLength(String text, SourceLocation at, String path) {
    if (text.length() > limits.maxStringLength()) {
      throw failure(at, path, Message.of("io.document.textTooLong", text.length(),
          limits.maxStringLength()));
    }
  }

  /** Jackson's limit messages, in the words of {@link ReadLimits}. */
  private Message limitMessage(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    Matcher numbers = LIMIT_NUMBERS.matcher(message);
    String actual = numbers.find() ? numbers.group(1) : "?";
    if (message.startsWith("Document nesting depth")) {
      return Message.of("io.document.tooDeep", limits.maxDepth());
    }
    if (message.startsWith("String value length") || message.startsWith("Name length")) {
      return Message.of("io.document.textTooLong", actual, limits.maxStringLength());
    }
    if (message.startsWith("Number value length")) {
      return Message.of("io.document.numberTooLong", actual, limits.maxNumberLength());
    }
    return Message.of("io.document.tooLarge", firstLine(message));
  }

  private static Message cannotRead(IOException e) {
    return Message.of("io.file.cannotRead", String.valueOf(e.getMessage()));
  }

  /**
   * A syntax error at the place the YAML or JSON parser stopped, with what it expected. For
   * YAML, SnakeYAML's problem and context replace Jackson's wrapper text, whose location can
   * be the start of the enclosing construct rather than the error.
   */
  private InvalidDefinitionException syntaxError(JsonProcessingException e, JsonParser json) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
        Mark mark = yaml.getProblemMark();
        // the parser's own words are English; the frame around them is in the reader's language
        Message context = yaml.getContext() == null || yaml.getContextMark() == null
            ? Message.literal("")
            : Message.of("io.syntax.context", yaml.getContext(),
                yaml.getContextMark().getLine() + 1, yaml.getContextMark().getColumn() + 1);
        return failure(new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1),
            Message.of("io.syntax.error", firstLine(String.valueOf(yaml.getProblem())),
                context));
      }
    }
    JsonLocation where = e.getLocation() != null ? e.getLocation() : json.currentLocation();
    return failure(location(where), Message.of("io.syntax.error", JACKSON_SOURCE.matcher(
        firstLine(e.getOriginalMessage())).replaceAll("line $1, column $2"),
        Message.literal("")));
  }

  /**
   * Fails at the first character YAML does not allow (C0 and C1 controls but tab, line breaks
   * and NEL, DEL, U+FFFE, U+FFFF); SnakeYAML reports them without a useful location.
   */
  private void checkYamlCharacters(String text) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      } else if (c < 0x20 && c != '\t' && c != '\r' || c >= 0x7F && c <= 0x9F && c != 0x85
          || c == 0xFFFE || c == 0xFFFF) {
        throw failure(new SourceLocation(file, line, i - lineStart + 1), Message.of(
            "io.yaml.character", String.format(Locale.ROOT, "%04X", (int) c)));
      }
    }
  }

  private InvalidDefinitionException failure(SourceLocation at, String path, Message message) {
    return failure(at + " " + path, message);
  }

  private InvalidDefinitionException failure(SourceLocation at, Message message) {
    return failure(at.toString(), message);
  }

  private InvalidDefinitionException failure(String location, Message message) {
    return new InvalidDefinitionException(DefinitionReader.what(file),
        List.of(Problem.at(location, message)));
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
