package io.emulation.core.scoring.builtin;

import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringFormulaProvider;
import java.util.List;

/**
 * The provider of Emulation's built-in scoring formulas, all in the reserved {@code emulation}
 * namespace: {@value LinearFormula#ID}, {@value BandsFormula#ID}, {@value
 * PerOccurrenceFormula#ID}, {@value PenaltyFormula#ID}, {@value PassFailFormula#ID}, {@value
 * RatingFormula#ID}, {@value PercentileFormula#ID} and {@value GrowthFormula#ID}. Registered for
 * {@link java.util.ServiceLoader} in {@code META-INF/services} (and, on the module path, by the
 * core module's {@code provides} clause).
 *
 * @since 0.1
 */
@Api(status = Api.Status.MAINTAINED, since = "0.1")
public final class BuiltInFormulas implements ScoringFormulaProvider {
  private static final List<ScoringFormula> FORMULAS = List.of(
      new LinearFormula(),
      new BandsFormula(),
      new PerOccurrenceFormula(),
      new PenaltyFormula(),
      new PassFailFormula(),
      new RatingFormula(),
      new PercentileFormula(),
      new GrowthFormula());

  /** Creates the provider; does no work. */
  public BuiltInFormulas() {}

  /** The eight built-in formulas, in the order of the class description; never changes. */
  @Override
  public List<ScoringFormula> formulas() {
    return FORMULAS;
  }

  /**
   * Whether a formula is one of the built-ins: an instance of the class of a formula this
   * provider returns, as loaded with this library. Only such formulas may use the reserved
   * {@code emulation} namespace; a copy of a built-in class loaded from another jar or class
   * loader, or a wrapper around a built-in, is not one.
   *
   * @since 0.1
   */
  public static boolean isBuiltIn(ScoringFormula formula) {
    return formula != null
        && FORMULAS.stream().anyMatch(builtIn -> builtIn.getClass() == formula.getClass());
  }

  /** Returns {@code "Emulation built-in formulas"}. */
  @Override
  public String name() {
    return "Emulation built-in formulas";
  }
}
