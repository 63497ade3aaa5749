package io.emulation.core.period;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A review period: a closed range of dates with a shape (quarter, half-year, year, month or
 * custom). Periods nest: {@code Period.half(2021, 1).contains(Period.quarter(2021, 2))}, which is
 * how quarterly results roll up into a half-year.
 *
 * <p>The text form, used by {@link #parse} and {@link #toString}, is {@code 2021},
 * {@code 2021-H1}, {@code 2021-Q2}, {@code 2021-05} or {@code 2021-03-01..2021-05-31}.
 *
 * @param kind the shape; a calendar shape must match its dates exactly
 * @param start the first day, inclusive
 * @param end the last day, inclusive, not before {@code start}
 * @since 0.1
 */
public record Period(PeriodKind kind, LocalDate start, LocalDate end) implements Comparable<Period> {
  private static final Pattern TEXT = Pattern.compile(
      "(?<year>\\d{4})(?:-(?:H(?<half>[12])|Q(?<quarter>[1-4])|(?<month>\\d{2})))?");
  private static final Comparator<Period> ORDER =
      Comparator.comparing(Period::start).thenComparing(Period::end, Comparator.reverseOrder())
          .thenComparing(Period::kind);

  /** Checks that the dates are ordered and match the shape. */
  public Period {
    requireNonNull(kind, "kind");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(!end.isBefore(start), "period end %s is before its start %s", end, start);
    if (kind != PeriodKind.CUSTOM) {
      LocalDate expectedEnd = calendarEnd(kind, start);
      checkArgument(start.equals(calendarStart(kind, start)) && end.equals(expectedEnd),
          "a %s period must run from %s to %s but was %s..%s", kind, calendarStart(kind, start),
          expectedEnd, start, end);
    }
  }

  /** The calendar year. */
  public static Period year(int year) {
    return calendar(PeriodKind.YEAR, LocalDate.of(year, 1, 1));
  }

  /** Half-year 1 (January–June) or 2 (July–December). */
  public static Period half(int year, int half) {
    checkArgument(half == 1 || half == 2, "half-year must be 1 or 2 but was %s", half);
    return calendar(PeriodKind.HALF_YEAR, LocalDate.of(year, half == 1 ? 1 : 7, 1));
  }

  /** Quarter 1 to 4. */
  public static Period quarter(int year, int quarter) {
    checkArgument(quarter >= 1 && quarter <= 4, "quarter must be 1 to 4 but was %s", quarter);
    return calendar(PeriodKind.QUARTER, LocalDate.of(year, 3 * quarter - 2, 1));
  }

  /** A calendar month, 1 to 12. */
  public static Period month(int year, int month) {
    checkArgument(month >= 1 && month <= 12, "month must be 1 to 12 but was %s", month);
    return calendar(PeriodKind.MONTH, LocalDate.of(year, month, 1));
  }

  /** A custom range, both days inclusive. */
  public static Period of(LocalDate start, LocalDate end) {
    return new Period(PeriodKind.CUSTOM, start, end);
  }

  /**
   * Parses the text form described on the class.
   *
   * @throws IllegalArgumentException naming the text when it is not a period
   */
  public static Period parse(String text) {
    requireNonNull(text, "text");
    String trimmed = text.trim();
    try {
      int range = trimmed.indexOf("..");
      if (range >= 0) {
        return of(LocalDate.parse(trimmed.substring(0, range)),
            LocalDate.parse(trimmed.substring(range + 2)));
      }
      Matcher m = TEXT.matcher(trimmed);
      if (m.matches()) {
        int year = Integer.parseInt(m.group("year"));
        if (m.group("half") != null) {
          return half(year, Integer.parseInt(m.group("half")));
        }
        if (m.group("quarter") != null) {
          return quarter(year, Integer.parseInt(m.group("quarter")));
        }
        if (m.group("month") != null) {
          return month(year, Integer.parseInt(m.group("month")));
        }
        return year(year);
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not a period: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("'" + text + "' is not a period; expected 2021, 2021-H1, "
        + "2021-Q2, 2021-05 or 2021-03-01..2021-05-31");
  }

  /** Whether {@code other} lies wholly inside this period (a period contains itself). */
  public boolean contains(Period other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /** Whether the day lies in this period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** The period of the same shape {@code years} years earlier ("the same period last year"). */
  public Period minusYears(int years) {
    if (kind == PeriodKind.CUSTOM) {
      return of(start.minusYears(years), end.minusYears(years));
    }
    return calendar(kind, start.minusYears(years));
  }

  /**
   * The period of the same shape just before this one: the previous year, half-year, quarter or
   * month; for a custom range, the range of the same number of days ending the day before it
   * starts. Used for "held N consecutive times".
   */
  public Period previous() {
    return switch (kind) {
      case YEAR -> calendar(kind, start.minusYears(1));
      case HALF_YEAR -> calendar(kind, start.minusMonths(6));
      case QUARTER -> calendar(kind, start.minusMonths(3));
      case MONTH -> calendar(kind, start.minusMonths(1));
      case CUSTOM -> of(start.minusDays(java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1),
          start.minusDays(1));
    };
  }

  @Override
  public int compareTo(Period other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case YEAR -> Integer.toString(start.getYear());
      case HALF_YEAR -> start.getYear() + "-H" + (start.getMonthValue() == 1 ? 1 : 2);
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
      case MONTH -> YearMonth.from(start).toString();
      case CUSTOM -> start + ".." + end;
    };
  }

  private static Period calendar(PeriodKind kind, LocalDate start) {
    return new Period(kind, start, calendarEnd(kind, start));
  }

  private static LocalDate calendarStart(PeriodKind kind, LocalDate day) {
    int firstMonth = switch (kind) {
      case YEAR -> 1;
      case HALF_YEAR -> day.getMonthValue() <= 6 ? 1 : 7;
      case QUARTER -> (day.getMonthValue() - 1) / 3 * 3 + 1;
      case MONTH, CUSTOM -> day.getMonthValue();
    };
    return LocalDate.of(day.getYear(), firstMonth, 1);
  }

  private static LocalDate calendarEnd(PeriodKind kind, LocalDate start) {
    int months = switch (kind) {
      case YEAR -> 12;
      case HALF_YEAR -> 6;
      case QUARTER -> 3;
      case MONTH, CUSTOM -> 1;
    };
    return calendarStart(kind, start).plusMonths(months).minusDays(1);
  }
}
