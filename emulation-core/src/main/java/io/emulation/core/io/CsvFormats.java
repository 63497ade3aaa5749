package io.emulation.core.io;

import static io.emulation.core.io.CsvColumn.optional;
import static io.emulation.core.io.CsvColumn.required;

import io.emulation.core.award.AwardKind;
import io.emulation.core.award.AwardLevel;
import io.emulation.core.award.Initiative;
import io.emulation.core.award.PastAward;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.Individual;
import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The layout of each kind of CSV file and how one of its rows becomes a domain value. A mapper
 * reads every column of its row, so each row reports all its problems, and builds a value only
 * when the row has none. {@link CsvData} documents the layouts.
 */
final class CsvFormats {
  private static final Message DECIMAL = Message.of("io.csv.expected.decimal");
  private static final Message YES_NO = Message.of("io.csv.expected.yesNo");

  static final CsvColumn PARTICIPANT =
      required("participant", Message.of("io.csv.expected.participant"));
  static final CsvColumn CRITERION = required("criterion", Message.of("io.csv.expected.criterion"));
  static final CsvColumn PERIOD = required("period", Message.of("io.csv.expected.period"));
  static final CsvColumn VALUE = required("value", DECIMAL);
  static final CsvColumn TARGET = optional("target", DECIMAL);
  static final CsvColumn SOURCE = optional("source", Message.of("io.csv.expected.source"));
  static final CsvColumn ADJUSTMENT_KIND =
      required("kind", Message.of("io.csv.expected.adjustmentKind"));
  static final CsvColumn POINTS = required("points", Message.of("io.csv.expected.points"));
  static final CsvColumn REASON = required("reason", Message.of("io.csv.expected.reason"));
  static final CsvColumn AWARD = required("award", Message.of("io.csv.expected.award"));
  static final CsvColumn AWARD_KIND = required("kind", choices(AwardKind.class));
  static final CsvColumn TITLE = required("title", Message.of("io.csv.expected.title"));
  static final CsvColumn REACH = required("reach", choices(AwardLevel.class));
  static final CsvColumn ID = required("id", Message.of("io.csv.expected.personId"));
  static final CsvColumn NAME = required("name", Message.of("io.csv.expected.personName"));
  static final CsvColumn UNIT = required("unit", Message.of("io.csv.expected.unit"));
  static final CsvColumn HIRED = optional("hired", Message.of("io.csv.expected.date"));
  static final CsvColumn DISCIPLINE = optional("discipline", choices(DisciplinaryLevel.class));
  static final CsvColumn UNDER_REVIEW = optional("underReview", YES_NO);
  static final CsvColumn DIRECT_PRODUCTION = optional("directProduction", YES_NO);

  static final CsvLayout MEASUREMENTS = CsvLayout.of(Message.of("io.csv.kind.measurements"),
      PARTICIPANT, CRITERION, PERIOD, VALUE, TARGET, SOURCE);
  static final CsvLayout ADJUSTMENTS = CsvLayout.of(Message.of("io.csv.kind.adjustments"),
      PARTICIPANT, PERIOD, ADJUSTMENT_KIND, POINTS, REASON);
  static final CsvLayout REGISTRATIONS =
      CsvLayout.of(Message.of("io.csv.kind.registrations"), PARTICIPANT, AWARD);
  static final CsvLayout HISTORY = CsvLayout.of(Message.of("io.csv.kind.history"),
      PARTICIPANT, AWARD, PERIOD, AWARD_KIND);
  static final CsvLayout INITIATIVES = CsvLayout.of(Message.of("io.csv.kind.initiatives"),
      PARTICIPANT, TITLE, REACH, PERIOD);
  static final CsvLayout INDIVIDUALS = CsvLayout.of(Message.of("io.csv.kind.individuals"),
      ID, NAME, UNIT, HIRED, DISCIPLINE, UNDER_REVIEW, DIRECT_PRODUCTION);

  private final CellFormat<BigDecimal> decimal;
  private final CellFormat<BigDecimal> positive;

  CsvFormats(ReadLimits limits) {
    this.decimal = CellFormats.decimal(limits.maxNumberLength());
    this.positive = CellFormats.positiveDecimal(limits.maxNumberLength());
  }

  /** A measurement; its source is {@code file:line} unless the row names one. */
  Measurement measurement(CsvRow row) {
    MeasurementCells cells = measurementCells(row);
    return row.hasProblems() ? null : new Measurement(cells.participant(), cells.criterion(),
        cells.period(), cells.value(), cells.target(), cells.source().orElse(row.fileLine()));
  }

