/**
 * Runnable example programs for the Emulation library: the quick start, the embedding and
 * what-if examples, the seed campaign's generator and program, the HTML report and the
 * command-line tool ({@code emulation}).
 */
module io.emulation.examples {
  requires transitive io.emulation.core;
  requires info.picocli;

  exports io.emulation.examples;
  exports io.emulation.examples.cli;
  exports io.emulation.examples.report;
  exports io.emulation.examples.seed;

  opens io.emulation.examples.cli to info.picocli;
}
