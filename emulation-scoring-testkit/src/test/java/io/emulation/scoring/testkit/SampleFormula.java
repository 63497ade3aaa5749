package io.emulation.scoring.testkit;

import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.SpiVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A well-behaved formula, "points = value, capped at {@code cap}", and broken variants of it for
 * the tests of the contract checks. Each variant breaks one promise.
 */
class SampleFormula implements ScoringFormula {
  private final String id;

  SampleFormula(String id) {
    this.id = id;
  }

  SampleFormula() {
    this("acme.sample:capped");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String spiVersion() {
    return SpiVersion.CURRENT;
  }

  @Override
  public String description() {
    return "The value as points, at most cap";
  }

  @Override
  public List<ParameterProblem> validate(FormulaParameters parameters) {
    Optional<Object> cap = parameters.get("cap");
    if (cap.isEmpty()) {
      return List.of(ParameterProblem.of("cap", "is required: a number > 0"));
    }
    if (!(cap.get() instanceof BigDecimal number) || number.signum() <= 0) {
      return List.of(ParameterProblem.of("cap", "must be a number > 0 but was " + cap.get()));
    }
    return List.of();
  }

  @Override
  public Optional<PointsRange> range(FormulaParameters parameters) {
    return Optional.of(PointsRange.closed(BigDecimal.ZERO, cap(parameters)));
  }

  @Override
  public boolean isMonotone(FormulaParameters parameters) {
    return true;
  }

  @Override
  public Points score(ScoringInput input) {
    if (input.value().signum() < 0) {
      throw new ScoringException("value must be >= 0 but was " + input.value());
    }
    BigDecimal cap = cap(input.parameters());
    BigDecimal value = input.direction() == Direction.LOWER_IS_BETTER
        ? cap.subtract(input.value()).max(BigDecimal.ZERO) : input.value().min(cap);
    return Points.of(value, value.toPlainString() + " of " + cap.toPlainString());
  }

  static BigDecimal cap(FormulaParameters parameters) {
    return parameters.requireDecimal("cap");
  }

  static FormulaParameters capAt(int cap) {
    return FormulaParameters.builder().put("cap", cap).build();
  }

  /** The sample formula with {@code score} replaced. */
  static SampleFormula scoring(Function<ScoringInput, Points> behaviour) {
    return new SampleFormula() {
      @Override
      public Points score(ScoringInput input) {
        return behaviour.apply(input);
      }
    };
  }

  /** A contract over a formula, with the sample's parameters and inputs. */
  static ScoringFormulaContract contract(ScoringFormula formula) {
    return new ScoringFormulaContract() {
      @Override
      public ScoringFormula formula() {
        return formula;
      }

      @Override
      public List<FormulaParameters> validParameters() {
        return List.of(capAt(50), capAt(150));
      }

      @Override
      public List<InvalidParameters> invalidParameters() {
        return List.of(InvalidParameters.of("cap", -1).problemAt("cap")
            .withMessageContaining("> 0"), InvalidParameters.of().problemAt("cap"));
      }

      @Override
      public int samples() {
        return 50;
      }
    };
  }
}
