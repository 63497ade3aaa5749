package io.emulation.core.io;

import io.emulation.core.Problem;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.CampaignKind;
import io.emulation.core.campaign.DecimalPolicy;
import io.emulation.core.campaign.MemberAggregation;
import io.emulation.core.campaign.Scope;
import io.emulation.core.campaign.TotalMethod;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.internal.Suggestions;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.RankMethod;
import io.emulation.core.ranking.RankPolicy;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the sections that make a {@link Campaign}: {@code campaign}, {@code criteria}, {@code
 * grading} and {@code ranking}, given the organisation read before.
 */
final class CampaignSection {
  private CampaignSection() {}

  /**
   * The campaign, or empty with problems.
   *
   * @param criterionCheck the formula problems of a criterion (unknown id, bad parameters)
   */
  static Optional<Campaign> read(Fields root, Optional<Organisation> organisation,
      Function<Criterion, List<Problem>> criterionCheck) {
    Mapping mapping = root.mapping();
    Optional<Fields> campaign = root.require("campaign")
        .flatMap(node -> Fields.of(node, Fields.property("campaign"), mapping));
    List<Criterion> criteria = new ArrayList<>();
    Optional<List<DocNode>> criteriaNodes = root.list("criteria");
    boolean criteriaValid = criteriaNodes.isPresent() || !root.has("criteria");
    for (DocNode node : criteriaNodes.orElse(List.of())) {
      Optional<Criterion> criterion = Fields.of(node, Message.of("io.what.criterion"), mapping)
          .flatMap(CriteriaSection::read);
      criterion.ifPresent(criteria::add);
      List<Problem> formulaProblems = criterion.map(criterionCheck).orElse(List.of());
      mapping.domainProblems(formulaProblems, node);
      criteriaValid &= criterion.isPresent() && formulaProblems.isEmpty();
    }
    root.get("criteria").ifPresent(node -> mapping.origin("criteria", node));
    Optional<Fields> grading = root.object("grading");
    Optional<GradingScale> individuals = grading.flatMap(g -> g.get("individuals"))
        .flatMap(node -> GradingSection.read(node, mapping));
    Optional<GradingScale> collectives = grading.flatMap(g -> g.get("collectives"))
        .flatMap(node -> GradingSection.read(node, mapping));
    grading.ifPresent(Fields::finish);
    root.get("grading").ifPresent(node -> mapping.origin("grading", node));
    Optional<RankPolicy> ranking = root.object("ranking").flatMap(CampaignSection::ranking);
    root.get("ranking").ifPresent(node -> mapping.origin("rankPolicy", node));
    if (campaign.isEmpty()) {
      return Optional.empty();
    }
    Optional<Campaign.Builder> builder = header(campaign.get());
    if (builder.isEmpty()) {
      return Optional.empty();
    }
    // build even when parts failed, so the campaign's own checks (duplicates, weights, missing
    // period or organisation) are reported too; the result is dropped if anything failed
    Campaign.Builder b = builder.get().criteria(criteria);
    organisation.ifPresent(b::organisation);
    individuals.ifPresent(b::grading);
    collectives.ifPresent(b::collectiveGrading);
    ranking.ifPresent(b::rankPolicy);
    boolean organisationFailed = root.has("organisation") && organisation.isEmpty();
    List<Problem> problems = new ArrayList<>(b.problems());
    // an organisation that failed to read was reported already: "has no organisation" is noise
    problems.removeIf(p -> organisationFailed && p.location().equals("organisation"));
    // so are criteria that failed to read: "has no criteria" when none could be read is noise
    boolean noCriterionRead = !criteriaValid && criteria.isEmpty();
    problems.removeIf(p -> noCriterionRead && p.location().equals("criteria"));
    mapping.domainProblems(problems, campaign.get().node());
    Optional<Campaign> built = b.problems().isEmpty()
        ? mapping.build(campaign.get().node(), b::build) : Optional.empty();
    boolean partsFailed = !criteriaValid
        || organisationFailed
        || grading.isPresent() && (grading.get().has("individuals") && individuals.isEmpty()
            || grading.get().has("collectives") && collectives.isEmpty())
        || root.has("ranking") && ranking.isEmpty();
    return partsFailed ? Optional.empty() : built;
  }

