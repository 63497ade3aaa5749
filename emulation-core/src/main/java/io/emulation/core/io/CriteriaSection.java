package io.emulation.core.io;

import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.criteria.RollUp;
import io.emulation.core.org.ParticipantKind;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.util.Optional;

/** Reads one element of the {@code criteria} list. */
final class CriteriaSection {
  private CriteriaSection() {}

  static Optional<Criterion> read(Fields c) {
    Mapping mapping = c.mapping();
    Optional<String> id = c.requiredText("id");
    Optional<String> name = c.text("name");
    Optional<String> group = c.text("group");
    Optional<ParticipantKind> appliesTo = c.choice("appliesTo", ParticipantKind.class);
    Optional<BigDecimal> weight = c.decimal("weight");
    Optional<String> formula = c.requiredText("formula");
    Optional<FormulaParameters> parameters = c.get("parameters")
        .flatMap(node -> Values.parameters(node, Fields.property("parameters"), mapping));
    boolean parametersValid = parameters.isPresent() || !c.has("parameters");
    Optional<BigDecimal> target = c.decimal("target");
    Optional<Direction> direction = c.choice("direction", Direction.class);
    Optional<Boolean> veto = c.flag("veto");
    Optional<MissingPolicy> whenMissing = c.choice("whenMissing", MissingPolicy.class);
    Optional<RollUp> rollUp = c.choice("rollUp", RollUp.class);
    Optional<Boolean> yearOverYear = c.flag("yearOverYear");
    Optional<Boolean> negativeAllowed = c.flag("negativeAllowed");
    c.finish();
    if (id.isEmpty() || formula.isEmpty() || !parametersValid) {
      return Optional.empty();
    }
    String where = "criteria/" + id.get();
    mapping.origin(where, c.node());
    c.get("weight").ifPresent(node -> mapping.origin(where + "/weight", node));
    c.get("formula").ifPresent(node -> mapping.origin(where + "/formula", node));
    c.get("parameters").ifPresent(node -> {
      mapping.origin(where + "/formula/parameters", node);
      if (node instanceof DocNode.Obj params) {
        params.fields().values().forEach(f ->
            mapping.origin(where + "/formula/parameters/" + f.name(), f.value()));
      }
    });
    return mapping.build(c.node(), () -> {
      Criterion.Builder b = Criterion.builder(id.get(), name.orElse(id.get()))
          .formula(formula.get(), parameters.orElse(FormulaParameters.empty()));
      group.ifPresent(b::group);
      appliesTo.ifPresent(b::appliesTo);
      weight.ifPresent(b::weight);
      target.ifPresent(b::target);
      direction.ifPresent(b::direction);
      veto.ifPresent(b::veto);
      whenMissing.ifPresent(b::whenMissing);
      rollUp.ifPresent(b::rollUp);
      yearOverYear.ifPresent(b::yearOverYear);
      negativeAllowed.ifPresent(b::negativeAllowed);
      return b.build();
    });
  }
}
