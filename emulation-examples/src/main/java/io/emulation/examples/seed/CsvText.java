package io.emulation.examples.seed;

/** Builds CSV text: a header and rows, quoted as RFC 4180 says, lines ended by {@code \n}. */
final class CsvText {
  private final StringBuilder text = new StringBuilder();

  CsvText(String... header) {
    row((Object[]) header);
  }

  CsvText row(Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        text.append(',');
      }
      String value = values[i] == null ? "" : values[i].toString();
      boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n");
      text.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
    }
    text.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
