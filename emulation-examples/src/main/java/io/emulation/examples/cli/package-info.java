/**
 * The {@code emulation} command-line tool: {@link io.emulation.examples.cli.EmulationCli} and
 * its commands {@code validate}, {@code evaluate}, {@code explain} and {@code plugins}
 * (picocli), with their exit codes and the progress bar. {@code docs/cli.md} describes it.
 *
 * @since 0.1
 */
package io.emulation.examples.cli;
