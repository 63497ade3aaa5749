package io.emulation.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.emulation.core.EmulationException;
import io.emulation.core.text.EnumText;
import io.emulation.core.text.Message;
import io.emulation.core.text.Translations;
import io.emulation.scoring.spi.Explanation;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON of a {@link Message}, so stored text reads back in either language exactly as it was
 * rendered before storing.
 *
 * <ul>
 *   <li>Literal text (what a person wrote) is a JSON string. Older files stored every reason so,
 *       and read back as literal text.
 *   <li>A catalog message is {@code {"key": "...", "args": [...]}}, each argument an object with
 *       one field naming its kind: {@code {"string": "p1"}}, {@code {"decimal": "10.50"}} (a
 *       string, so no digit is lost), {@code {"integer": 3}}, {@code {"long": 3}}, {@code
 *       {"date": "2021-01-15"}}, {@code {"message": ...}}, {@code {"list": [...]}}, an enum as
 *       {@code {"enum": "enum.CampaignState.DRAFT", "name": "DRAFT"}} (read back as {@link
 *       EnumText}), and any other {@link Explanation} (a plugin's) rendered in every supported
 *       language, {@code {"translations": {"en": "...", "vi": "..."}}} (read back as {@link
 *       Translations}).
 * </ul>
 */
final class MessageJson {
  private MessageJson() {}

  // ---- writing

  /** Writes the message as the next value. */
  static void write(JsonGenerator json, Message message) throws IOException {
    if (message.isLiteral()) {
      json.writeString(message.in(Locale.ENGLISH));
      return;
    }
    json.writeStartObject();
    json.writeStringField("key", message.key());
    json.writeArrayFieldStart("args");
    for (Object arg : message.args()) {
      argument(json, arg);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void argument(JsonGenerator json, Object arg) throws IOException {
    json.writeStartObject();
    if (arg instanceof String text) {
      json.writeStringField("string", text);
    } else if (arg instanceof BigDecimal number) {
      json.writeStringField("decimal", number.toPlainString());
    } else if (arg instanceof Integer number) {
      json.writeNumberField("integer", number);
    } else if (arg instanceof Long number) {
      json.writeNumberField("long", number);
    } else if (arg instanceof LocalDate date) {
      json.writeStringField("date", date.toString());
    } else if (arg instanceof Message message) {
      json.writeFieldName("message");
      write(json, message);
    } else if (arg instanceof Enum<?> constant) {
      enumText(json, EnumText.of(constant));
    } else if (arg instanceof EnumText constant) {
      enumText(json, constant);
    } else if (arg instanceof Explanation explanation) {
      Translations translations = explanation instanceof Translations kept ? kept
          : Translations.of(explanation);
      json.writeObjectFieldStart("translations");
      for (Map.Entry<String, String> text : translations.texts().entrySet()) {
        json.writeStringField(text.getKey(), text.getValue());
      }
      json.writeEndObject();
    } else {
      json.writeArrayFieldStart("list");
      for (Object element : (List<?>) arg) {
        argument(json, element);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void enumText(JsonGenerator json, EnumText constant) throws IOException {
    json.writeStringField("enum", constant.key());
    json.writeStringField("name", constant.name());
  }

  // ---- reading

  /**
   * The message stored in {@code node}.
   *
   * @param path the JSON path of the node, for problems
   * @param where the file, for problems
   * @throws EmulationException naming the file and JSON path when the node is not a message
   */
  static Message read(JsonNode node, String path, String where) {
    if (node.isTextual()) {
      return Message.literal(node.textValue());
    }
    if (!node.isObject()) {
      throw problem(where, path, "expected a text or a message object");
    }
    JsonNode key = node.get("key");
    if (key == null || !key.isTextual() || key.textValue().isBlank()) {
      throw problem(where, path + "/key", "expected a message key");
    }
    JsonNode args = node.get("args");
    if (args == null || !args.isArray()) {
      throw problem(where, path + "/args", "expected an array");
    }
    Object[] values = new Object[args.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = argument(args.get(i), path + "/args/" + i, where);
    }
    try {
      return Message.of(key.textValue(), values);
    } catch (IllegalArgumentException e) {
      throw problem(where, path, e.getMessage());
    }
  }

  private static Object argument(JsonNode node, String path, String where) {
    if (!node.isObject() || node.size() == 0) {
      throw problem(where, path, "expected an argument object");
    }
    String kind = node.has("enum") ? "enum" : node.fieldNames().next();
    JsonNode value = node.get(kind);
    String at = path + "/" + kind;
    switch (kind) {
      case "string":
        return text(value, at, where);
      case "decimal":
        try {
          return new BigDecimal(text(value, at, where));
        } catch (NumberFormatException e) {
          throw problem(where, at, "expected a decimal number");
        }
      case "integer":
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
          throw problem(where, at, "expected a whole number");
        }
        return value.intValue();
      case "long":
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
          throw problem(where, at, "expected a whole number");
        }
        return value.longValue();
      case "date":
        try {
          return LocalDate.parse(text(value, at, where));
        } catch (DateTimeException e) {
          throw problem(where, at, e.getMessage());
        }
      case "message":
        return read(value, at, where);
      case "enum":
        JsonNode name = node.get("name");
        return new EnumText(text(value, at, where),
            name == null ? "" : text(name, path + "/name", where));
      case "translations":
        if (!value.isObject() || value.size() == 0) {
          throw problem(where, at, "expected the text by language");
        }
        ImmutableMap.Builder<String, String> texts = ImmutableMap.builder();
        value.fields().forEachRemaining(text -> texts.put(text.getKey(),
            text(text.getValue(), at + "/" + text.getKey(), where)));
        return new Translations(texts.build());
      case "list":
        if (!value.isArray()) {
          throw problem(where, at, "expected an array");
        }
        ImmutableList.Builder<Object> elements = ImmutableList.builder();
        for (int i = 0; i < value.size(); i++) {
          elements.add(argument(value.get(i), at + "/" + i, where));
        }
        return elements.build();
      default:
        throw problem(where, at, "'" + kind + "' is not a kind of message argument");
    }
  }

  private static String text(JsonNode node, String path, String where) {
    if (!node.isTextual()) {
      throw problem(where, path, "expected a string");
    }
    return node.textValue();
  }

  private static EmulationException problem(String where, String path, String message) {
    return new EmulationException(where + " at " + (path.isEmpty() ? "/" : path) + ": "
        + message);
  }
}
