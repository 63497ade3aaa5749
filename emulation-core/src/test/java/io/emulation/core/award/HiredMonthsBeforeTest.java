package io.emulation.core.award;

import static io.emulation.core.award.EnglishReasons.IN_ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.emulation.core.org.Individual;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "Recruited at least N months before the period ends", at its edges. */
class HiredMonthsBeforeTest {

  private static FakeContext hired(LocalDate date) {
    return FakeContext.person(Individual.of("p1", "P", "w1").withHireDate(date), "80");
  }

  @Test
  void hiredExactlySixMonthsBeforeTheYearEndsPasses() {
    // hired 1 July, one has served July to December: six full months by the year's end
    ConditionResult result = Conditions.hiredMonthsBefore(6)
        .evaluate(hired(LocalDate.of(2021, 7, 1)));

    assertThat(result).usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.met(
        "hired 2021-07-01, needs 2021-07-01 or earlier (6 months before the end of 2021)"));
  }

  @Test
  void hiredOneDayLaterFails() {
    ConditionResult result = Conditions.hiredMonthsBefore(6)
        .evaluate(hired(LocalDate.of(2021, 7, 2)));

    assertThat(result).usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet(
        "hired 2021-07-02, needs 2021-07-01 or earlier (6 months before the end of 2021)"));
  }

  @Test
  void hiredLongBeforePasses() {
    assertThat(Conditions.hiredMonthsBefore(6).evaluate(hired(LocalDate.of(2001, 1, 1))).met())
        .isTrue();
  }

  @Test
  void unknownHireDateFails() {
    ConditionResult result = Conditions.hiredMonthsBefore(6)
        .evaluate(FakeContext.person("p1", "80"));

    assertThat(result).usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet(
        "hire date unknown, needs 2021-07-01 or earlier"));
  }

  @Test
  void countsBackFromTheEndOfTheEvaluatedPeriod() {
    Condition twoMonths = Conditions.hiredMonthsBefore(2);
    Period firstQuarter = Period.quarter(2021, 1);

    assertThat(twoMonths.evaluate(hired(LocalDate.of(2021, 2, 1)).in(firstQuarter)))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.met(
            "hired 2021-02-01, needs 2021-02-01 or earlier (2 months before the end of 2021-Q1)"));
    assertThat(twoMonths.evaluate(hired(LocalDate.of(2021, 2, 2)).in(firstQuarter)).met())
        .isFalse();
  }

  @Test
  void zeroMonthsAcceptsAnyoneHiredByTheLastDay() {
    assertThat(Conditions.hiredMonthsBefore(0).evaluate(hired(LocalDate.of(2021, 12, 31))).met())
        .isTrue();
    assertThat(Conditions.hiredMonthsBefore(0).evaluate(hired(LocalDate.of(2022, 1, 1))).met())
        .isFalse();
  }

  @Test
  void negativeMonthsAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Conditions.hiredMonthsBefore(-1))
        .withMessage("months must be >= 0 but was -1");
  }

  @Test
  void appliesToIndividualsOnly() {
    assertThat(Conditions.hiredMonthsBefore(6).onlyFor()).contains(ParticipantKind.INDIVIDUAL);
  }
}
