package io.emulation.core.criteria;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.emulation.scoring.spi.FormulaParameters;

/**
 * Which formula scores a criterion, by id, and with which parameters. The formula itself is
 * looked up when a campaign is compiled, so a campaign can be defined without its plugins loaded.
 *
 * @param formulaId a namespaced formula id such as {@code emulation:linear}
 * @param parameters the formula's parameters for this criterion
 * @since 0.1
 */
public record FormulaRef(String formulaId, FormulaParameters parameters) {

  /** Checks the parts. */
  public FormulaRef {
    requireNonNull(formulaId, "formulaId");
    checkArgument(!formulaId.isBlank(), "formula id must not be blank");
    requireNonNull(parameters, "parameters");
  }

  /** A formula with parameters. */
  public static FormulaRef of(String formulaId, FormulaParameters parameters) {
    return new FormulaRef(formulaId, parameters);
  }

  /** A formula without parameters. */
  public static FormulaRef of(String formulaId) {
    return new FormulaRef(formulaId, FormulaParameters.empty());
  }

  @Override
  public String toString() {
    return parameters.isEmpty() ? formulaId : formulaId + " " + parameters;
  }
}
