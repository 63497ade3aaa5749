package io.emulation.examples.safety;

import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.testkit.InputGenerator;
import io.emulation.scoring.testkit.InvalidParameters;
import io.emulation.scoring.testkit.ScoringFormulaContract;
import java.util.List;

/** The formula keeps the scoring SPI's contract: the testkit's checks, in one class. */
class IncidentSeverityContractTest implements ScoringFormulaContract {

  @Override
  public ScoringFormula formula() {
    return new IncidentSeverityFormula();
  }

  @Override
  public List<FormulaParameters> validParameters() {
    return List.of(
        FormulaParameters.builder().put("pointsByLevel", List.of(10, 6, 2)).build(),
        FormulaParameters.builder().put("pointsByLevel", List.of(5)).put("vetoPoints", 1).build());
  }

  @Override
  public List<InvalidParameters> invalidParameters() {
    return List.of(
        InvalidParameters.of().problemAt("pointsByLevel").withMessageContaining("is required"),
        InvalidParameters.of("pointsByLevel", List.of(2, 6)).problemAt("pointsByLevel[1]")
            .withMessageContaining("a worse incident never earns more"),
        InvalidParameters.of("pointsByLevel", List.of(10, 5), "vetoPoints", 8)
            .problemAt("vetoPoints"));
  }

  @Override
  public InputGenerator inputs() {
    return InputGenerator.standard().values("0", "5").scale(0)
        .directions(Direction.LOWER_IS_BETTER);
  }
}
