package io.emulation.core.io;

import io.emulation.core.text.Message;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ScoringException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Converts free-form document values (formula and condition parameters) to plain Java values. */
final class Values {
  private Values() {}

  /** Formula parameters from an object node, or empty with problems. */
  static Optional<FormulaParameters> parameters(DocNode node, Message what, Mapping mapping) {
    if (!(node instanceof DocNode.Obj)) {
      mapping.problem(node, Message.of("io.type.notObject", what, node.describe()));
      return Optional.empty();
    }
    int before = mapping.problemCount();
    Object plain = plain(node, mapping);
    if (mapping.problemCount() > before) {
      return Optional.empty();
    }
    try {
      @SuppressWarnings("unchecked") // plain() maps objects to Map<String, Object>
      Map<String, Object> map = (Map<String, Object>) plain;
      return Optional.of(FormulaParameters.of(map));
    } catch (ScoringException e) {
      // the SPI's own text, in English
      mapping.problem(node, Message.literal(String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  private static Object plain(DocNode node, Mapping mapping) {
    if (node instanceof DocNode.Obj obj) {
      Map<String, Object> map = new LinkedHashMap<>();
      obj.fields().values().forEach(f -> map.put(f.name(), plain(f.value(), mapping)));
      return map;
    }
    if (node instanceof DocNode.Arr arr) {
      List<Object> list = new ArrayList<>();
      arr.items().forEach(item -> list.add(plain(item, mapping)));
      return list;
    }
    DocNode.Scalar scalar = (DocNode.Scalar) node;
    if (scalar.isNull()) {
      mapping.problem(node, Message.of("io.parameter.null"));
      return "";
    }
    if (scalar.numeric()) {
      return scalar.number() == null ? "" : scalar.number();
    }
    return scalar.bool() != null ? scalar.bool() : scalar.text();
  }
}
