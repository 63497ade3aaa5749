package io.emulation.scoring.testkit;

import static java.util.Objects.requireNonNull;

import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.ScoringFormula;

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
}
