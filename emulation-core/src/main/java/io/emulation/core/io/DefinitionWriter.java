package io.emulation.core.io;

import static io.emulation.core.io.Documents.JSON;
import static io.emulation.core.io.Mapping.kebab;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.emulation.core.award.AwardRule;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.ExclusionGroup;
import io.emulation.core.award.Quota;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.CampaignKind;
import io.emulation.core.campaign.DecimalPolicy;
import io.emulation.core.campaign.MemberAggregation;
import io.emulation.core.campaign.TotalMethod;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.criteria.RollUp;
import io.emulation.core.grading.Grade;
import io.emulation.core.grading.GradeRequirement;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.Individual;
import io.emulation.core.org.Organisation;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.RankPolicy;
import io.emulation.scoring.spi.Direction;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes definitions as YAML or JSON in the format {@link DefinitionReader} reads, leaving out
 * what equals the default, so that reading the output gives an equal definition.
 *
 * @since 0.1
 */
public final class DefinitionWriter {
  private final boolean json;

  private DefinitionWriter(boolean json) {
    this.json = json;
  }

  /** A YAML writer. */
  public static DefinitionWriter yaml() {
    return new DefinitionWriter(false);
  }

  /** A JSON writer. */
  public static DefinitionWriter json() {
    return new DefinitionWriter(true);
  }

  /** The definition as text. */
  public String write(Definition definition) {
    ObjectNode root = JSON.objectNode();
    root.put("formatVersion", Definition.FORMAT_VERSION);
    definition.campaign().ifPresent(c -> campaign(c, root));
    definition.awards().ifPresent(a -> root.set("awards", awards(a)));
    return Documents.write(root, json);
  }

  /** Writes the definition to a file as UTF-8. */
  public void write(Definition definition, Path file) throws IOException {
    Files.writeString(file, write(definition), StandardCharsets.UTF_8);
  }

  private static void campaign(Campaign c, ObjectNode root) {
    ObjectNode node = root.putObject("campaign");
    node.put("id", c.id());
    node.put("name", c.name());
    if (!c.theme().isEmpty()) {
      node.put("theme", c.theme());
    }
    if (c.kind() != CampaignKind.ONGOING) {
      node.put("kind", kebab(c.kind()));
    }
    c.parentId().ifPresent(p -> node.put("parent", p));
    node.put("period", c.period().toString());
    if (!c.scope().units().isEmpty() || !c.scope().excluded().isEmpty()) {
      ObjectNode scope = node.putObject("scope");
      texts(scope, "units", c.scope().units());
      texts(scope, "exclude", c.scope().excluded());
    }
    if (!c.decimals().equals(DecimalPolicy.standard())) {
      node.putObject("decimals").put("scale", c.decimals().scale())
          .put("rounding", kebab(c.decimals().rounding()));
    }
    if (c.totalMethod() != TotalMethod.SUM) {
      node.put("totals", kebab(c.totalMethod()));
    }
    if (c.memberAggregation() != MemberAggregation.NONE
        || c.memberWeight().compareTo(BigDecimal.ONE) != 0) {
      node.putObject("members").put("aggregate", kebab(c.memberAggregation()))
          .put("weight", c.memberWeight());
    }
    root.set("organisation", organisation(c.organisation()));
    ArrayNode criteria = root.putArray("criteria");
    c.criteria().forEach(criterion -> criteria.add(criterion(criterion)));
    GradingScale individuals = c.grading(ParticipantKind.INDIVIDUAL);
    GradingScale collectives = c.grading(ParticipantKind.COLLECTIVE);
    if (!individuals.equals(GradingScale.standard()) || !collectives.equals(individuals)) {
      ObjectNode grading = root.putObject("grading");
      grading.set("individuals", scale(individuals));
      if (!collectives.equals(individuals)) {
        grading.set("collectives", scale(collectives));
      }
    }
    if (!c.rankPolicy().equals(RankPolicy.standard())) {
      ObjectNode ranking = root.putObject("ranking");
      ranking.put("method", kebab(c.rankPolicy().method()));
      ArrayNode keys = ranking.putArray("keys");
      c.rankPolicy().keys().forEach(k -> keys.add(rankKey(k)));
    }
  }

