package io.emulation.scoring.spi;

import java.util.Objects;

/**
 * One thing wrong with the parameters given to a formula, as returned by
 * {@link ScoringFormula#validate(FormulaParameters)}.
 *
 * @param parameter the parameter's name, or a path into it such as {@code bands[2].points};
 *     never {@code null}, empty when the problem concerns the parameters as a whole
 * @param message what is wrong and, where useful, what is expected; never blank
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record ParameterProblem(String parameter, String message) {

  /** Checks that both parts are present. */
  public ParameterProblem {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("a parameter problem needs a message");
    }
  }

  /** A problem with one named parameter. */
  public static ParameterProblem of(String parameter, String message) {
    return new ParameterProblem(parameter, message);
  }

  @Override
  public String toString() {
    return parameter.isEmpty() ? message : parameter + ": " + message;
  }
}
