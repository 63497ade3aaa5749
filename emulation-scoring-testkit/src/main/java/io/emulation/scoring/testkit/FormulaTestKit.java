package io.emulation.scoring.testkit;

import static java.util.Objects.requireNonNull;

import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ScoringFormula;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a formula the way the engine does, inside a small fixture campaign, and asserts on what
 * it made of one value (modelled on JUnit's {@code EngineTestKit}):
 *
 * <pre>{@code
 * FormulaTestKit.formula(new LinearFormula())
 *     .parameters("maxPoints", 50)
 *     .target("100")
 *     .score("112")
 *     .assertPoints("50")
 *     .assertExplanationContains("112%");
 * }</pre>
 *
 * <p>The fixture campaign has one individual scored on one criterion that uses the formula, with
 * the parameters, target, direction, baseline (last year's value) and peers given; it is
 * evaluated with {@code FaultPolicy.PUBLISH_WITH_ERRORS}, so a misbehaving formula gives an
 * errored line to assert on instead of an exception.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class FormulaTestKit {
  private FormulaTestKit() {}

  /** A fixture for this formula, without parameters, target, baseline or peers. */
  public static FormulaFixture formula(ScoringFormula formula) {
    return FormulaFixture.of(requireNonNull(formula, "formula"));
  }

  /**
   * Parameters from alternating names and values, converted as {@link FormulaParameters#of}
   * does: {@code parameters("maxPoints", 50, "bands", List.of(Map.of("from", 60, "points", 2)))}.
   *
   * @throws IllegalArgumentException when names and values do not come in pairs
   */
  public static FormulaParameters parameters(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("parameters need names and values in pairs but got "
          + namesAndValues.length + " items");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
    }
    return FormulaParameters.of(values);
  }
}
