package io.emulation.examples.report;

import io.emulation.core.text.TextCatalog;

/**
 * The report's words in English and Vietnamese: {@code report.properties} and {@code
 * report_vi.properties} next to this class, rendered with the library's own catalogs so a
 * pattern may embed the library's messages.
 */
final class ReportText {
  /** The report's catalogs. */
  static final TextCatalog CATALOG =
      TextCatalog.load(ReportText.class::getResourceAsStream, "report");

  private ReportText() {}
}
