/**
 * Files: campaign definitions and award rules as YAML or JSON ({@link
 * io.emulation.core.io.DefinitionReader}, {@link io.emulation.core.io.DefinitionWriter}), data as
 * CSV ({@link io.emulation.core.io.CsvData}) and results as JSON and CSV ({@link
 * io.emulation.core.io.ResultWriter}). Jackson is used here and nowhere else; the domain types
 * know nothing of it. Every reader is strict and bounded by {@link
 * io.emulation.core.io.ReadLimits}, and reports every problem at file:line:column.
 */
package io.emulation.core.io;
