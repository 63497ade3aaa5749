package io.emulation.scoring.testkit.builtin;

import static io.emulation.scoring.testkit.builtin.BuiltIns.params;

import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.testkit.InputGenerator;
import io.emulation.scoring.testkit.InvalidParameters;
import io.emulation.scoring.testkit.ScoringFormulaContract;
import java.util.List;

/** {@code emulation:per-occurrence} keeps the scoring SPI's contract, as the testkit checks it. */
class PerOccurrenceContractTest implements ScoringFormulaContract {

  @Override
  public ScoringFormula formula() {
    return BuiltIns.formula("emulation:per-occurrence");
  }

  @Override
  public List<FormulaParameters> validParameters() {
    return List.of(params("pointsPer", 2, "maxPoints", 10), params("pointsPer", 0.5));
  }

  @Override
  public List<InvalidParameters> invalidParameters() {
    return List.of(InvalidParameters.of("pointsPer", 0).problemAt("pointsPer"));
  }

  @Override
  public InputGenerator inputs() {
    return InputGenerator.standard().values("0", "30").scale(0)
        .directions(Direction.HIGHER_IS_BETTER);
  }
}