  private static ObjectNode organisation(Organisation org) {
    ObjectNode node = JSON.objectNode();
    ArrayNode units = node.putArray("units");
    org.units().forEach(u -> {
      ObjectNode unit = units.addObject().put("id", u.id()).put("name", u.name());
      u.parentId().ifPresent(p -> unit.put("parent", p));
    });
    if (!org.collectives().isEmpty()) {
      ArrayNode collectives = node.putArray("collectives");
      org.collectives().forEach(c -> collectives.add(c.id()));
    }
    ArrayNode people = node.putArray("individuals");
    for (Individual p : org.individuals()) {
      ObjectNode person = people.addObject().put("id", p.id()).put("name", p.name())
          .put("unit", p.unitId());
      p.hireDate().ifPresent(d -> person.put("hired", d.toString()));
      if (p.discipline() != DisciplinaryLevel.NONE) {
        person.put("discipline", kebab(p.discipline()));
      }
      if (p.isUnderReview()) {
        person.put("underReview", true);
      }
      if (p.isDirectProduction()) {
        person.put("directProduction", true);
      }
    }
    return node;
  }

  private static ObjectNode criterion(Criterion c) {
    ObjectNode node = JSON.objectNode().put("id", c.id()).put("name", c.name());
    if (!c.group().isEmpty()) {
      node.put("group", c.group());
    }
    if (c.appliesTo() != ParticipantKind.INDIVIDUAL) {
      node.put("appliesTo", kebab(c.appliesTo()));
    }
    if (!c.weight().equals(BigDecimal.ONE)) {
      node.put("weight", c.weight());
    }
    node.put("formula", c.formula().formulaId());
    if (!c.formula().parameters().isEmpty()) {
      node.set("parameters", Documents.plain(c.formula().parameters()));
    }
    c.target().ifPresent(t -> node.put("target", t));
    if (c.direction() != Direction.HIGHER_IS_BETTER) {
      node.put("direction", kebab(c.direction()));
    }
    if (c.isVeto()) {
      node.put("veto", true);
    }
    if (c.whenMissing() != MissingPolicy.ERROR) {
      node.put("whenMissing", kebab(c.whenMissing()));
    }
    if (c.rollUp() != RollUp.SUM) {
      node.put("rollUp", kebab(c.rollUp()));
    }
    if (c.isYearOverYear()) {
      node.put("yearOverYear", true);
    }
    if (c.isNegativeAllowed()) {
      node.put("negativeAllowed", true);
    }
    return node;
  }

  private static ObjectNode scale(GradingScale scale) {
    ObjectNode node = JSON.objectNode();
    ArrayNode bands = node.putArray("bands");
    for (GradingScale.Band band : scale.bands()) {
      if (band.minTotal().isEmpty()) {
        node.set("otherwise", grade(band.grade(), JSON.objectNode()));
        continue;
      }
      ObjectNode b = grade(band.grade(), bands.addObject()).put("min", band.minTotal().get());
      if (!band.requirements().isEmpty()) {
        ArrayNode requires = b.putArray("requires");
        band.requirements().forEach(r -> requires.add(requirement(r)));
      }
    }
    scale.vetoCap().ifPresent(cap -> node.put("vetoCap", cap.code()));
    return node;
  }

  private static ObjectNode grade(Grade grade, ObjectNode node) {
    node.put("grade", grade.code());
    Grade standard = GradingSection.STANDARD_GRADES.get(grade.code());
    if (standard == null ? !grade.name().equals(grade.code()) : !standard.equals(grade)) {
      node.put("name", grade.name());
    }
    return node;
  }

