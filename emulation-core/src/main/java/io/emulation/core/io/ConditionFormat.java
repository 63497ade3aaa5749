package io.emulation.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.emulation.core.award.AwardLevel;
import io.emulation.core.award.Condition;
import io.emulation.core.award.ConditionRegistry;
import io.emulation.core.award.Conditions;
import io.emulation.core.award.CouncilConditions;
import com.google.common.collect.ImmutableList;
import io.emulation.core.internal.Suggestions;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The document form of award conditions, read and written in one place so the two never drift.
 *
 * <pre>
 * noVetoFailure | registered | notUnderReview | unitsHaveNoVetoFailure
 * {all: [..]}  {any: [..]}  {not: ..}  {atLeast: 3, of: [..]}
 * {minGrade: GOOD}  {minScore: 80}  {hiredMonthsBefore: 6}  {disciplineBelow: reprimand}
 * {holds: award}  {heldConsecutively: {award: a, times: 3}}
 * {initiativesAtLeast: {count: 1, reach: ministry}}
 * {memberShareHolding: {award: a, percent: 50, strictlyMore: true}}
 * {memberShareWithGrade: {grade: COMPLETED, percent: 100}}
 * {membersHolding: {award: a, count: 1}}  {noMemberDisciplinedAtLeast: warning}
 * {quorum: "2/3"}  {councilApprovalMoreThan: 50}  {secretBallotApprovalAtLeast: 90}
 * {chairmanCastingVote: 50}
 * {type: acme:course, parameters: {..}}
 * </pre>
 */
final class ConditionFormat {
  private static final List<String> SIMPLE =
      List.of("noVetoFailure", "registered", "notUnderReview", "unitsHaveNoVetoFailure");
  private static final List<String> KEYS = List.of("all", "any", "not", "atLeast", "minGrade",
      "minScore", "hiredMonthsBefore", "disciplineBelow", "holds", "heldConsecutively",
      "initiativesAtLeast", "memberShareHolding", "memberShareWithGrade", "membersHolding",
      "noMemberDisciplinedAtLeast", "quorum", "councilApprovalMoreThan",
      "secretBallotApprovalAtLeast", "chairmanCastingVote", "type");
  private static final JsonNodeFactory JSON = Documents.JSON;

  private final Mapping mapping;
  private final ConditionRegistry registry;

  ConditionFormat(Mapping mapping, ConditionRegistry registry) {
    this.mapping = mapping;
    this.registry = registry;
  }

