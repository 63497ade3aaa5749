package io.emulation.scoring.testkit.builtin;

import static io.emulation.scoring.testkit.builtin.BuiltIns.params;

import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.testkit.InputGenerator;
import io.emulation.scoring.testkit.InvalidParameters;
import io.emulation.scoring.testkit.ScoringFormulaContract;
import java.util.List;

/** {@code emulation:linear} keeps the scoring SPI's contract, as the testkit checks it. */
class LinearContractTest implements ScoringFormulaContract {

  @Override
  public ScoringFormula formula() {
    return BuiltIns.formula("emulation:linear");
  }

  @Override
  public List<FormulaParameters> validParameters() {
    return List.of(params("maxPoints", 50),
        params("maxPoints", 50, "bonusPerPercent", 0.5, "maxBonus", 10));
  }

  @Override
  public List<InvalidParameters> invalidParameters() {
    return List.of(InvalidParameters.of("maxPoints", -5).problemAt("maxPoints"),
        InvalidParameters.of("maxPoints", 10, "bonusPerPercent", 1).problemAt("maxBonus"));
  }

  @Override
  public InputGenerator inputs() {
    return InputGenerator.standard();
  }
}
