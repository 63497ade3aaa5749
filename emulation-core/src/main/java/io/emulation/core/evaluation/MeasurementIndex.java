package io.emulation.core.evaluation;

import io.emulation.core.Problem;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MeasurementColumn;
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
import java.util.function.Supplier;

/**
 * Measurements checked against a campaign and indexed by participant and criterion.
 *
 * <p>Each participant with measurements has one slot per criterion of the campaign (by position
 * in {@link Campaign#criteria()}), and one more for the rows of its column entries: a slot holds
 * {@code null}, the one {@link Measurement} given, the one {@link MeasurementColumn} whose row
 * (in the {@code int[]} of the last slot) has the value, or the {@code List} of {@link
 * Measurement}s and {@link Cell}s when there are several periods (year over year, sub-periods).
 * Most slots hold a single entry, which saves a map and a list per participant and criterion,
 * and a column's value is not made into an object until it is read.
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

  /**
   * Indexes the measurements and the columns' rows, adding a problem for each that does not fit
   * the campaign.
   */
  static MeasurementIndex of(Campaign campaign, Map<String, Participant> inScope,
      List<Measurement> measurements, List<MeasurementColumn> columns, List<Problem> problems) {
    List<Criterion> all = campaign.criteria();
    Map<String, Integer> positions = new HashMap<>(all.size() * 2);
    for (int k = 0; k < all.size(); k++) {
      positions.putIfAbsent(all.get(k).id(), k);
    }
    MeasurementIndex index = new MeasurementIndex(positions, all.size());
    for (int i = 0; i < measurements.size(); i++) {
      Measurement m = measurements.get(i);
      int at = i;
      Supplier<String> where = () -> locate(m, at);
      Integer position = positions.get(m.criterionId());
      Criterion criterion = position == null ? null : all.get(position);
      boolean fits = fits(campaign, inScope, m.participantId(), m.criterionId(), criterion,
          m.value(), where, problems);
      if (criterion == null) {
        problems.add(Problem.at(where.get(),
            Message.of("evaluation.measurement.unknownCriterion", m.participantId(),
                m.criterionId(), suggestion(campaign, m.criterionId()))));
      } else if (fits) {
        index.add(m, m.participantId(), m.criterionId(), m.period(), position, 0, where,
            problems);
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      MeasurementColumn column = columns.get(c);
      String at = "columns[" + c + "] (" + column.criterionId() + " " + column.period() + ")";
      Integer position = positions.get(column.criterionId());
      if (position == null) {
        problems.add(Problem.at(at, Message.of("evaluation.column.unknownCriterion",
            column.criterionId(), suggestion(campaign, column.criterionId()))));
        continue;
      }
      Criterion criterion = all.get(position);
      for (int r = 0; r < column.size(); r++) {
        String participantId = column.participantId(r);
        int row = r;
        Supplier<String> where = () -> at + " row " + (row + 1);
        if (fits(campaign, inScope, participantId, column.criterionId(), criterion,
            column.value(r), where, problems)) {
          index.add(column, participantId, column.criterionId(), column.period(), position, r,
              where, problems);
        }
      }
    }
    return index;
  }

  private static Message suggestion(Campaign campaign, String criterionId) {
    return Suggestions.suggestion(criterionId,
        campaign.criteria().stream().map(Criterion::id).toList());
  }

  /**
   * Whether a measured value fits the campaign: its participant is known and in scope, of the
   * kind the criterion applies to, and the value is not negative where that is not allowed.
   * Adds a problem for each way it does not; a {@code null} criterion (unknown, reported by the
   * caller) fits nothing but is not reported again.
   */
  private static boolean fits(Campaign campaign, Map<String, Participant> inScope,
      String participantId, String criterionId, Criterion criterion, BigDecimal value,
      Supplier<String> where, List<Problem> problems) {
    // ids are unique across individuals and collectives, so the participant in scope is the
    // organisation's participant of that id
    Participant participant = inScope.get(participantId);
    boolean fits = criterion != null;
    if (participant == null) {
      participant = campaign.organisation().participant(participantId).orElse(null);
      fits = false;
      problems.add(Problem.at(where.get(), participant == null
          ? Message.of("evaluation.measurement.unknownParticipant", criterionId, participantId)
          : Message.of("evaluation.measurement.outsideScope", participantId, campaign.id())));
    }
    if (criterion == null) {
      return false;
    }
    if (participant != null && criterion.appliesTo() != participant.kind()) {
      problems.add(Problem.at(where.get(), Message.of("evaluation.measurement.otherKind",
          criterionId, criterion.appliesTo(), participantId, participant.kind())));
      fits = false;
    } else if (!criterion.isNegativeAllowed() && value.signum() < 0) {
      problems.add(Problem.at(where.get(), Message.of("evaluation.measurement.negative",
          criterionId, participantId, value)));
      fits = false;
    }
    return fits;
  }

  /**
   * Adds an entry: a {@link Measurement}, or a {@link MeasurementColumn} with the row holding
   * the participant's value.
   */
  private void add(Object entry, String participantId, String criterionId, Period period,
      int position, int row, Supplier<String> where, List<Problem> problems) {
    Object[] slots = byParticipant.computeIfAbsent(participantId, k -> new Object[criteria + 1]);
    Object slot = slots[position];
    if (slot == null) {
      slots[position] = entry;
      if (entry instanceof MeasurementColumn) {
        rows(slots)[position] = row;
      }
      return;
    }
    List<Object> same;
    if (slot instanceof List<?> several) {
      @SuppressWarnings("unchecked")
      List<Object> entries = (List<Object>) several;
      same = entries;
    } else {
      same = new ArrayList<>(2);
      same.add(slot instanceof MeasurementColumn column
          ? new Cell(column, rows(slots)[position]) : slot);
    }
    for (Object other : same) {
      if (periodOf(other).equals(period)) {
        problems.add(Problem.at(where.get(), Message.of("evaluation.measurement.duplicate",
            criterionId, participantId, period.toString())));
        return;
      }
    }
    same.add(entry instanceof MeasurementColumn column ? new Cell(column, row) : entry);
    slots[position] = same;
  }

  /** The rows of a participant's column entries, in its last slot, made when first needed. */
  private int[] rows(Object[] slots) {
    if (slots[criteria] == null) {
      slots[criteria] = new int[criteria];
    }
    return (int[]) slots[criteria];
  }

  private static Period periodOf(Object entry) {
    return entry instanceof Measurement m ? m.period() : ((Cell) entry).column().period();
  }

  private static Measurement measurementOf(Object entry) {
    return entry instanceof Measurement m ? m : ((Cell) entry).measurement();
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
    Integer found = slots == null ? null : positions.get(criterion.id());
    Object slot = found == null ? null : slots[found];
    if (slot == null) {
      return null;
    }
    int position = found;
    List<?> all;
    if (slot instanceof Measurement one) {
      if (one.period().equals(period)) {
        return own(one, criterion);
      }
      if (!period.contains(one.period())) {
        return null;
      }
      all = List.of(one);
    } else if (slot instanceof MeasurementColumn column) {
      int row = ((int[]) slots[criteria])[position];
      if (column.period().equals(period)) {
        return own(column.value(row), criterion);
      }
      if (!period.contains(column.period())) {
        return null;
      }
      all = List.of(column.measurement(row));
    } else {
      all = (List<?>) slot;
    }
    List<Measurement> inside = new ArrayList<>();
    for (Object entry : all) {
      Period at = periodOf(entry);
      if (at.equals(period)) {
        return entry instanceof Cell cell ? own(cell.value(), criterion)
            : own((Measurement) entry, criterion);
      }
      if (period.contains(at)) {
        inside.add(measurementOf(entry));
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

  /**
   * A column's value of exactly the period asked: as a {@link Measurement} without a target or
   * source of its own would be.
   */
  private static Resolved own(BigDecimal value, Criterion criterion) {
    return new Resolved(value, criterion.target(), NO_SOURCE);
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

  /** A column's row among several entries of a participant's slot. */
  private record Cell(MeasurementColumn column, int row) {
    BigDecimal value() {
      return column.value(row);
    }

    Measurement measurement() {
      return column.measurement(row);
    }
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
