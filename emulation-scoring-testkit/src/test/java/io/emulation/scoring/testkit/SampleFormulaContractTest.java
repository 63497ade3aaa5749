package io.emulation.scoring.testkit;

import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ScoringFormula;
import java.util.List;

/** A well-behaved plugin formula passes every contract check, as a plugin author's test would. */
class SampleFormulaContractTest implements ScoringFormulaContract {

  @Override
  public ScoringFormula formula() {
    return new SampleFormula();
  }

  @Override
  public List<FormulaParameters> validParameters() {
    return List.of(SampleFormula.capAt(50), SampleFormula.capAt(150));
  }

  @Override
  public List<InvalidParameters> invalidParameters() {
    return List.of(InvalidParameters.of("cap", -1).problemAt("cap").withMessageContaining("> 0"));
  }
}
