package io.emulation.core.io;

import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON value that remembers where it was written, so every problem found while
 * mapping it names file, line, column and JSON path.
 */
sealed interface DocNode {

  /** Where the value starts. */
  SourceLocation location();

  /** Its JSON path, e.g. {@code $.criteria[2].weight}. */
  String path();

  /** What kind of value it is, for messages: "an object", "a list", "the number 3", ... */
  Message describe();

  /** An object: keys in written order, each with the location of the key. */
  record Obj(Map<String, Field> fields, SourceLocation location, String path) implements DocNode {
    public Obj {
      fields = new LinkedHashMap<>(fields);
    }

    @Override
    public Message describe() {
      return Message.of("io.value.object");
    }
  }

  /** One key of an object and its value. */
  record Field(String name, SourceLocation keyLocation, DocNode value) {}

  /** A list. */
  record Arr(List<DocNode> items, SourceLocation location, String path) implements DocNode {
    @Override
    public Message describe() {
      return Message.of("io.value.list");
    }
  }

  /**
   * A scalar: text, number, boolean or null, with the text as written.
   *
   * @param text the value as written ({@code "2021"}, {@code "12.50"}, {@code "true"})
   * @param numeric whether written as a number
   * @param number the value when written as a number within limits, else null
   * @param bool the value when written as a boolean
   * @param isNull whether written as null
   */
  record Scalar(String text, boolean numeric, BigDecimal number, Boolean bool, boolean isNull,
      SourceLocation location, String path) implements DocNode {
    @Override
    public Message describe() {
      if (isNull) {
        return Message.of("io.value.null");
      }
      if (numeric) {
        return Message.of("io.value.number", text);
      }
      if (bool != null) {
        return Message.literal(text);
      }
      return text.length() <= LONGEST_QUOTED ? Message.of("io.value.text", text)
          : Message.of("io.value.longText", text.substring(0, LONGEST_QUOTED), text.length());
    }

    /** Texts longer than this are cut short in messages. */
    static final int LONGEST_QUOTED = 40;
  }
}