  private static com.fasterxml.jackson.databind.JsonNode requirement(GradeRequirement r) {
    if (r instanceof GradeRequirement.NoVetoFailure) {
      return JSON.textNode("noVetoFailure");
    }
    if (r instanceof GradeRequirement.MinCriterionPoints min) {
      ObjectNode node = JSON.objectNode();
      node.putObject("minCriterionPoints").put("criterion", min.criterionId())
          .put("min", min.min());
      return node;
    }
    if (r instanceof GradeRequirement.PenaltyAtMostShareOfBonus share) {
      return JSON.objectNode().put("penaltyAtMostShareOfBonus", share.share());
    }
    throw new IllegalArgumentException("grade requirement " + r.describe() + " of "
        + r.getClass().getName() + " has no document form");
  }

  private static com.fasterxml.jackson.databind.JsonNode rankKey(RankKey key) {
    if (key instanceof RankKey.ByTotal) {
      return JSON.textNode("total");
    }
    if (key instanceof RankKey.ByGrade) {
      return JSON.textNode("grade");
    }
    if (key instanceof RankKey.DirectProductionFirst) {
      return JSON.textNode("direct-production-first");
    }
    if (key instanceof RankKey.ByParticipantId) {
      return JSON.textNode("participant-id");
    }
    if (key instanceof RankKey.ByCriterionPoints byPoints) {
      return JSON.objectNode().put("criterion", byPoints.criterionId());
    }
    throw new IllegalArgumentException("rank key " + key.describe() + " of "
        + key.getClass().getName() + " has no document form");
  }

  private static ObjectNode awards(AwardRuleSet rules) {
    ObjectNode node = JSON.objectNode().put("name", rules.name());
    ArrayNode list = node.putArray("rules");
    rules.rules().forEach(rule -> list.add(rule(rule)));
    if (!rules.exclusionGroups().isEmpty()) {
      ArrayNode groups = node.putArray("exclusionGroups");
      for (ExclusionGroup group : rules.exclusionGroups()) {
        ObjectNode g = groups.addObject().put("id", group.id());
        texts(g, "awards", group.awardIds());
      }
    }
    return node;
  }

  private static ObjectNode rule(AwardRule rule) {
    ObjectNode node = JSON.objectNode();
    ObjectNode award = node.putObject("award").put("id", rule.award().id())
        .put("name", rule.award().name()).put("kind", kebab(rule.award().kind()))
        .put("recipient", kebab(rule.award().recipient()))
        .put("level", kebab(rule.award().level()));
    rule.award().cashMultiple().ifPresent(cash -> award.put("cash", cash));
    node.set("conditions", ConditionFormat.write(rule.eligibility()));
    if (rule.quota().isLimited()) {
      node.set("quota", quota(rule.quota()));
    }
    if (!rule.allocationOrder().isEmpty()) {
      ArrayNode keys = node.putArray("allocateBy");
      rule.allocationOrder().forEach(k -> keys.add(rankKey(k)));
    }
    return node;
  }

  private static ObjectNode quota(Quota quota) {
    ObjectNode node = JSON.objectNode();
    switch (quota.basis()) {
      case COUNT -> node.put("count", quota.amount().intValueExact());
      case PERCENT_OF_ELIGIBLE -> node.put("percentOfEligible", quota.amount());
      case PERCENT_OF_HEADCOUNT -> node.put("percentOfHeadcount", quota.amount());
      case PERCENT_OF_HOLDERS -> node.putObject("percentOfHolders")
          .put("award", quota.ofAward().orElseThrow()).put("percent", quota.amount());
      case NONE -> throw new AssertionError("no quota is not written");
    }
    if (quota.per() == Quota.Per.UNIT) {
      node.put("per", kebab(quota.per()));
    }
    if (quota.rounding() != RoundingMode.FLOOR) {
      node.put("rounding", kebab(quota.rounding()));
    }
    if (quota.atLeastOne()) {
      node.put("atLeastOne", true);
    }
    if (quota.ties() != Quota.TiePolicy.ALL_OUT) {
      node.put("ties", kebab(quota.ties()));
    }
    return node;
  }

  private static void texts(ObjectNode node, String name, Iterable<String> values) {
    ArrayNode array = node.putArray(name);
    values.forEach(array::add);
  }
}
