package io.emulation.scoring.testkit;

import static java.util.Objects.requireNonNull;

import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.FormulaParameters;

/**
 * Parameters a formula must reject, and what its problem must say: the contract checks that
 * {@code validate} returns at least one problem, that every problem has a message, and that one
 * of them names {@code parameter} and contains {@code messageFragment}.
 *
 * <pre>{@code
 * InvalidParameters.of("maxPoints", -5).problemAt("maxPoints").withMessageContaining("> 0")
 * }</pre>
 *
 * @param parameters the parameters to reject
 * @param parameter the parameter (or path) a problem must name; empty for "any"
 * @param messageFragment text a problem's message must contain; empty for "any"
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record InvalidParameters(FormulaParameters parameters, String parameter,
    String messageFragment) {

  /** Checks that no part is {@code null}. */
  public InvalidParameters {
    requireNonNull(parameters, "parameters");
    requireNonNull(parameter, "parameter");
    requireNonNull(messageFragment, "messageFragment");
  }

  /** These parameters, with any problem accepted. */
  public static InvalidParameters of(FormulaParameters parameters) {
    return new InvalidParameters(parameters, "", "");
  }

  /** Parameters from alternating names and values, with any problem accepted. */
  public static InvalidParameters of(Object... namesAndValues) {
    return of(FormulaTestKit.parameters(namesAndValues));
  }

  /** A copy that expects a problem naming this parameter (or path, such as {@code bands[1]}). */
  public InvalidParameters problemAt(String parameterName) {
    return new InvalidParameters(parameters, parameterName, messageFragment);
  }

  /** A copy that expects a problem whose message contains this text. */
  public InvalidParameters withMessageContaining(String fragment) {
    return new InvalidParameters(parameters, parameter, fragment);
  }
}
