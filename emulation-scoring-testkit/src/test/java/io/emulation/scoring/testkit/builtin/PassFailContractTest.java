package io.emulation.scoring.testkit.builtin;

import static io.emulation.scoring.testkit.builtin.BuiltIns.params;

import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.testkit.InputGenerator;
import io.emulation.scoring.testkit.InvalidParameters;
import io.emulation.scoring.testkit.ScoringFormulaContract;
import java.util.List;

/** {@code emulation:pass-fail} keeps the scoring SPI's contract, as the testkit checks it. */
class PassFailContractTest implements ScoringFormulaContract {

  @Override
  public ScoringFormula formula() {
    return BuiltIns.formula("emulation:pass-fail");
  }

  @Override
  public List<FormulaParameters> validParameters() {
    return List.of(params("threshold", 100, "passPoints", 10, "failPoints", 0),
        params("threshold", 0));
  }

  @Override
  public List<InvalidParameters> invalidParameters() {
    return List.of(InvalidParameters.of("threshold", 1, "passPoints", 0, "failPoints", 5)
            .problemAt("failPoints"));
  }

  @Override
  public InputGenerator inputs() {
    return InputGenerator.standard();
  }
}
