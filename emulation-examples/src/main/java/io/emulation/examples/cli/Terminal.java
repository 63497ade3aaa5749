package io.emulation.examples.cli;

import java.util.Map;

/**
 * Whether the tool talks to a person at a terminal, who gets a progress bar on standard error
 * for long runs, or to a script, a pipe or a CI log, which get plain, quiet output.
 *
 * @param interactive whether a progress bar may be drawn
 * @since 0.1
 */
public record Terminal(boolean interactive) {

  /** Output for scripts and logs: no progress bar. */
  public static Terminal none() {
    return new Terminal(false);
  }

  /**
   * The terminal of this process: interactive when it has a console ({@code System.console()}
   * is not {@code null}) and the environment does not say it runs under CI ({@code CI=true}).
   */
  public static Terminal detect(Map<String, String> environment) {
    return of(System.console() != null, environment);
  }

  /** Interactive when {@code console} is true and {@code CI} is not {@code true}. */
  static Terminal of(boolean console, Map<String, String> environment) {
    return new Terminal(console && !"true".equalsIgnoreCase(environment.get("CI")));
  }
}