  Optional<Condition> read(DocNode node) {
    if (node instanceof DocNode.Scalar scalar && !scalar.isNull() && !scalar.numeric()) {
      return simple(scalar.text(), node);
    }
    Optional<Fields> fields = Fields.of(node, Message.of("io.what.condition"), mapping);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    List<String> present = KEYS.stream().filter(f::has).toList();
    if (present.size() != 1) {
      mapping.problem(node, present.isEmpty()
          ? Message.of("io.condition.noKind", KEYS, SIMPLE, Suggestions.suggestion(
              f.node().fields().keySet().stream().findFirst().orElse(""), KEYS))
          : Message.of("io.condition.manyKinds", present, "{all: [...]}"));
      return Optional.empty();
    }
    Optional<Condition> condition = switch (present.get(0)) {
      case "all" -> list(f, "all").flatMap(cs -> build(node, () -> Conditions.all(cs.toArray(Condition[]::new))));
      case "any" -> list(f, "any").flatMap(cs -> build(node, () -> Conditions.any(cs.toArray(Condition[]::new))));
      case "not" -> f.get("not").flatMap(this::read).map(Conditions::not);
      case "atLeast" -> f.requiredInteger("atLeast").flatMap(count -> list(f, "of")
          .flatMap(cs -> atLeast(count, cs, f)));
      case "minGrade" -> f.text("minGrade").map(Conditions::minGrade);
      case "minScore" -> f.decimal("minScore").map(Conditions::minScore);
      case "hiredMonthsBefore" -> f.integer("hiredMonthsBefore")
          .flatMap(m -> build(node, () -> Conditions.hiredMonthsBefore(m)));
      case "disciplineBelow" -> f.choice("disciplineBelow", DisciplinaryLevel.class)
          .map(Conditions::disciplineBelow);
      case "holds" -> f.text("holds").map(Conditions::holds);
      case "heldConsecutively" -> f.object("heldConsecutively").flatMap(o -> {
        Optional<String> award = o.requiredText("award");
        Optional<Integer> times = o.requiredInteger("times");
        o.finish();
        return award.flatMap(a -> times.flatMap(t ->
            build(node, () -> Conditions.heldConsecutively(a, t))));
      });
      case "initiativesAtLeast" -> f.object("initiativesAtLeast").flatMap(o -> {
        Optional<Integer> count = o.requiredInteger("count");
        Optional<AwardLevel> reach = o.choice("reach", AwardLevel.class);
        o.finish();
        return count.flatMap(c -> build(node, () ->
            Conditions.initiativesAtLeast(c, reach.orElse(AwardLevel.GRASSROOTS))));
      });
      case "memberShareHolding" -> f.object("memberShareHolding").flatMap(o -> {
        Optional<String> award = o.requiredText("award");
        Optional<BigDecimal> percent = o.requiredDecimal("percent");
        Optional<Boolean> strictly = o.flag("strictlyMore");
        o.finish();
        return award.flatMap(a -> percent.flatMap(p -> build(node, () -> strictly.orElse(false)
            ? Conditions.memberShareHoldingMoreThan(a, p)
            : Conditions.memberShareHoldingAtLeast(a, p))));
      });
      case "memberShareWithGrade" -> f.object("memberShareWithGrade").flatMap(o -> {
        Optional<String> grade = o.requiredText("grade");
        Optional<BigDecimal> percent = o.requiredDecimal("percent");
        o.finish();
        return grade.flatMap(g -> percent.flatMap(p ->
            build(node, () -> Conditions.memberShareWithGradeAtLeast(g, p))));
      });
      case "membersHolding" -> f.object("membersHolding").flatMap(o -> {
        Optional<String> award = o.requiredText("award");
        Optional<Integer> count = o.requiredInteger("count");
        o.finish();
        return award.flatMap(a -> count.flatMap(c ->
            build(node, () -> Conditions.membersHoldingAtLeast(a, c))));
      });
      case "noMemberDisciplinedAtLeast" -> f.choice("noMemberDisciplinedAtLeast",
          DisciplinaryLevel.class).map(Conditions::noMemberDisciplinedAtLeast);
      case "quorum" -> f.text("quorum").flatMap(text -> quorum(text, f.get("quorum").orElseThrow()));
      case "councilApprovalMoreThan" -> f.decimal("councilApprovalMoreThan")
          .flatMap(p -> build(node, () -> Conditions.councilApprovalMoreThan(p)));
      case "secretBallotApprovalAtLeast" -> f.decimal("secretBallotApprovalAtLeast")
          .flatMap(p -> build(node, () -> Conditions.secretBallotApprovalAtLeast(p)));
      case "chairmanCastingVote" -> f.decimal("chairmanCastingVote")
          .flatMap(p -> build(node, () -> Conditions.chairmanCastingVote(p)));
      case "type" -> custom(f);
      default -> throw new AssertionError(present.get(0));
    };
    f.finish();
    return condition;
  }

  private Optional<Condition> atLeast(int count, List<Condition> conditions, Fields f) {
    if (count < 1 || count > conditions.size()) {
      mapping.problem(f.get("atLeast").orElseThrow(),
          Message.of("io.condition.atLeastRange", count, conditions.size()));
      return Optional.empty();
    }
    return build(f.node(), () -> Conditions.atLeast(count, conditions.toArray(Condition[]::new)));
  }

  private Optional<Condition> simple(String name, DocNode node) {
    switch (name) {
      case "noVetoFailure":
        return Optional.of(Conditions.noVetoFailure());
      case "registered":
        return Optional.of(Conditions.registered());
      case "notUnderReview":
        return Optional.of(Conditions.notUnderReview());
      case "unitsHaveNoVetoFailure":
        return Optional.of(Conditions.unitsHaveNoVetoFailure());
      default:
        mapping.problem(node, Message.of("io.condition.unknown", name,
            Suggestions.suggestion(name, SIMPLE), SIMPLE, "{minGrade: GOOD}"));
        return Optional.empty();
    }
  }

