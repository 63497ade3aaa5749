package io.emulation.scoring.testkit.builtin;

import static io.emulation.scoring.testkit.builtin.BuiltIns.params;

import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.testkit.InputGenerator;
import io.emulation.scoring.testkit.InvalidParameters;
import io.emulation.scoring.testkit.ScoringFormulaContract;
import java.util.List;

/** {@code emulation:growth} keeps the scoring SPI's contract, as the testkit checks it. */
class GrowthContractTest implements ScoringFormulaContract {

  @Override
  public ScoringFormula formula() {
    return BuiltIns.formula("emulation:growth");
  }

  @Override
  public List<FormulaParameters> validParameters() {
    return List.of(params("maxPoints", 10, "targetGrowth", 10));
  }

  @Override
  public List<InvalidParameters> invalidParameters() {
    return List.of(InvalidParameters.of("maxPoints", 10).problemAt("targetGrowth"));
  }

  @Override
  public InputGenerator inputs() {
    return InputGenerator.standard().baselines("1", "200");
  }
}
