package io.emulation.core.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Bounds on what a reader accepts, so a hostile or broken file fails fast with a clear error
 * instead of exhausting memory or time: document size, nesting depth, text and number length,
 * YAML aliases, and the exponent of decimal numbers.
 *
 * @param maxDocumentChars the largest document, in characters
 * @param maxDepth the deepest nesting of objects and lists
 * @param maxStringLength the longest text value
 * @param maxNumberLength the longest number, in characters
 * @param maxAliases the most YAML aliases in one document ("billion laughs" fails fast)
 * @param maxDecimalExponent the largest absolute power of ten a number may carry ({@code 1e400})
 * @param maxCsvRows the most data rows in one CSV file
 * @since 0.1
 */
public record ReadLimits(int maxDocumentChars, int maxDepth, int maxStringLength,
    int maxNumberLength, int maxAliases, int maxDecimalExponent, int maxCsvRows) {
  private static final ReadLimits DEFAULTS =
      new ReadLimits(32 * 1024 * 1024, 64, 100_000, 100, 50, 100, 5_000_000);

  /** Checks that every bound is positive. */
  public ReadLimits {
    checkArgument(maxDocumentChars > 0 && maxDepth > 0 && maxStringLength > 0
        && maxNumberLength > 0 && maxAliases >= 0 && maxDecimalExponent > 0 && maxCsvRows > 0,
        "read limits must be positive");
  }

  /**
   * 32 Mi characters, depth 64, texts of 100,000 characters, numbers of 100 digits, 50 aliases,
   * exponents up to 100, 5 million CSV rows.
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** A copy with another document size bound. */
  public ReadLimits withMaxDocumentChars(int chars) {
    return new ReadLimits(chars, maxDepth, maxStringLength, maxNumberLength, maxAliases,
        maxDecimalExponent, maxCsvRows);
  }

  /** A copy with another nesting bound. */
  public ReadLimits withMaxDepth(int depth) {
    return new ReadLimits(maxDocumentChars, depth, maxStringLength, maxNumberLength, maxAliases,
        maxDecimalExponent, maxCsvRows);
  }

  /** A copy with another CSV row bound. */
  public ReadLimits withMaxCsvRows(int rows) {
    return new ReadLimits(maxDocumentChars, maxDepth, maxStringLength, maxNumberLength,
        maxAliases, maxDecimalExponent, rows);
  }
}