  /** The {@code campaign} object: everything but criteria, grading and ranking. */
  private static Optional<Campaign.Builder> header(Fields c) {
    Mapping mapping = c.mapping();
    Optional<String> id = c.requiredText("id");
    Optional<String> name = c.text("name");
    Optional<String> theme = c.text("theme");
    Optional<CampaignKind> kind = c.choice("kind", CampaignKind.class);
    Optional<String> parent = c.text("parent");
    Optional<Period> period = c.get("period").flatMap(node -> period(node, mapping));
    Optional<Scope> scope = c.object("scope").map(CampaignSection::scope);
    Optional<DecimalPolicy> decimals = c.object("decimals").flatMap(CampaignSection::decimals);
    Optional<TotalMethod> totals = c.choice("totals", TotalMethod.class);
    Optional<Fields> members = c.object("members");
    Optional<MemberAggregation> aggregate =
        members.flatMap(m -> m.choice("aggregate", MemberAggregation.class));
    Optional<BigDecimal> memberWeight = members.flatMap(m -> m.decimal("weight"));
    members.ifPresent(Fields::finish);
    c.finish();
    c.get("period").ifPresent(node -> mapping.origin("period", node));
    c.get("parent").ifPresent(node -> mapping.origin("parentId", node));
    c.get("scope").ifPresent(node -> mapping.origin("scope", node));
    c.get("members").ifPresent(node -> mapping.origin("memberWeight", node));
    mapping.origin("id", c.node());
    if (id.isEmpty() || c.has("period") && period.isEmpty()
        || c.has("decimals") && decimals.isEmpty()) {
      return Optional.empty();
    }
    Campaign.Builder b = Campaign.builder(id.get(), name.orElse(id.get()));
    period.ifPresent(b::period);
    theme.ifPresent(b::theme);
    kind.ifPresent(b::kind);
    parent.ifPresent(b::parentId);
    scope.ifPresent(b::scope);
    decimals.ifPresent(b::decimals);
    totals.ifPresent(b::totalMethod);
    if (aggregate.isPresent() || memberWeight.isPresent()) {
      b.memberAggregation(aggregate.orElse(MemberAggregation.NONE),
          memberWeight.orElse(BigDecimal.ONE));
    }
    return Optional.of(b);
  }

  static Optional<Period> period(DocNode node, Mapping mapping) {
    return mapping.text(node, Message.of("io.what.period")).flatMap(text -> {
      try {
        return Optional.of(CellFormats.PERIOD.parse(text));
      } catch (BadValueException e) {
        mapping.problem(node, e.text());
        return Optional.empty();
      }
    });
  }

  private static Scope scope(Fields s) {
    List<String> units = s.texts("units").orElse(List.of());
    List<String> excluded = s.texts("exclude").orElse(List.of());
    s.finish();
    return Scope.units(units.toArray(String[]::new)).excluding(excluded.toArray(String[]::new));
  }

  private static Optional<DecimalPolicy> decimals(Fields d) {
    Optional<Integer> scale = d.integer("scale");
    Optional<RoundingMode> rounding = d.choice("rounding", RoundingMode.class);
    d.finish();
    return d.mapping().build(d.node(), () -> DecimalPolicy.of(
        scale.orElse(DecimalPolicy.standard().scale()),
        rounding.orElse(DecimalPolicy.standard().rounding())));
  }

  private static Optional<RankPolicy> ranking(Fields r) {
    Mapping mapping = r.mapping();
    Optional<RankMethod> method = r.choice("method", RankMethod.class);
    List<RankKey> keys = new ArrayList<>();
    boolean valid = true;
    for (DocNode node : r.list("keys").orElse(List.of())) {
      Optional<RankKey> key = rankKey(node, mapping);
      key.ifPresent(keys::add);
      valid &= key.isPresent();
    }
    r.finish();
    if (!valid || r.has("method") && method.isEmpty()) {
      return Optional.empty();
    }
    RankPolicy standard = RankPolicy.standard();
    return mapping.build(r.node(), () -> RankPolicy.of(method.orElse(standard.method()),
        (keys.isEmpty() ? standard.keys() : keys).toArray(RankKey[]::new)));
  }

  /** {@code total}, {@code grade}, {@code direct-production-first}, {@code participant-id}, or
   * {@code {criterion: id}}. */
  static Optional<RankKey> rankKey(DocNode node, Mapping mapping) {
    if (node instanceof DocNode.Obj) {
      Fields f = Fields.of(node, Message.of("io.what.rankKey"), mapping).orElseThrow();
      Optional<String> criterion = f.requiredText("criterion");
      f.finish();
      return criterion.map(RankKey::byCriterionPoints);
    }
    Optional<String> text = mapping.text(node, Message.of("io.what.rankKey"));
    if (text.isEmpty()) {
      return Optional.empty();
    }
    switch (text.get()) {
      case "total":
        return Optional.of(RankKey.byTotal());
      case "grade":
        return Optional.of(RankKey.byGrade());
      case "direct-production-first":
        return Optional.of(RankKey.directProductionFirst());
      case "participant-id":
        return Optional.of(RankKey.byParticipantId());
      default:
        mapping.problem(node, Message.of("io.rankKey.unknown", text.get(), "{criterion: <id>}",
            Suggestions.suggestion(text.get(),
                List.of("total", "grade", "direct-production-first", "participant-id"))));
        return Optional.empty();
    }
  }
}
