/**
 * The HTML report of an evaluation ({@link io.emulation.examples.report.HtmlReport}): one
 * self-contained file with inline SVG charts, written with plain Java; and the figures it shows
 * that the library does not compute itself: award funnels and year-over-year sums.
 *
 * @since 0.1
 */
package io.emulation.examples.report;
