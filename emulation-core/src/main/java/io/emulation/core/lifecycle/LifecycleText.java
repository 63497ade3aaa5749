package io.emulation.core.lifecycle;

import com.google.common.collect.ImmutableList;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.lifecycle.PeriodComparison.CriterionChange;
import io.emulation.core.lifecycle.ResultDiff.AwardChange;
import io.emulation.core.lifecycle.ResultDiff.FieldChange;
import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every text of the lifecycle package meant for people, as {@link Message}s of the {@code
 * lifecycle} catalog. Ids, codes and periods are passed in as written; numbers stay exact, so a
 * Vietnamese reader sees them with a decimal comma.
 */
final class LifecycleText {
  private LifecycleText() {}

  // ---- states

  static Message illegalTransition(String campaignId, CampaignState from, CampaignState to) {
    return Message.of("lifecycle.transition.illegal", campaignId, from, to,
        ImmutableList.copyOf(from.successors()));
  }

  static Message transitionBeforePrevious(String campaignId, CampaignState from,
      CampaignState to, Instant at, Instant previous) {
    return Message.of("lifecycle.transition.beforePrevious", campaignId, from, to,
        at.toString(), previous.toString());
  }

  // ---- registration

  static Message registration(Registration registration, RegistrationWindow window) {
    Message outcome = switch (registration.outcome()) {
      case ACCEPTED -> Message.of("lifecycle.registration.outcome.accepted");
      case FLAGGED -> Message.of("lifecycle.registration.outcome.flagged");
      case REJECTED -> Message.of("lifecycle.registration.outcome.rejected");
    };
    if (registration.issues().isEmpty()) {
      return Message.of("lifecycle.registration.explained", registration.participantId(),
          registration.awardId(), registration.on(), outcome);
    }
    ImmutableList.Builder<Message> issues = ImmutableList.builder();
    for (Registration.Issue issue : registration.issues()) {
      issues.add(switch (issue) {
        case EARLY -> Message.of("lifecycle.registration.issue.early", window.opens());
        case LATE -> Message.of("lifecycle.registration.issue.late", window.closes());
        case DUPLICATE -> Message.of("lifecycle.registration.issue.duplicate",
            registration.awardId());
      });
    }
    return Message.of("lifecycle.registration.explainedWithIssues",
        registration.participantId(), registration.awardId(), registration.on(), outcome,
        issues.build());
  }

  static Message twoStanding(String campaignId, Registration entry) {
    return Message.of("lifecycle.registration.twoStanding", campaignId, entry.participantId(),
        entry.awardId());
  }

  // ---- reviews

  static Message notReviewed(String campaignId, Period period, Set<Period> reviewed) {
    return Message.of("lifecycle.review.notReviewed", campaignId, period.toString(),
        texts(reviewed));
  }

  /** The heading, then a line per criterion. */
  static ImmutableList<Message> comparison(PeriodComparison comparison) {
    Message relation = switch (comparison.relation()) {
      case SAME_PERIOD_LAST_YEAR ->
          Message.of("lifecycle.comparison.relation.samePeriodLastYear");
      case PREVIOUS_PERIOD -> Message.of("lifecycle.comparison.relation.previousPeriod");
      case OTHER -> Message.of("lifecycle.comparison.relation.other",
          comparison.baseline().toString());
    };
    String current = comparison.current().toString();
    String baseline = comparison.baseline().toString();
    ImmutableList.Builder<Message> lines = ImmutableList.builder();
    lines.add(Message.of("lifecycle.comparison.heading", current, baseline,
        comparison.campaignId()));
    for (CriterionChange change : comparison.criteria()) {
      Object criterion = change.criterionName().isEmpty()
          || change.criterionName().equals(change.criterionId()) ? change.criterionId()
          : Message.of("lifecycle.comparison.criterionNamed", change.criterionId(),
              change.criterionName());
      lines.add(Message.of("lifecycle.comparison.line", criterion, change.currentSum(), current,
          change.baselineSum(), baseline, signed(change.change()),
          percent(change.percentChange()), relation));
    }
    return lines.build();
  }

  private static Message percent(Optional<BigDecimal> percent) {
    return percent.map(p -> Message.of("lifecycle.comparison.percent", signed(p)))
        .orElseGet(() -> Message.of("lifecycle.comparison.noPercent"));
  }

  /** A positive number with its {@code +}; zero and negative numbers as they are. */
  private static Object signed(BigDecimal value) {
    return value.signum() > 0 ? Message.of("lifecycle.signed.positive", value) : value;
  }

  // ---- peak drives and history

  static Message unknownGrantedAward(String campaignId, String awardId, AwardRuleSet rules) {
    return Message.of("lifecycle.history.unknownAward", campaignId, awardId, rules.name());
  }

  static Message notAPeakDrive(Campaign drive) {
    return Message.of("lifecycle.peakDrive.notPeakDrive", drive.id(), drive.kind().name());
  }

  static Message otherParent(Campaign drive, Campaign parent) {
    return drive.parentId()
        .map(p -> Message.of("lifecycle.peakDrive.otherParent", drive.id(), p, parent.id()))
        .orElseGet(() -> Message.of("lifecycle.peakDrive.noParent", drive.id(), parent.id()));
  }

  static Message outsideParent(Campaign drive, Campaign parent) {
    return Message.of("lifecycle.peakDrive.outsideParent", drive.id(),
        drive.period().toString(), parent.period().toString(), parent.id());
  }

  // ---- revisions

  /** A line per change; the one line {@code "no change"} when there is none. */
  static ImmutableList<Message> diff(ResultDiff diff) {
    if (diff.isEmpty()) {
      return ImmutableList.of(Message.of("lifecycle.diff.none"));
    }
    ImmutableList.Builder<Message> lines = ImmutableList.builder();
    diff.added().forEach(id -> lines.add(Message.of("lifecycle.diff.added", id)));
    diff.removed().forEach(id -> lines.add(Message.of("lifecycle.diff.removed", id)));
    for (AwardChange change : diff.awards()) {
      lines.add(change.change() == AwardChange.Change.GAINED
          ? Message.of("lifecycle.diff.gained", change.participantId(), change.awardId())
          : Message.of("lifecycle.diff.lost", change.participantId(), change.awardId()));
    }
    for (FieldChange change : diff.fields()) {
      lines.add(Message.of("lifecycle.diff.changed", change.participantId(),
          field(change.field()), value(change, change.before()),
          value(change, change.after())));
    }
    return lines.build();
  }

  private static Message field(FieldChange.Field field) {
    return switch (field) {
      case KIND -> Message.of("lifecycle.diff.field.kind");
      case UNIT -> Message.of("lifecycle.diff.field.unit");
      case TOTAL -> Message.of("lifecycle.diff.field.total");
      case GRADE -> Message.of("lifecycle.diff.field.grade");
      case RANK -> Message.of("lifecycle.diff.field.rank");
    };
  }

  /** A total as a number (a decimal comma in Vietnamese); every other value as written. */
  private static Object value(FieldChange change, String value) {
    if (change.field() == FieldChange.Field.TOTAL) {
      try {
        return new BigDecimal(value);
      } catch (NumberFormatException e) {
        return value;
      }
    }
    return value;
  }

  static Message conflict(String campaignId, Period period, int expected, int actual) {
    return Message.of("lifecycle.revision.conflict", expected + 1, campaignId,
        period.toString(), expected, actual);
  }

  private static ImmutableList<String> texts(Set<Period> periods) {
    List<String> texts = periods.stream().map(Period::toString).toList();
    return ImmutableList.copyOf(texts);
  }
}
