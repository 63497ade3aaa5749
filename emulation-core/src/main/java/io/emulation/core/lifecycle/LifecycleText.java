package io.emulation.core.lifecycle;

import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.lifecycle.PeriodComparison.CriterionChange;
import io.emulation.core.lifecycle.ResultDiff.AwardChange;
import io.emulation.core.lifecycle.ResultDiff.FieldChange;
import io.emulation.core.period.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every text of the lifecycle package meant for people: messages, explanations and reports, in
 * one place so they can move to resource bundles. Ids, codes and numbers are passed in and shown
 * as they are.
 */
final class LifecycleText {
  private LifecycleText() {}

  // ---- states

  static String illegalTransition(String campaignId, CampaignState from, CampaignState to) {
    return "campaign '" + campaignId + "' cannot move from " + from + " to " + to + "; from "
        + from + " it may only move to " + from.successors().stream().map(Enum::name)
            .collect(Collectors.joining(" or "));
  }

  static String transitionBeforePrevious(String campaignId, CampaignState from,
      CampaignState to, Instant at, Instant previous) {
    return "campaign '" + campaignId + "' cannot move from " + from + " to " + to + " at " + at
        + ", before its previous transition at " + previous;
  }

  // ---- registration

  static String registration(Registration registration, RegistrationWindow window) {
    String head = registration.participantId() + " for " + registration.awardId() + " on "
        + registration.on() + ": " + registration.outcome().name().toLowerCase(Locale.ROOT);
    if (registration.issues().isEmpty()) {
      return head;
    }
    List<String> issues = new ArrayList<>();
    for (Registration.Issue issue : registration.issues()) {
      issues.add(switch (issue) {
        case EARLY -> "early: the window opens on " + window.opens();
        case LATE -> "late: the window closed on " + window.closes();
        case DUPLICATE -> "duplicate: already registered for " + registration.awardId();
      });
    }
    return head + " (" + String.join("; ", issues) + ")";
  }

  static String twoStanding(String campaignId, Registration entry) {
    return "registrations of campaign '" + campaignId + "' have two standing registrations of "
        + entry.participantId() + " for " + entry.awardId() + "; the second must be flagged or "
        + "rejected as a duplicate";
  }

  // ---- reviews

  static String notReviewed(String campaignId, Period period, Set<Period> reviewed) {
    return "campaign '" + campaignId + "' has no review of " + period + "; reviewed: "
        + reviewed;
  }

  static String comparison(PeriodComparison comparison) {
    String relation = switch (comparison.relation()) {
      case SAME_PERIOD_LAST_YEAR -> "vs the same period last year";
      case PREVIOUS_PERIOD -> "vs the previous period";
      case OTHER -> "vs " + comparison.baseline();
    };
    StringBuilder text = new StringBuilder().append(comparison.current()).append(" vs ")
        .append(comparison.baseline()).append(" (campaign '").append(comparison.campaignId())
        .append("')");
    for (CriterionChange change : comparison.criteria()) {
      text.append('\n').append(change.criterionId());
      if (!change.criterionName().isEmpty()
          && !change.criterionName().equals(change.criterionId())) {
        text.append(" (").append(change.criterionName()).append(')');
      }
      text.append(": ").append(change.currentSum().toPlainString()).append(" in ")
          .append(comparison.current()).append(", ").append(change.baselineSum().toPlainString())
          .append(" in ").append(comparison.baseline()).append(", ")
          .append(signed(change.change())).append(" (")
          .append(percent(change.percentChange())).append(' ').append(relation).append(')');
    }
    return text.toString();
  }

  private static String percent(Optional<BigDecimal> percent) {
    return percent.map(p -> signed(p) + "%").orElse("no % change from zero");
  }

  private static String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + value.toPlainString();
  }

  // ---- peak drives and history

  static String unknownGrantedAward(String campaignId, String awardId, AwardRuleSet rules) {
    return "campaign '" + campaignId + "' granted award '" + awardId + "', which the rules '"
        + rules.name() + "' do not have, so its kind is unknown";
  }

  static String notAPeakDrive(Campaign drive) {
    return "campaign '" + drive.id() + "' is " + drive.kind() + ", not a PEAK_DRIVE";
  }

  static String otherParent(Campaign drive, Campaign parent) {
    return "peak drive '" + drive.id() + "' names "
        + drive.parentId().map(p -> "parent '" + p + "'").orElse("no parent")
        + ", not '" + parent.id() + "'";
  }

  static String outsideParent(Campaign drive, Campaign parent) {
    return "peak drive '" + drive.id() + "' runs over " + drive.period()
        + ", not inside the period " + parent.period() + " of campaign '" + parent.id() + "'";
  }

  // ---- revisions

  static String diff(ResultDiff diff) {
    if (diff.isEmpty()) {
      return "no change";
    }
    List<String> lines = new ArrayList<>();
    diff.added().forEach(id -> lines.add(id + " added"));
    diff.removed().forEach(id -> lines.add(id + " removed"));
    for (AwardChange change : diff.awards()) {
      lines.add(change.participantId()
          + (change.change() == AwardChange.Change.GAINED ? " gained " : " lost ")
          + change.awardId());
    }
    for (FieldChange change : diff.fields()) {
      lines.add(change.participantId() + " " + change.field().name().toLowerCase(Locale.ROOT)
          + " " + change.before() + " -> " + change.after());
    }
    return String.join("\n", lines);
  }

  static String conflict(String campaignId, Period period, int expected, int actual) {
    return "cannot publish revision " + (expected + 1) + " of campaign '" + campaignId
        + "' for " + period + ": expected the latest revision to be " + expected
        + " but it is " + actual + "; read revision " + actual
        + ", check the correction still applies and publish with expected version " + actual;
  }
}
