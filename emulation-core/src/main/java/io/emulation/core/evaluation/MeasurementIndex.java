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

/**
 * Measurements checked against a campaign and indexed by participant and criterion.
 *
 * <p>Each participant with measurements has one slot per criterion of the campaign (by position
 * in {@link Campaign#criteria()}): {@code null}, the one {@link Measurement} given, or the {@code
 * List} of them when there are several periods (year over year, sub-periods). Most slots hold a
 * single measurement, which saves a map and a list per participant and criterion.
 */
final class MeasurementIndex {
  /** The source of a measurement that names none, shared. */
  private static final Message NO_SOURCE = Message.literal("");

  private final Map<String, Integer> positions;
  private final int criteria;
  private final Map<String, Object[]> byParticipant = new HashMap<>();

  private MeasurementIndex(Map<String, Integer> positions, int criteria) {
    this.positions = positions;
    this.criteria = criteria;
  }

  /** Indexes the measurements, adding a problem for each that does not fit the campaign. */
  static MeasurementIndex of(Campaign campaign, Map<String, Participant> inScope,
      List<Measurement> measurements, List<Problem> problems) {
    List<Criterion> all = campaign.criteria();
    Map<String, Integer> positions = new HashMap<>(all.size() * 2);
    for (int k = 0; k < all.size(); k++) {
      positions.putIfAbsent(all.get(k).id(), k);
    }
    MeasurementIndex index = new MeasurementIndex(positions, all.size());
    for (int i = 0; i < measurements.size(); i++) {
      Measurement m = measurements.get(i);
      // ids are unique across individuals and collectives, so the participant in scope is the
      // organisation's participant of that id
      Participant participant = inScope.get(m.participantId());
      boolean inside = participant != null;
      if (participant == null) {
        participant = campaign.organisation().participant(m.participantId()).orElse(null);
      }
      Integer position = positions.get(m.criterionId());
      Criterion criterion = position == null ? null : all.get(position);
      boolean fits = true;
      if (participant == null) {
        problems.add(Problem.at(locate(m, i),
            Message.of("evaluation.measurement.unknownParticipant", m.criterionId(),
                m.participantId())));
        fits = false;
      } else if (!inside) {
        problems.add(Problem.at(locate(m, i), Message.of("evaluation.measurement.outsideScope",
            m.participantId(), campaign.id())));
        fits = false;
      }
      if (criterion == null) {
        problems.add(Problem.at(locate(m, i),
            Message.of("evaluation.measurement.unknownCriterion", m.participantId(),
                m.criterionId(), Suggestions.suggestion(m.criterionId(),
                    campaign.criteria().stream().map(Criterion::id).toList()))));
        fits = false;
      } else if (participant != null && criterion.appliesTo() != participant.kind()) {
        problems.add(Problem.at(locate(m, i), Message.of("evaluation.measurement.otherKind",
            m.criterionId(), criterion.appliesTo(), m.participantId(), participant.kind())));
        fits = false;
      } else if (!criterion.isNegativeAllowed() && m.value().signum() < 0) {
        problems.add(Problem.at(locate(m, i), Message.of("evaluation.measurement.negative",
            m.criterionId(), m.participantId(), m.value())));
        fits = false;
      }
      if (fits) {
        index.add(m, position, i, problems);
      }
    }
    return index;
  }

  private void add(Measurement m, int position, int i, List<Problem> problems) {
    Object[] slots = byParticipant.computeIfAbsent(m.participantId(), k -> new Object[criteria]);
    Object slot = slots[position];
    if (slot == null) {
      slots[position] = m;
      return;
    }
    List<Measurement> same;
    if (slot instanceof Measurement one) {
      same = new ArrayList<>(2);
      same.add(one);
    } else {
      @SuppressWarnings("unchecked")
      List<Measurement> several = (List<Measurement>) slot;
      same = several;
    }
    for (Measurement other : same) {
      if (other.period().equals(m.period())) {
        problems.add(Problem.at(locate(m, i), Message.of("evaluation.measurement.duplicate",
            m.criterionId(), m.participantId(), m.period().toString())));
        return;
      }
    }
    same.add(m);
    slots[position] = same;
  }

  /** The slots of a participant, for {@link #resolve}; {@code null} when it has none. */
  Object[] slotsOf(String participantId) {
    return byParticipant.get(participantId);
  }

  /**
   * The participant's value of a criterion in a period: its own measurement, or the roll-up of
   * the measurements of periods inside it; {@code null} when there is none. Overlapping
   * sub-periods are a problem, since rolling them up would count a stretch twice.
   *
   * @param slots the participant's {@link #slotsOf slots}
   */
  Resolved resolve(Object[] slots, String participantId, Criterion criterion, Period period,
      List<Problem> problems) {
    Object slot = null;
    if (slots != null) {
      Integer position = positions.get(criterion.id());
      slot = position == null ? null : slots[position];
    }
    if (slot == null) {
      return null;
    }
    List<Measurement> all;
    if (slot instanceof Measurement one) {
      if (one.period().equals(period)) {
        return own(one, criterion);
      }
      if (!period.contains(one.period())) {
        return null;
      }
      all = List.of(one);
    } else {
      @SuppressWarnings("unchecked")
      List<Measurement> several = (List<Measurement>) slot;
      all = several;
    }
    List<Measurement> inside = new ArrayList<>();
    for (Measurement m : all) {
      if (m.period().equals(period)) {
        return own(m, criterion);
      }
      if (period.contains(m.period())) {
        inside.add(m);
      }
    }
    if (inside.isEmpty()) {
      return null;
    }
    inside.sort(Comparator.comparing(Measurement::period));
    for (int i = 1; i < inside.size(); i++) {
      if (!inside.get(i).period().start().isAfter(inside.get(i - 1).period().end())) {
        problems.add(Problem.at("measurements", Message.of("evaluation.measurement.overlap",
            criterion.id(), participantId, inside.get(i - 1).period().toString(),
            inside.get(i).period().toString(), period.toString())));
        return null;
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
    return new Resolved(value, target, detail);
  }

  /** A measurement of exactly the period asked. */
  private static Resolved own(Measurement m, Criterion criterion) {
    return new Resolved(m.value(), m.target().isPresent() ? m.target() : criterion.target(),
        m.source().isEmpty() ? NO_SOURCE : Message.literal(m.source()));
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
