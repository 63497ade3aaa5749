package io.emulation.examples.report;

/**
 * Builds HTML text: escapes what it is given, so every value from a campaign (names, reasons,
 * ids) is shown as text, never read as markup.
 *
 * @since 0.1
 */
public final class Html {
  private final StringBuilder text = new StringBuilder();

  /** An empty document body. */
  public Html() {}

  /** {@code value} with {@code & < > " '} replaced by entities, safe in text and attributes. */
  public static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Appends markup as it is; only for text written here, never for values. */
  public Html raw(String markup) {
    text.append(markup);
    return this;
  }

  /** Appends a value, escaped. */
  public Html text(Object value) {
    text.append(escape(String.valueOf(value)));
    return this;
  }

  /** Appends {@code <tag attributes>value</tag>}, the value escaped. */
  public Html element(String tag, String attributes, Object value) {
    text.append('<').append(tag);
    if (!attributes.isEmpty()) {
      text.append(' ').append(attributes);
    }
    text.append('>').append(escape(String.valueOf(value))).append("</").append(tag).append('>');
    return this;
  }

  /** An attribute {@code name="value"}, the value escaped. */
  public static String attr(String name, Object value) {
    return name + "=\"" + escape(String.valueOf(value)) + "\"";
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
