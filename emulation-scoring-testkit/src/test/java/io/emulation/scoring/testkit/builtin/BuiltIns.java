package io.emulation.scoring.testkit.builtin;

import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ScoringFormula;
import java.util.LinkedHashMap;
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
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return FormulaParameters.of(values);
  }

  static Map<String, Object> band(Object from, Object points) {
    return Map.of("from", from, "points", points);
  }

  static List<Object> companyTable() {
    return List.of(band(60, 2), band(70, 3), band(80, 4), band(90, 5));
  }
}
