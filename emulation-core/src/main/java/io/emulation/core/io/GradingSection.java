package io.emulation.core.io;

import io.emulation.core.grading.Grade;
import io.emulation.core.grading.GradeRequirement;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a grading scale: {@code standard}, or bands with requirements and a veto cap. */
final class GradingSection {
  static final Map<String, Grade> STANDARD_GRADES = Map.of(
      Grade.EXCELLENT.code(), Grade.EXCELLENT, Grade.GOOD.code(), Grade.GOOD,
      Grade.COMPLETED.code(), Grade.COMPLETED, Grade.NOT_COMPLETED.code(), Grade.NOT_COMPLETED);

  private GradingSection() {}

  static Optional<GradingScale> read(DocNode node, Mapping mapping) {
    if (node instanceof DocNode.Scalar scalar && "standard".equals(scalar.text())) {
      return Optional.of(GradingScale.standard());
    }
    if (!(node instanceof DocNode.Obj)) {
      mapping.problem(node, Message.of("io.grading.notScale", node.describe()));
      return Optional.empty();
    }
    Fields scale = Fields.of(node, Message.of("io.what.gradingScale"), mapping).orElseThrow();
    GradingScale.Builder builder = GradingScale.builder();
    boolean complete = true;
    List<Grade> grades = new ArrayList<>();
    List<DocNode> bands = scale.list("bands").orElse(List.of());
    for (int i = 0; i < bands.size(); i++) {
      mapping.origin("grading/bands[" + i + "]", bands.get(i));
      Optional<Fields> band = Fields.of(bands.get(i), Message.of("io.what.band"), mapping);
      complete &= band.map(b -> band(b, builder, grades)).orElse(false);
    }
    Optional<Grade> otherwise = scale.object("otherwise").flatMap(GradingSection::grade);
    scale.get("otherwise").ifPresent(n -> mapping.origin("grading/otherwise", n));
    otherwise.ifPresent(builder::otherwise);
    otherwise.ifPresent(grades::add);
    Optional<String> vetoCap = scale.text("vetoCap");
    scale.get("vetoCap").ifPresent(n -> mapping.origin("grading/vetoCap", n));
    scale.finish();
    if (!complete) {
      return Optional.empty();
    }
    vetoCap.ifPresent(code -> builder.vetoCap(grades.stream()
        .filter(g -> g.code().equals(code)).findFirst().orElse(Grade.of(code, code))));
    return mapping.build(node, builder::build);
  }

  private static boolean band(Fields band, GradingScale.Builder builder, List<Grade> grades) {
    Mapping mapping = band.mapping();
    Optional<Grade> grade = grade(band);
    Optional<BigDecimal> min = band.requiredDecimal("min");
    List<GradeRequirement> requirements = new ArrayList<>();
    boolean valid = true;
    for (DocNode item : band.list("requires").orElse(List.of())) {
      Optional<GradeRequirement> requirement = requirement(item, mapping);
      requirement.ifPresent(requirements::add);
      valid &= requirement.isPresent();
    }
    band.finish();
    if (grade.isEmpty() || min.isEmpty() || !valid) {
      return false;
    }
    builder.band(grade.get(), min.get(), requirements.toArray(GradeRequirement[]::new));
    grades.add(grade.get());
    return true;
  }

  /** A grade from {@code grade} (code) and {@code name}; standard codes know their names. */
  private static Optional<Grade> grade(Fields fields) {
    Optional<String> code = fields.requiredText("grade");
    Optional<String> name = fields.text("name");
    return code.flatMap(c -> fields.mapping().build(fields.node(), () -> Grade.of(c,
        name.orElse(STANDARD_GRADES.containsKey(c) ? STANDARD_GRADES.get(c).name() : c))));
  }

  private static Optional<GradeRequirement> requirement(DocNode node, Mapping mapping) {
    if (node instanceof DocNode.Scalar scalar && "noVetoFailure".equals(scalar.text())) {
      return Optional.of(GradeRequirement.noVetoFailure());
    }
    Optional<Fields> fields = Fields.of(node, Message.of("io.what.gradeRequirement"), mapping);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<GradeRequirement> result = Optional.empty();
    if (f.has("minCriterionPoints")) {
      result = f.object("minCriterionPoints").flatMap(min -> {
        Optional<String> criterion = min.requiredText("criterion");
        Optional<BigDecimal> points = min.requiredDecimal("min");
        min.finish();
        return criterion.flatMap(c -> points.map(p -> GradeRequirement.minCriterionPoints(c, p)));
      });
    } else if (f.has("penaltyAtMostShareOfBonus")) {
      result = f.decimal("penaltyAtMostShareOfBonus").flatMap(share ->
          mapping.build(node, () -> GradeRequirement.penaltyAtMostShareOfBonus(share)));
    } else {
      mapping.problem(node, Message.of("io.grading.requirement",
          "{minCriterionPoints: {criterion, min}}", "{penaltyAtMostShareOfBonus: share}"));
      return Optional.empty();
    }
    f.finish();
    return result;
  }
}
