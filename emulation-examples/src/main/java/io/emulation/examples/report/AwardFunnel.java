package io.emulation.examples.report;

import static java.util.Objects.requireNonNull;

import io.emulation.core.award.AwardDecision;
import io.emulation.core.award.AwardEvaluator;
import io.emulation.core.award.AwardInputs;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRule;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.Condition;
import io.emulation.core.award.Conditions;
import io.emulation.core.award.ExclusionGroup;
import io.emulation.core.award.Quota;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.text.Languages;
import io.emulation.core.text.Message;
import io.emulation.core.text.TextCatalog;
import io.emulation.examples.text.LibraryText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How many participants each award's conditions let through, one condition after another, as
 * the rule lists them: "412 individuals → 130 graded GOOD or better → 118 registered → ... → 73
 * within the quota". Each step is counted by deciding the awards again with the rule cut down to
 * its first conditions and no quota, so the numbers are the engine's own, not a re-implementation
 * of the rules.
 *
 * @param awardId the award
 * @param awardName its display name
 * @param recipient individuals or collectives
 * @param considered how many participants of that kind were evaluated
 * @param steps the rule's top-level conditions in order, each with how many meet it and every
 *     condition before it
 * @param quota the quota in words, empty when there is none
 * @param granted how many were granted the award in the real decision
 * @since 0.1
 */
public record AwardFunnel(String awardId, String awardName, ParticipantKind recipient,
    int considered, List<Step> steps, Optional<Message> quota, int granted) {

  /** Checks the parts and copies the steps. */
  public AwardFunnel {
    requireNonNull(awardId, "awardId");
    requireNonNull(awardName, "awardName");
    requireNonNull(recipient, "recipient");
    steps = List.copyOf(steps);
    requireNonNull(quota, "quota");
  }

  /**
   * One step of a funnel.
   *
   * @param condition the condition in words, in the reader's language when read
   * @param remaining how many meet it and every condition before it
   * @since 0.1
   */
  public record Step(Message condition, int remaining) {
    /** Checks the parts. */
    public Step {
      requireNonNull(condition, "condition");
    }
  }

  /** The funnel of every rule, in decision order. */
  public static List<AwardFunnel> of(Campaign campaign, EvaluationResult evaluation,
      AwardRuleSet rules, AwardInputs inputs, AwardResult awards) {
    List<AwardFunnel> funnels = new ArrayList<>();
    for (AwardRule rule : rules.decisionOrder()) {
      funnels.add(of(campaign, evaluation, rules, inputs, awards, rule));
    }
    return List.copyOf(funnels);
  }

  private static AwardFunnel of(Campaign campaign, EvaluationResult evaluation,
      AwardRuleSet ruleSet, AwardInputs inputs, AwardResult awards, AwardRule rule) {
    AwardRuleSet rules = upTo(ruleSet, rule);
    ParticipantKind kind = rule.award().recipient();
    int considered = (kind == ParticipantKind.INDIVIDUAL ? evaluation.individuals()
        : evaluation.collectives()).size();
    Condition eligibility = rule.eligibility();
    List<Condition> parts = eligibility instanceof Conditions.All all
        ? all.conditions() : List.of(eligibility);
    List<Step> steps = new ArrayList<>();
    for (int k = 1; k <= parts.size(); k++) {
      Condition first = k == 1 ? parts.get(0)
          : Conditions.all(parts.subList(0, k).toArray(Condition[]::new));
      AwardRule cut = new AwardRule(rule.award(), first, Quota.none(), rule.allocationOrder());
      AwardResult trial = AwardEvaluator.of(rules.toBuilder().replaceRule(cut).build())
          .evaluate(campaign, evaluation, inputs);
      steps.add(new Step(LibraryText.describe(parts.get(k - 1)), count(trial, rule)));
    }
    Optional<Message> quota = rule.quota().isLimited()
        ? Optional.of(LibraryText.describe(rule.quota())) : Optional.empty();
    return new AwardFunnel(rule.award().id(), rule.award().name(), kind, considered, steps,
        quota, awards.recipients(rule.award().id()).size());
  }

  /**
   * The rules decided before {@code last} and {@code last} itself: all its decisions can depend
   * on, so the later ones need not be decided again for each step. Exclusion groups keep the
   * awards that remain, when at least two do.
   */
  private static AwardRuleSet upTo(AwardRuleSet rules, AwardRule last) {
    List<AwardRule> kept = new ArrayList<>();
    for (AwardRule rule : rules.decisionOrder()) {
      kept.add(rule);
      if (rule.equals(last)) {
        break;
      }
    }
    AwardRuleSet.Builder builder = AwardRuleSet.builder(rules.name())
        .rules(kept.toArray(AwardRule[]::new));
    List<String> ids = kept.stream().map(r -> r.award().id()).toList();
    for (ExclusionGroup group : rules.exclusionGroups()) {
      List<String> remaining = group.awardIds().stream().filter(ids::contains).toList();
      if (remaining.size() >= 2) {
        builder.exclusionGroup(ExclusionGroup.of(group.id(), remaining.toArray(String[]::new)));
      }
    }
    return builder.build();
  }

  /** Decided eligible: granted, or left without a quota place. */
  private static int count(AwardResult trial, AwardRule rule) {
    return (int) trial.decisions().stream()
        .filter(d -> d.awardId().equals(rule.award().id()))
        .filter(d -> d.outcome() == AwardDecision.Outcome.GRANTED
            || d.outcome() == AwardDecision.Outcome.NO_QUOTA_PLACE)
        .count();
  }

  /** The funnel on one line: {@code chien-si-tien-tien: 412 individuals → 130 grade ... → 73}. */
  public String describe() {
    return describe(Languages.ENGLISH);
  }

  /**
   * The funnel on one line in the given language.
   *
   * @since 0.2
   */
  public String describe(Locale locale) {
    TextCatalog.Localized text = ReportText.CATALOG.in(locale);
    StringBuilder line = new StringBuilder(recipient == ParticipantKind.INDIVIDUAL
        ? text.get("report.funnel.start", awardId, considered)
        : text.get("report.funnel.startCollectives", awardId, considered));
    for (Step step : steps) {
      line.append(" → ").append(text.get("report.funnel.step", step.remaining(),
          step.condition()));
    }
    if (quota.isPresent()) {
      line.append(" → ").append(text.get("report.funnel.withinQuota", granted, quota.get()));
    } else if (steps.isEmpty() || granted != steps.get(steps.size() - 1).remaining()) {
      line.append(" → ").append(text.get("report.funnel.granted", granted));
    }
    return line.toString();
  }
}
