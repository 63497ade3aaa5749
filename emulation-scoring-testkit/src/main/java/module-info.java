/**
 * The scoring testkit: contract checks ({@link io.emulation.scoring.testkit.ScoringFormulaContract})
 * and a fluent fixture ({@link io.emulation.scoring.testkit.FormulaTestKit}) for testing scoring
 * formula plugins with JUnit 5. A test library: plugin authors depend on it in test scope.
 */
module io.emulation.scoring.testkit {
  requires transitive io.emulation.scoring.spi;
  requires transitive io.emulation.core;
  requires transitive org.junit.jupiter.api;
  requires org.assertj.core;

  exports io.emulation.scoring.testkit;
}
