/** Runnable example programs for the Emulation library. */
module io.emulation.examples {
  requires io.emulation.core;

  exports io.emulation.examples;
}
