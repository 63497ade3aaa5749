package io.emulation.scoring.testkit.builtin;

import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.testkit.FormulaTestKit;
import java.util.List;
import java.util.Map;

/** The built-in formulas, as a host discovers them, and parameter helpers. */
final class BuiltIns {
  private static final FormulaRegistry REGISTRY = FormulaRegistry.load();

  private BuiltIns() {}

  static ScoringFormula formula(String id) {
    return REGISTRY.find(id).orElseThrow();
  }

  static FormulaParameters params(Object... namesAndValues) {
    return FormulaTestKit.parameters(namesAndValues);
  }

  static Map<String, Object> band(Object from, Object points) {
    return Map.of("from", from, "points", points);
  }

  static List<Object> companyTable() {
    return List.of(band(60, 2), band(70, 3), band(80, 4), band(90, 5));
  }
}