  /** Every value of a measurement row, each checked; a missing or bad one is a problem. */
  MeasurementCells measurementCells(CsvRow row) {
    String participant = row.required(PARTICIPANT, CellFormats.TEXT);
    String criterion = row.required(CRITERION, CellFormats.TEXT);
    Period period = row.required(PERIOD, CellFormats.PERIOD);
    BigDecimal value = row.required(VALUE, decimal);
    Optional<BigDecimal> target = row.optional(TARGET, decimal);
    Optional<String> source = row.optional(SOURCE, CellFormats.TEXT);
    return new MeasurementCells(participant, criterion, period, value, target, source);
  }

  /** A bonus or penalty. */
  Adjustment adjustment(CsvRow row) {
    String participant = row.required(PARTICIPANT, CellFormats.TEXT);
    Period period = row.required(PERIOD, CellFormats.PERIOD);
    Adjustment.Kind kind = row.required(ADJUSTMENT_KIND, CellFormats.choice(Adjustment.Kind.class));
    BigDecimal points = row.required(POINTS, positive);
    String reason = row.required(REASON, CellFormats.TEXT);
    return row.hasProblems() ? null : new Adjustment(participant, period, kind, points, reason);
  }

  /** A mapper of registrations to (participant, award) pairs; a pair given twice is a problem. */
  static Function<CsvRow, Map.Entry<String, String>> registrations() {
    Map<List<String>, Integer> seen = new HashMap<>();
    return row -> {
      String participant = row.required(PARTICIPANT, CellFormats.TEXT);
      String award = row.required(AWARD, CellFormats.TEXT);
      if (row.hasProblems()) {
        return null;
      }
      Integer first = seen.putIfAbsent(List.of(participant, award), row.line());
      if (first != null) {
        row.problem(AWARD, Message.of("io.csv.alreadyRegistered",
            CellFormats.shown(participant), CellFormats.shown(award), first));
      }
      return Map.entry(participant, award);
    };
  }

  /** An award granted before. */
  static PastAward pastAward(CsvRow row) {
    String participant = row.required(PARTICIPANT, CellFormats.TEXT);
    String award = row.required(AWARD, CellFormats.TEXT);
    Period period = row.required(PERIOD, CellFormats.PERIOD);
    AwardKind kind = row.required(AWARD_KIND, CellFormats.choice(AwardKind.class));
    return row.hasProblems() ? null : new PastAward(participant, award, period, kind);
  }

  /** A recognised initiative. */
  static Initiative initiative(CsvRow row) {
    String participant = row.required(PARTICIPANT, CellFormats.TEXT);
    String title = row.required(TITLE, CellFormats.TEXT);
    AwardLevel reach = row.required(REACH, CellFormats.choice(AwardLevel.class));
    Period period = row.required(PERIOD, CellFormats.PERIOD);
    return row.hasProblems() ? null : new Initiative(participant, title, reach, period);
  }

  /** A mapper of individuals; an id given twice is a problem. */
  static Function<CsvRow, Individual> individuals() {
    Map<String, Integer> seen = new HashMap<>();
    return row -> {
      String id = row.required(ID, CellFormats.TEXT);
      String name = row.required(NAME, CellFormats.TEXT);
      String unit = row.required(UNIT, CellFormats.TEXT);
      Optional<LocalDate> hired = row.optional(HIRED, CellFormats.DATE_FORMAT);
      DisciplinaryLevel discipline = row.optional(DISCIPLINE,
          CellFormats.choice(DisciplinaryLevel.class)).orElse(DisciplinaryLevel.NONE);
      boolean underReview = row.optional(UNDER_REVIEW, CellFormats.BOOLEAN).orElse(false);
      boolean direct = row.optional(DIRECT_PRODUCTION, CellFormats.BOOLEAN).orElse(false);
      if (id != null) {
        Integer first = seen.putIfAbsent(id, row.line());
        if (first != null) {
          row.problem(ID, Message.of("io.csv.givenAgain", CellFormats.shown(id), first));
        }
      }
      if (row.hasProblems()) {
        return null;
      }
      Individual person = Individual.of(id, name, unit).withDiscipline(discipline)
          .withUnderReview(underReview).withDirectProduction(direct);
      return hired.map(person::withHireDate).orElse(person);
    };
  }

  /**
   * The values of a measurement row as read: a required one is {@code null} when it was missing
   * or bad, an optional one empty when it was absent or bad; the row has a problem for each.
   *
   * @param participant who was measured
   * @param criterion what was measured
   * @param period when
   * @param value the value
   * @param target the row's own target
   * @param source the row's own source, when it names one
   */
  record MeasurementCells(String participant, String criterion, Period period, BigDecimal value,
      Optional<BigDecimal> target, Optional<String> source) {}

  private static Message choices(Class<? extends Enum<?>> type) {
    return Message.of("io.csv.expected.oneOf", CellFormats.allowed(type));
  }
}