  /** A quorum written as a fraction of the members, {@code "2/3"}. */
  private Optional<Condition> quorum(String text, DocNode node) {
    String[] parts = text.trim().split("/", -1);
    try {
      if (parts.length == 2) {
        int numerator = Integer.parseInt(parts[0].trim());
        int denominator = Integer.parseInt(parts[1].trim());
        return build(node, () -> Conditions.quorum(numerator, denominator));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    mapping.problem(node, Message.of("io.condition.quorum", text));
    return Optional.empty();
  }

  private Optional<Condition> custom(Fields f) {
    Optional<String> type = f.text("type");
    Optional<FormulaParameters> parameters = f.get("parameters")
        .map(n -> Values.parameters(n, Fields.property("parameters"), mapping))
        .orElse(Optional.of(FormulaParameters.empty()));
    if (type.isEmpty() || parameters.isEmpty()) {
      return Optional.empty();
    }
    if (registry.find(type.get()).isEmpty()) {
      mapping.problem(f.node(), Message.of("io.condition.unknownType", type.get(),
          Suggestions.suggestion(type.get(), registry.ids()),
          ImmutableList.copyOf(registry.ids())));
      return Optional.empty();
    }
    return build(f.node(), () -> registry.create(type.get(), parameters.get()));
  }

  private Optional<List<Condition>> list(Fields f, String name) {
    Optional<List<DocNode>> items = f.list(name);
    if (items.isEmpty()) {
      if (!f.has(name)) {
        mapping.problem(f.node(), Message.of("io.property.missing", name));
      }
      return Optional.empty();
    }
    List<Condition> conditions = new ArrayList<>();
    boolean valid = true;
    for (DocNode item : items.get()) {
      Optional<Condition> condition = read(item);
      condition.ifPresent(conditions::add);
      valid &= condition.isPresent();
    }
    return valid ? Optional.of(conditions) : Optional.empty();
  }

  private <T> Optional<T> build(DocNode node, java.util.function.Supplier<T> builder) {
    return mapping.build(node, builder);
  }

  // ---- writing

  static JsonNode write(Condition condition) {
    if (condition instanceof Conditions.NoVetoFailure) {
      return JSON.textNode("noVetoFailure");
    }
    if (condition instanceof Conditions.Registered) {
      return JSON.textNode("registered");
    }
    if (condition instanceof Conditions.NotUnderReview) {
      return JSON.textNode("notUnderReview");
    }
    if (condition instanceof Conditions.UnitsHaveNoVetoFailure) {
      return JSON.textNode("unitsHaveNoVetoFailure");
    }
    ObjectNode node = JSON.objectNode();
    if (condition instanceof Conditions.All all) {
      node.set("all", list(all.conditions()));
    } else if (condition instanceof Conditions.Any any) {
      node.set("any", list(any.conditions()));
    } else if (condition instanceof Conditions.Not not) {
      node.set("not", write(not.condition()));
    } else if (condition instanceof Conditions.AtLeast atLeast) {
      node.put("atLeast", atLeast.count());
      node.set("of", list(atLeast.conditions()));
    } else if (condition instanceof Conditions.MinGrade min) {
      node.put("minGrade", min.gradeCode());
    } else if (condition instanceof Conditions.MinScore min) {
      node.put("minScore", min.min());
    } else if (condition instanceof Conditions.HiredMonthsBefore hired) {
      node.put("hiredMonthsBefore", hired.months());
    } else if (condition instanceof Conditions.DisciplineBelow below) {
      node.put("disciplineBelow", Mapping.kebab(below.level()));
    } else if (condition instanceof Conditions.Holds holds) {
      node.put("holds", holds.awardId());
    } else if (condition instanceof Conditions.HeldConsecutively held) {
      node.putObject("heldConsecutively").put("award", held.awardId()).put("times", held.times());
    } else if (condition instanceof Conditions.InitiativesAtLeast initiatives) {
      node.putObject("initiativesAtLeast").put("count", initiatives.count())
          .put("reach", Mapping.kebab(initiatives.reach()));
    } else if (condition instanceof Conditions.MemberShareHolding share) {
      node.putObject("memberShareHolding").put("award", share.awardId())
          .put("percent", share.percent()).put("strictlyMore", share.strictlyMore());
    } else if (condition instanceof Conditions.MemberShareWithGrade share) {
      node.putObject("memberShareWithGrade").put("grade", share.gradeCode())
          .put("percent", share.percent());
    } else if (condition instanceof Conditions.MembersHolding members) {
      node.putObject("membersHolding").put("award", members.awardId())
          .put("count", members.count());
    } else if (condition instanceof Conditions.NoMemberDisciplined disciplined) {
      node.put("noMemberDisciplinedAtLeast", Mapping.kebab(disciplined.level()));
    } else if (condition instanceof CouncilConditions.Quorum quorum) {
      node.put("quorum", quorum.numerator() + "/" + quorum.denominator());
    } else if (condition instanceof CouncilConditions.ApprovalMoreThan approval) {
      node.put("councilApprovalMoreThan", approval.percent());
    } else if (condition instanceof CouncilConditions.SecretBallotApproval ballot) {
      node.put("secretBallotApprovalAtLeast", ballot.percent());
    } else if (condition instanceof CouncilConditions.ChairmanCastingVote casting) {
      node.put("chairmanCastingVote", casting.percent());
    } else if (condition instanceof Conditions.Custom custom) {
      node.put("type", custom.typeId());
      if (!custom.parameters().isEmpty()) {
        node.set("parameters", Documents.plain(custom.parameters().asMap()));
      }
    } else {
      throw new IllegalArgumentException("condition " + condition.describe() + " of "
          + condition.getClass().getName() + " has no document form; make custom conditions "
          + "through a ConditionType so they keep their type id and parameters");
    }
    return node;
  }

  private static ArrayNode list(List<Condition> conditions) {
    ArrayNode array = JSON.arrayNode();
    conditions.forEach(c -> array.add(write(c)));
    return array;
  }

  static Set<String> simpleNames() {
    return Set.copyOf(SIMPLE);
  }
}
