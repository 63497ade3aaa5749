package io.emulation.core.evaluation;

import io.emulation.core.Problem;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.RollUp;
import io.emulation.core.internal.Suggestions;
import io.emulation.core.org.Participant;
import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Measurements checked against a campaign and indexed by participant and criterion. */
final class MeasurementIndex {
  private final Map<String, Map<String, List<Measurement>>> byParticipant = new HashMap<>();

  private MeasurementIndex() {}

  /** Indexes the measurements, adding a problem for each that does not fit the campaign. */
  static MeasurementIndex of(Campaign campaign, Map<String, Participant> inScope,
      List<Measurement> measurements, List<Problem> problems) {
    MeasurementIndex index = new MeasurementIndex();
    for (int i = 0; i < measurements.size(); i++) {
      Measurement m = measurements.get(i);
      String where = locate(m, i);
      Optional<Participant> participant = campaign.organisation().participant(m.participantId());
      Optional<Criterion> criterion = campaign.criterion(m.criterionId());
      boolean fits = true;
      if (participant.isEmpty()) {
        problems.add(Problem.at(where, Message.of("evaluation.measurement.unknownParticipant",
            m.criterionId(), m.participantId())));
        fits = false;
      } else if (!inScope.containsKey(m.participantId())) {
        problems.add(Problem.at(where, Message.of("evaluation.measurement.outsideScope",
            m.participantId(), campaign.id())));
        fits = false;
      }
      if (criterion.isEmpty()) {
        problems.add(Problem.at(where, Message.of("evaluation.measurement.unknownCriterion",
            m.participantId(), m.criterionId(), Suggestions.suggestion(m.criterionId(),
                campaign.criteria().stream().map(Criterion::id).toList()))));
        fits = false;
      } else if (participant.isPresent()
          && criterion.get().appliesTo() != participant.get().kind()) {
        problems.add(Problem.at(where, Message.of("evaluation.measurement.otherKind",
            m.criterionId(), criterion.get().appliesTo(), m.participantId(),
            participant.get().kind())));
        fits = false;
      } else if (!criterion.get().isNegativeAllowed() && m.value().signum() < 0) {
        problems.add(Problem.at(where, Message.of("evaluation.measurement.negative",
            m.criterionId(), m.participantId(), m.value())));
        fits = false;
      }
      if (fits) {
        List<Measurement> same = index.byParticipant
            .computeIfAbsent(m.participantId(), k -> new HashMap<>())
            .computeIfAbsent(m.criterionId(), k -> new ArrayList<>());
        if (same.stream().anyMatch(other -> other.period().equals(m.period()))) {
          problems.add(Problem.at(where, Message.of("evaluation.measurement.duplicate",
              m.criterionId(), m.participantId(), m.period().toString())));
        } else {
          same.add(m);
        }
      }
    }
    return index;
  }

  /**
   * The participant's value of a criterion in a period: its own measurement, or the roll-up of
   * the measurements of periods inside it; empty when there is none. Overlapping sub-periods are
   * a problem, since rolling them up would count a stretch twice.
   */
  Optional<Resolved> resolve(String participantId, Criterion criterion, Period period,
      List<Problem> problems) {
    List<Measurement> all = byParticipant.getOrDefault(participantId, Map.of())
        .getOrDefault(criterion.id(), List.of());
    List<Measurement> inside = new ArrayList<>();
    for (Measurement m : all) {
      if (m.period().equals(period)) {
        return Optional.of(new Resolved(m.value(),
            m.target().or(criterion::target), Message.literal(m.source())));
      }
      if (period.contains(m.period())) {
        inside.add(m);
      }
    }
    if (inside.isEmpty()) {
      return Optional.empty();
    }
    inside.sort(Comparator.comparing(Measurement::period));
    for (int i = 1; i < inside.size(); i++) {
      if (!inside.get(i).period().start().isAfter(inside.get(i - 1).period().end())) {
        problems.add(Problem.at("measurements", Message.of("evaluation.measurement.overlap",
            criterion.id(), participantId, inside.get(i - 1).period().toString(),
            inside.get(i).period().toString(), period.toString())));
        return Optional.empty();
      }
    }
    BigDecimal value = rollUp(criterion.rollUp(), inside.stream().map(Measurement::value).toList());
    Optional<BigDecimal> target = inside.stream().allMatch(m -> m.target().isPresent())
        ? Optional.of(rollUp(criterion.rollUp(),
            inside.stream().map(m -> m.target().orElseThrow()).toList()))
        : criterion.target();
    Message parts = null;
    for (Measurement m : inside) {
      Message part = Message.of("evaluation.rollUp.part", m.period().toString(), m.value());
      parts = parts == null ? part : Message.of("evaluation.list.next", parts, part);
    }
    Message detail = Message.of("evaluation.rollUp", criterion.rollUp(), parts);
    return Optional.of(new Resolved(value, target, detail));
  }

  private static BigDecimal rollUp(RollUp how, List<BigDecimal> values) {
    return switch (how) {
      case SUM -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      case MEAN -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
          .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128);
      case LAST -> values.get(values.size() - 1);
    };
  }

  private static String locate(Measurement m, int index) {
    return m.source().isEmpty() ? "measurements[" + index + "]" : m.source();
  }

  /**
   * A value ready to score.
   *
   * @param value the value, rolled up if needed
   * @param target the measurement's own target(s) or the criterion's
   * @param detail where the value came from: the measurement's source (empty when it has
   *     none) or the roll-up of sub-periods
   */
  record Resolved(BigDecimal value, Optional<BigDecimal> target, Message detail) {}
}
