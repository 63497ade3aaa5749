package io.emulation.examples.cli;

/** A problem with what the user asked for that the library does not report itself. */
final class InputProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputProblem(String message) {
    super(message);
  }
}
