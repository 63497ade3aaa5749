package io.emulation.core.award;

import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A plugin's condition types, as a third party would write them, registered in this module's
 * test {@code META-INF/services}: {@code acme:min-score} (a total of at least {@code min}, with
 * an optional {@code max} no lower than it) and {@code acme:always}.
 */
public final class TestConditionTypeProvider implements ConditionTypeProvider {

  /** Creates the provider; ServiceLoader needs a public no-argument constructor. */
  public TestConditionTypeProvider() {}

  @Override
  public List<ConditionType> conditionTypes() {
    return List.of(new MinScoreType(), new AlwaysType());
  }

  /** {@code acme:min-score}: requires a numeric {@code min} >= 0 and no unknown parameters. */
  static final class MinScoreType implements ConditionType {
    @Override
    public String id() {
      return "acme:min-score";
    }

    @Override
    public String description() {
      return "A total of at least min points";
    }

    @Override
    public List<ParameterProblem> validate(FormulaParameters parameters) {
      List<ParameterProblem> problems = new ArrayList<>();
      if (parameters.decimal("min").isEmpty()) {
        problems.add(ParameterProblem.of("min", "is required and must be a number"));
      } else if (parameters.requireDecimal("min").signum() < 0) {
        problems.add(ParameterProblem.of("min", "must be >= 0"));
      }
      parameters.names().stream().filter(name -> !name.equals("min")).sorted()
          .forEach(name -> problems.add(ParameterProblem.of(name, "is not a parameter")));
      return problems;
    }

    @Override
    public Condition create(FormulaParameters parameters) {
      BigDecimal min = parameters.requireDecimal("min");
      return Conditions.minScore(min);
    }
  }

  /** {@code acme:always}: holds for everyone; accepts any parameters. */
  static final class AlwaysType implements ConditionType {
    @Override
    public String id() {
      return "acme:always";
    }

    @Override
    public Condition create(FormulaParameters parameters) {
      return Conditions.not(Conditions.all(Conditions.minGrade("GOOD"),
          Conditions.not(Conditions.minGrade("GOOD"))));
    }
  }
}
