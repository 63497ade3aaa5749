package io.emulation.core.io;

import io.emulation.core.award.Award;
import io.emulation.core.award.AwardKind;
import io.emulation.core.award.AwardLevel;
import io.emulation.core.award.AwardRule;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.Condition;
import io.emulation.core.award.ExclusionGroup;
import io.emulation.core.award.Quota;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads the {@code awards} section: rules, their conditions and quotas, exclusion groups. */
final class AwardSection {
  private static final List<String> BASES =
      List.of("count", "percentOfEligible", "percentOfHeadcount", "percentOfHolders");
  private final Mapping mapping;
  private final ConditionFormat conditions;
  private int invalidRules;

  AwardSection(Mapping mapping, ConditionFormat conditions) {
    this.mapping = mapping;
    this.conditions = conditions;
  }

  /**
   * The rule set, or empty with problems.
   *
   * @param presets reads a shipped preset by name, for {@code preset: law-2022}
   */
  Optional<AwardRuleSet> read(Fields awards, Function<String, Optional<AwardRuleSet>> presets) {
    if (awards.has("preset")) {
      Optional<String> preset = awards.text("preset");
      awards.finish();
      return preset.flatMap(name -> {
        Optional<AwardRuleSet> found = presets.apply(name);
        if (found.isEmpty()) {
          mapping.problem(awards.node(), Message.of("io.award.unknownPreset", name,
              DefinitionReader.PRESETS));
        }
        return found;
      });
    }
    Optional<String> name = awards.requiredText("name");
    List<AwardRule> rules = new ArrayList<>();
    boolean valid = true;
    for (DocNode node : awards.list("rules").orElse(List.of())) {
      Optional<AwardRule> rule = Fields.of(node, Message.of("io.what.awardRule"), mapping).flatMap(this::rule);
      rule.ifPresent(rules::add);
      valid &= rule.isPresent();
    }
    List<ExclusionGroup> groups = new ArrayList<>();
    for (DocNode node : awards.list("exclusionGroups").orElse(List.of())) {
      Optional<ExclusionGroup> group =
          Fields.of(node, Message.of("io.what.exclusionGroup"), mapping).flatMap(this::group);
      group.ifPresent(groups::add);
      valid &= group.isPresent();
    }
    awards.finish();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    // build even when some rules failed, so dangling references and cycles are reported too
    Optional<AwardRuleSet> built = mapping.build(awards.node(), () -> {
      AwardRuleSet.Builder builder = AwardRuleSet.builder(name.get())
          .rules(rules.toArray(AwardRule[]::new));
      groups.forEach(builder::exclusionGroup);
      return builder.build();
    });
    return valid && invalidRules == 0 ? built : Optional.empty();
  }

  private Optional<AwardRule> rule(Fields r) {
    Optional<Award> award = r.require("award")
        .flatMap(node -> Fields.of(node, Fields.property("award"), mapping)).flatMap(this::award);
    Optional<Condition> eligibility = r.require("conditions").flatMap(conditions::read);
    Optional<Quota> quota = r.get("quota").isPresent()
        ? r.object("quota").flatMap(this::quota) : Optional.of(Quota.none());
    List<RankKey> keys = new ArrayList<>();
    boolean keysValid = true;
    for (DocNode node : r.list("allocateBy").orElse(List.of())) {
      Optional<RankKey> key = CampaignSection.rankKey(node, mapping);
      key.ifPresent(keys::add);
      keysValid &= key.isPresent();
    }
    r.finish();
    if (award.isEmpty() || eligibility.isEmpty()) {
      return Optional.empty();
    }
    if (quota.isEmpty() || !keysValid) {
      invalidRules++;
    }
    String where = "awards/" + award.get().id();
    mapping.origin(where, r.node());
    r.get("conditions").ifPresent(node -> mapping.origin(where + "/conditions", node));
    r.get("quota").ifPresent(node -> mapping.origin(where + "/quota", node));
    r.get("allocateBy").ifPresent(node -> mapping.origin(where + "/allocationOrder", node));
    return Optional.of(AwardRule.of(award.get(), eligibility.get())
        .withQuota(quota.orElse(Quota.none())).allocatedBy(keys.toArray(RankKey[]::new)));
  }

