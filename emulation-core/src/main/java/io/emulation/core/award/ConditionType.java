package io.emulation.core.award;

import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import java.util.List;

/**
 * A plugin's own kind of award condition ("completed the safety course", "no customer
 * complaint"), made from parameters in a rule definition. Discovered through {@link
 * ConditionTypeProvider} like scoring formulas, and kept in a {@link ConditionRegistry}.
 *
 * <p>Implementations are immutable and thread-safe; the conditions they create are immutable
 * values that compare equal when made from equal parameters.
 *
 * @since 0.1
 */
public interface ConditionType {

  /**
   * The type's id, {@code namespace:name} as {@link
   * io.emulation.scoring.spi.ScoringFormula#ID_PATTERN} describes; the {@code emulation}
   * namespace is reserved. Never {@code null}.
   */
  String id();

  /** One line saying what the condition checks; defaults to the id. */
  default String description() {
    return id();
  }

  /** Every problem with the parameters; empty when valid. The default accepts anything. */
  default List<ParameterProblem> validate(FormulaParameters parameters) {
    return List.of();
  }

  /** A condition for valid parameters. */
  Condition create(FormulaParameters parameters);
}
