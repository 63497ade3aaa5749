package io.emulation.scoring.testkit.builtin;

import static io.emulation.scoring.testkit.builtin.BuiltIns.params;

import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.testkit.InputGenerator;
import io.emulation.scoring.testkit.InvalidParameters;
import io.emulation.scoring.testkit.ScoringFormulaContract;
import java.util.List;

/** {@code emulation:percentile} keeps the scoring SPI's contract, as the testkit checks it. */
class PercentileContractTest implements ScoringFormulaContract {

  @Override
  public ScoringFormula formula() {
    return BuiltIns.formula("emulation:percentile");
  }

  @Override
  public List<FormulaParameters> validParameters() {
    return List.of(params("maxPoints", 10));
  }

  @Override
  public List<InvalidParameters> invalidParameters() {
    return List.of(InvalidParameters.of().problemAt("maxPoints"));
  }

  @Override
  public InputGenerator inputs() {
    return InputGenerator.standard();
  }
}
