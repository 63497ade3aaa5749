/**
 * How the examples put the library's explanations, reasons and descriptions into a reader's
 * language ({@link io.emulation.examples.text.LibraryText}). Not exported: the report and the
 * command-line tool use it.
 *
 * @since 0.2
 */
package io.emulation.examples.text;
