package io.emulation.scoring.testkit.builtin;

import static io.emulation.scoring.testkit.builtin.BuiltIns.params;

import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.testkit.InputGenerator;
import io.emulation.scoring.testkit.InvalidParameters;
import io.emulation.scoring.testkit.ScoringFormulaContract;
import java.util.List;

/** {@code emulation:rating} keeps the scoring SPI's contract, as the testkit checks it. */
class RatingContractTest implements ScoringFormulaContract {

  @Override
  public ScoringFormula formula() {
    return BuiltIns.formula("emulation:rating");
  }

  @Override
  public List<FormulaParameters> validParameters() {
    return List.of(params("min", 0, "max", 100));
  }

  @Override
  public List<InvalidParameters> invalidParameters() {
    return List.of(InvalidParameters.of("min", 10, "max", 5).problemAt("max"));
  }

  @Override
  public InputGenerator inputs() {
    return InputGenerator.standard().values("0", "100")
        .directions(Direction.HIGHER_IS_BETTER);
  }
}
