package io.emulation.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @Test
  void yearRunsFromFirstOfJanuaryToLastOfDecember() {
    Period year = Period.year(2021);

    assertThat(year.kind()).isEqualTo(PeriodKind.YEAR);
    assertThat(year.start()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2021, 12, 31));
  }

  @Test
  void halvesSplitTheYearAtJuly() {
    assertThat(Period.half(2021, 1))
        .isEqualTo(new Period(PeriodKind.HALF_YEAR, LocalDate.of(2021, 1, 1),
            LocalDate.of(2021, 6, 30)));
    assertThat(Period.half(2021, 2))
        .isEqualTo(new Period(PeriodKind.HALF_YEAR, LocalDate.of(2021, 7, 1),
            LocalDate.of(2021, 12, 31)));
  }

  @ParameterizedTest
  @CsvSource({"1, 2021-01-01, 2021-03-31", "2, 2021-04-01, 2021-06-30",
      "3, 2021-07-01, 2021-09-30", "4, 2021-10-01, 2021-12-31"})
  void quarterCoversItsThreeMonths(int quarter, LocalDate start, LocalDate end) {
    Period period = Period.quarter(2021, quarter);

    assertThat(period.kind()).isEqualTo(PeriodKind.QUARTER);
    assertThat(period.start()).isEqualTo(start);
    assertThat(period.end()).isEqualTo(end);
  }

  @Test
  void monthEndsOnItsLastDay() {
    assertThat(Period.month(2021, 4).end()).isEqualTo(LocalDate.of(2021, 4, 30));
    assertThat(Period.month(2021, 12).end()).isEqualTo(LocalDate.of(2021, 12, 31));
  }

  @Test
  void februaryHasTwentyNineDaysInLeapYears() {
    assertThat(Period.month(2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Period.month(2000, 2).end()).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void februaryHasTwentyEightDaysInOtherYears() {
    assertThat(Period.month(2023, 2).end()).isEqualTo(LocalDate.of(2023, 2, 28));
    assertThat(Period.month(1900, 2).end()).isEqualTo(LocalDate.of(1900, 2, 28));
  }

  @Test
  void customRangeKeepsItsDays() {
    Period drive = Period.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 5, 31));

    assertThat(drive.kind()).isEqualTo(PeriodKind.CUSTOM);
    assertThat(drive.start()).isEqualTo(LocalDate.of(2021, 3, 1));
    assertThat(drive.end()).isEqualTo(LocalDate.of(2021, 5, 31));
  }

  @Test
  void customRangeOfOneDayIsAllowed() {
    LocalDate day = LocalDate.of(2021, 9, 2);

    assertThat(Period.of(day, day).contains(day)).isTrue();
  }

  @Test
  void endBeforeStartIsRejectedNamingBothDays() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.of(LocalDate.of(2021, 5, 31), LocalDate.of(2021, 3, 1)))
        .withMessage("period end 2021-03-01 is before its start 2021-05-31");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 3, -1})
  void halfOutsideOneAndTwoIsRejected(int half) {
    assertThatIllegalArgumentException().isThrownBy(() -> Period.half(2021, half))
        .withMessage("half-year must be 1 or 2 but was %d", half);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5})
  void quarterOutsideOneToFourIsRejected(int quarter) {
    assertThatIllegalArgumentException().isThrownBy(() -> Period.quarter(2021, quarter))
        .withMessage("quarter must be 1 to 4 but was %d", quarter);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 13})
  void monthOutsideOneToTwelveIsRejected(int month) {
    assertThatIllegalArgumentException().isThrownBy(() -> Period.month(2021, month))
        .withMessage("month must be 1 to 12 but was %d", month);
  }

  @Test
  void constructorRejectsQuarterWhoseDatesAreNotAQuarter() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Period(PeriodKind.QUARTER, LocalDate.of(2021, 2, 1),
            LocalDate.of(2021, 4, 30)))
        .withMessage("a QUARTER period must run from 2021-01-01 to 2021-03-31 but was "
            + "2021-02-01..2021-04-30");
  }

  @Test
  void constructorRejectsQuarterThatStartsRightButEndsLate() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Period(PeriodKind.QUARTER, LocalDate.of(2021, 4, 1),
            LocalDate.of(2021, 7, 31)))
        .withMessageContaining("must run from 2021-04-01 to 2021-06-30");
  }

  @Test
  void constructorRejectsMonthNotStartingOnTheFirst() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Period(PeriodKind.MONTH, LocalDate.of(2021, 5, 2),
            LocalDate.of(2021, 5, 31)))
        .withMessageContaining("a MONTH period must run from 2021-05-01 to 2021-05-31");
  }

  @Test
  void constructorAcceptsCalendarShapeWithExactDates() {
    Period q2 = new Period(PeriodKind.QUARTER, LocalDate.of(2021, 4, 1), LocalDate.of(2021, 6, 30));

    assertThat(q2).isEqualTo(Period.quarter(2021, 2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021", "2021-H1", "2021-H2", "2021-Q2", "2021-Q4", "2021-05", "2021-12",
      "2021-03-01..2021-05-31", "2024-02-01..2024-02-29"})
  void parseAndToStringRoundTrip(String text) {
    assertThat(Period.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void parseReadsEveryShape() {
    assertThat(Period.parse("2021")).isEqualTo(Period.year(2021));
    assertThat(Period.parse("2021-H1")).isEqualTo(Period.half(2021, 1));
    assertThat(Period.parse("2021-Q2")).isEqualTo(Period.quarter(2021, 2));
    assertThat(Period.parse("2021-05")).isEqualTo(Period.month(2021, 5));
    assertThat(Period.parse("2021-03-01..2021-05-31"))
        .isEqualTo(Period.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 5, 31)));
  }

  @Test
  void parseIgnoresSurroundingSpaces() {
    assertThat(Period.parse("  2021-Q3 ")).isEqualTo(Period.quarter(2021, 3));
  }

  @Test
  void rangeCoveringAQuarterStaysCustom() {
    Period range = Period.parse("2021-01-01..2021-03-31");

    assertThat(range.kind()).isEqualTo(PeriodKind.CUSTOM);
    assertThat(range).isNotEqualTo(Period.quarter(2021, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "21", "2021-H3", "2021-Q5", "2021-q2", "2021-5", "H1-2021",
      "2021-Q2-extra", "next year"})
  void parseRejectsUnknownShapesListingTheExpectedOnes(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(text))
        .withMessage("'" + text + "' is not a period; expected 2021, 2021-H1, 2021-Q2, 2021-05 "
            + "or 2021-03-01..2021-05-31");
  }

  @Test
  void parseRejectsMonthThirteenNamingTheTextAndTheReason() {
    assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("2021-13"))
        .withMessage("'2021-13' is not a period: month must be 1 to 12 but was 13");
  }

  @Test
  void parseRejectsReversedRangeNamingTheText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.parse("2021-05-31..2021-03-01"))
        .withMessageStartingWith("'2021-05-31..2021-03-01' is not a period: ")
        .withMessageContaining("before its start");
  }

  @Test
  void parseRejectsImpossibleDateNamingTheText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.parse("2023-02-29..2023-03-31"))
        .withMessageStartingWith("'2023-02-29..2023-03-31' is not a period: ");
  }

  @Test
  void halfYearContainsItsTwoQuarters() {
    Period h1 = Period.half(2021, 1);

    assertThat(h1.contains(Period.quarter(2021, 1))).isTrue();
    assertThat(h1.contains(Period.quarter(2021, 2))).isTrue();
  }

  @Test
  void halfYearDoesNotContainTheNextQuarter() {
    assertThat(Period.half(2021, 1).contains(Period.quarter(2021, 3))).isFalse();
  }

  @Test
  void quarterDoesNotContainTheSameQuarterOfAnotherYear() {
    assertThat(Period.quarter(2021, 2).contains(Period.quarter(2020, 2))).isFalse();
  }

  @Test
  void periodContainsItself() {
    Period q2 = Period.quarter(2021, 2);

    assertThat(q2.contains(q2)).isTrue();
  }

  @Test
  void shorterPeriodDoesNotContainALongerOne() {
    assertThat(Period.quarter(2021, 1).contains(Period.half(2021, 1))).isFalse();
  }

  @Test
  void customRangeContainsTheMonthsInsideIt() {
    Period drive = Period.parse("2021-03-01..2021-05-31");

    assertThat(drive.contains(Period.month(2021, 3))).isTrue();
    assertThat(drive.contains(Period.month(2021, 5))).isTrue();
    assertThat(drive.contains(Period.month(2021, 6))).isFalse();
  }

  @Test
  void customRangeOverlappingAQuarterDoesNotContainIt() {
    Period drive = Period.parse("2021-03-01..2021-05-31");

    assertThat(drive.contains(Period.quarter(2021, 2))).isFalse();
    assertThat(Period.quarter(2021, 2).contains(drive)).isFalse();
  }

  @Test
  void yearContainsACustomRangeInsideIt() {
    assertThat(Period.year(2021).contains(Period.parse("2021-03-01..2021-05-31"))).isTrue();
  }

  @Test
  void containsDayIncludesBothEnds() {
    Period q2 = Period.quarter(2021, 2);

    assertThat(q2.contains(LocalDate.of(2021, 4, 1))).isTrue();
    assertThat(q2.contains(LocalDate.of(2021, 6, 30))).isTrue();
    assertThat(q2.contains(LocalDate.of(2021, 3, 31))).isFalse();
    assertThat(q2.contains(LocalDate.of(2021, 7, 1))).isFalse();
  }

  @Test
  void minusYearsKeepsTheShape() {
    assertThat(Period.quarter(2021, 2).minusYears(1)).isEqualTo(Period.quarter(2020, 2));
    assertThat(Period.half(2021, 2).minusYears(3)).isEqualTo(Period.half(2018, 2));
    assertThat(Period.year(2021).minusYears(1)).isEqualTo(Period.year(2020));
  }

  @Test
  void minusYearsOfLeapFebruaryEndsOnTheTwentyEighth() {
    assertThat(Period.month(2024, 2).minusYears(1))
        .isEqualTo(new Period(PeriodKind.MONTH, LocalDate.of(2023, 2, 1),
            LocalDate.of(2023, 2, 28)));
  }

  @Test
  void minusYearsOfFebruaryIntoALeapYearEndsOnTheTwentyNinth() {
    assertThat(Period.month(2025, 2).minusYears(1).end()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void minusYearsShiftsBothDaysOfACustomRange() {
    assertThat(Period.parse("2021-03-01..2021-05-31").minusYears(1))
        .isEqualTo(Period.parse("2020-03-01..2020-05-31"));
  }

  @Test
  void periodsOrderByStartThenLongestFirst() {
    Period year = Period.year(2021);
    Period h1 = Period.half(2021, 1);
    Period q1 = Period.quarter(2021, 1);
    Period jan = Period.month(2021, 1);
    Period q2 = Period.quarter(2021, 2);
    Period lastYear = Period.year(2020);
    List<Period> periods = new ArrayList<>(List.of(q2, jan, h1, lastYear, q1, year));
    Collections.shuffle(periods, new java.util.Random(7));

    Collections.sort(periods);

    assertThat(periods).containsExactly(lastYear, year, h1, q1, jan, q2);
  }

  @Test
  void quarterAndCustomRangeWithTheSameDaysAreNotInterchangeableInOrder() {
    Period quarter = Period.quarter(2021, 1);
    Period custom = Period.parse("2021-01-01..2021-03-31");

    assertThat(quarter.compareTo(custom)).isNotZero();
    assertThat(Integer.signum(quarter.compareTo(custom)))
        .isEqualTo(-Integer.signum(custom.compareTo(quarter)));
  }
}