  private Optional<Award> award(Fields a) {
    Optional<String> id = a.requiredText("id");
    Optional<String> name = a.text("name");
    Optional<AwardKind> kind = a.requiredChoice("kind", AwardKind.class);
    Optional<ParticipantKind> recipient = a.requiredChoice("recipient", ParticipantKind.class);
    Optional<AwardLevel> level = a.choice("level", AwardLevel.class);
    Optional<BigDecimal> cash = a.decimal("cash");
    a.finish();
    if (id.isEmpty() || kind.isEmpty() || recipient.isEmpty()) {
      return Optional.empty();
    }
    return mapping.build(a.node(), () -> {
      Award award = Award.of(id.get(), name.orElse(id.get()), kind.get(), recipient.get(),
          level.orElse(AwardLevel.GRASSROOTS));
      return cash.map(award::withCashMultiple).orElse(award);
    });
  }

  /**
   * {@code {count: 5}}, {@code {percentOfEligible: 20}}, {@code {percentOfHeadcount: 10}} or
   * {@code {percentOfHolders: {award: a, percent: 15}}}, with optional {@code per}, {@code
   * rounding}, {@code atLeastOne} and {@code ties}.
   */
  private Optional<Quota> quota(Fields q) {
    List<String> bases = BASES.stream().filter(q::has).toList();
    Optional<Quota> base = Optional.empty();
    if (bases.size() != 1) {
      BASES.forEach(q::get); // known names: reported once, as a wrong combination

      mapping.problem(q.node(), Message.of("io.quota.bases", bases));
    } else {
      base = switch (bases.get(0)) {
        case "count" -> q.integer("count").flatMap(n -> mapping.build(q.node(),
            () -> Quota.count(n)));
        case "percentOfEligible" -> q.decimal("percentOfEligible").flatMap(p ->
            mapping.build(q.node(), () -> Quota.percentOfEligible(p)));
        case "percentOfHeadcount" -> q.decimal("percentOfHeadcount").flatMap(p ->
            mapping.build(q.node(), () -> Quota.percentOfHeadcount(p)));
        default -> q.object("percentOfHolders").flatMap(h -> {
          Optional<String> award = h.requiredText("award");
          Optional<BigDecimal> percent = h.requiredDecimal("percent");
          h.finish();
          return award.flatMap(a -> percent.flatMap(p ->
              mapping.build(h.node(), () -> Quota.percentOfHolders(a, p))));
        });
      };
    }
    Optional<Quota.Per> per = q.choice("per", Quota.Per.class);
    Optional<RoundingMode> rounding = q.choice("rounding", RoundingMode.class);
    Optional<Boolean> atLeastOne = q.flag("atLeastOne");
    Optional<Quota.TiePolicy> ties = q.choice("ties", Quota.TiePolicy.class);
    q.finish();
    return base.flatMap(quota -> mapping.build(q.node(), () -> {
      Quota result = per.orElse(Quota.Per.CAMPAIGN) == Quota.Per.UNIT ? quota.perUnit() : quota;
      result = result.rounded(rounding.orElse(RoundingMode.FLOOR))
          .withTies(ties.orElse(Quota.TiePolicy.ALL_OUT));
      return atLeastOne.orElse(false) ? result.withAtLeastOne() : result;
    }));
  }

  private Optional<ExclusionGroup> group(Fields g) {
    Optional<String> id = g.requiredText("id");
    Optional<List<String>> awards = g.require("awards").isPresent() ? g.texts("awards")
        : Optional.empty();
    g.finish();
    id.ifPresent(i -> mapping.origin("exclusionGroups/" + i, g.node()));
    return id.flatMap(i -> awards.flatMap(a -> mapping.build(g.node(),
        () -> ExclusionGroup.of(i, a.toArray(String[]::new)))));
  }
}
