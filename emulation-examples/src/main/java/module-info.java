/** Runnable example programs for the Emulation library. */
module io.emulation.examples {
  requires transitive io.emulation.core;

  exports io.emulation.examples;
}
