package io.emulation.examples.safety;

import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringFormulaProvider;
import java.util.List;

/**
 * The plugin's provider: what {@link java.util.ServiceLoader} finds in the jar.
 *
 * @since 0.1
 */
public final class SafetyFormulas implements ScoringFormulaProvider {
  private static final List<ScoringFormula> FORMULAS = List.of(new IncidentSeverityFormula());

  /** Creates the provider; does no work. */
  public SafetyFormulas() {}

  /** The plugin's one formula, {@value IncidentSeverityFormula#ID}. */
  @Override
  public List<ScoringFormula> formulas() {
    return FORMULAS;
  }

  /** Returns {@code "ACME safety formulas"}. */
  @Override
  public String name() {
    return "ACME safety formulas";
  }
}
