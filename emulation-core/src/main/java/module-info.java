/**
 * Emulation core: the domain model of emulation campaigns (organisation, criteria, grading,
 * ranking), the evaluation engine and the built-in scoring formulas.
 *
 * <p>Formulas are discovered through {@link io.emulation.scoring.spi.ScoringFormulaProvider};
 * the built-in ones are provided here the same way as third-party plugins.
 */
module io.emulation.core {
  requires transitive io.emulation.scoring.spi;
  requires transitive com.google.common;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.yaml.snakeyaml;

  exports io.emulation.core;
  exports io.emulation.core.award;
  exports io.emulation.core.preset;
  exports io.emulation.core.campaign;
  exports io.emulation.core.criteria;
  exports io.emulation.core.evaluation;
  exports io.emulation.core.grading;
  exports io.emulation.core.io;
  exports io.emulation.core.lifecycle;
  exports io.emulation.core.org;
  exports io.emulation.core.period;
  exports io.emulation.core.plugin;
  exports io.emulation.core.ranking;
  exports io.emulation.core.scoring;
  exports io.emulation.core.text;

  uses io.emulation.scoring.spi.ScoringFormulaProvider;
  uses io.emulation.core.award.ConditionTypeProvider;

  provides io.emulation.scoring.spi.ScoringFormulaProvider
      with io.emulation.core.scoring.builtin.BuiltInFormulas;
}
