/**
 * An example scoring formula plugin: {@code acme.safety:incident-severity}. It needs nothing but
 * the scoring SPI, and registers its provider both here (module path) and in {@code
 * META-INF/services} (class path).
 */
module io.emulation.examples.safety {
  requires io.emulation.scoring.spi;

  exports io.emulation.examples.safety;

  provides io.emulation.scoring.spi.ScoringFormulaProvider
      with io.emulation.examples.safety.SafetyFormulas;
}
