package io.emulation.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Period#previous()}: the period of the same shape just before, for every shape. */
class PeriodPreviousTest {

  @ParameterizedTest(name = "before {0} comes {1}")
  @CsvSource({
      "2021, 2020", "2000, 1999",
      "2021-H2, 2021-H1", "2021-H1, 2020-H2",
      "2021-Q4, 2021-Q3", "2021-Q3, 2021-Q2", "2021-Q2, 2021-Q1", "2021-Q1, 2020-Q4",
      "2021-12, 2021-11", "2021-03, 2021-02", "2024-03, 2024-02", "2021-01, 2020-12"})
  void calendarPeriodsStepBackOneOfTheirShape(String period, String previous) {
    assertThat(Period.parse(period).previous()).isEqualTo(Period.parse(previous));
  }

  @Test
  void previousKeepsTheShape() {
    for (Period period : new Period[] {Period.year(2021), Period.half(2021, 1),
        Period.quarter(2021, 1), Period.month(2021, 1),
        Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 3))}) {
      assertThat(period.previous().kind()).as("%s", period).isEqualTo(period.kind());
    }
  }

  @Test
  void previousEndsTheDayBeforeTheStartForEveryShape() {
    for (Period period : new Period[] {Period.year(2021), Period.half(2021, 2),
        Period.quarter(2021, 1), Period.month(2024, 3),
        Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 3))}) {
      assertThat(period.previous().end()).as("%s", period)
          .isEqualTo(period.start().minusDays(1));
    }
  }

  @Test
  void previousMonthOfMarchInALeapYearIsTheTwentyNineDayFebruary() {
    Period february = Period.month(2024, 3).previous();

    assertThat(february.start()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(february.end()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void previousOfACustomRangeHasTheSameNumberOfDaysEndingTheDayBefore() {
    Period drive = Period.of(LocalDate.of(2021, 3, 10), LocalDate.of(2021, 3, 19));

    assertThat(drive.previous())
        .isEqualTo(Period.of(LocalDate.of(2021, 2, 28), LocalDate.of(2021, 3, 9)));
  }

  @Test
  void previousOfAOneDayRangeIsTheDayBefore() {
    Period day = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 1));

    assertThat(day.previous())
        .isEqualTo(Period.of(LocalDate.of(2020, 12, 31), LocalDate.of(2020, 12, 31)));
  }

  @Test
  void previousOfACustomRangeCrossesTheYearBoundaryAndLeapDays() {
    Period march = Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));

    Period before = march.previous();

    assertThat(before).isEqualTo(Period.of(LocalDate.of(2024, 1, 30), LocalDate.of(2024, 2, 29)));
    assertThat(ChronoUnit.DAYS.between(before.start(), before.end()) + 1).isEqualTo(31);
  }

  @Test
  void previousOfACustomRangeCoveringAWholeYearIsAlsoCustom() {
    Period year = Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

    assertThat(year.previous())
        .isEqualTo(Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)))
        .isNotEqualTo(Period.year(2021));
  }

  @Test
  void previousOfACustomRangeCountsDaysNotCalendarYears() {
    Period year = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));

    // 365 days back from 2021-01-01 lands on 2020-01-02, 2020 being a leap year
    assertThat(year.previous())
        .isEqualTo(Period.of(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 12, 31)));
  }

  @Test
  void previousOfALeapYearsCustomRangeKeepsItsLength() {
    Period leapYear = Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));

    assertThat(leapYear.previous())
        .isEqualTo(Period.of(LocalDate.of(2018, 12, 31), LocalDate.of(2019, 12, 31)));
  }

  @Test
  void previousTwiceStepsBackTwice() {
    assertThat(Period.quarter(2021, 2).previous().previous()).isEqualTo(Period.quarter(2020, 4));
    assertThat(Period.half(2021, 1).previous().previous()).isEqualTo(Period.half(2020, 1));
  }
}
