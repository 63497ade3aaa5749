package io.emulation.scoring.testkit.builtin;

import static io.emulation.scoring.testkit.builtin.BuiltIns.params;

import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.testkit.InputGenerator;
import io.emulation.scoring.testkit.InvalidParameters;
import io.emulation.scoring.testkit.ScoringFormulaContract;
import java.util.List;

/** {@code emulation:bands} keeps the scoring SPI's contract, as the testkit checks it. */
class BandsContractTest implements ScoringFormulaContract {

  @Override
  public ScoringFormula formula() {
    return BuiltIns.formula("emulation:bands");
  }

  @Override
  public List<FormulaParameters> validParameters() {
    return List.of(params("basis", "value", "bands", BuiltIns.companyTable(), "otherwise", 1),
        params("bands", BuiltIns.companyTable(), "otherwise", 1));
  }

  @Override
  public List<InvalidParameters> invalidParameters() {
    return List.of(InvalidParameters.of("bands", List.of()).problemAt("bands"),
        InvalidParameters.of("basis", "percent", "bands", BuiltIns.companyTable()).problemAt("basis"));
  }

  @Override
  public InputGenerator inputs() {
    return InputGenerator.standard().targets("1", "200")
        .directions(Direction.HIGHER_IS_BETTER);
  }
}
