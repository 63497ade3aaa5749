package io.emulation.core.award;

import static io.emulation.core.award.EnglishReasons.IN_ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.emulation.core.period.Period;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** "Held the award N consecutive times, this period included", counted with Period.previous(). */
class HeldConsecutivelyTest {
  private static final String FIGHTER = "fighter";

  private static PastAward past(Period period) {
    return past(period, AwardKind.EMULATION_TITLE);
  }

  private static PastAward past(Period period, AwardKind kind) {
    return new PastAward("p1", FIGHTER, period, kind);
  }

  /** p1 holds the fighter title now (in {@code period}) and had the given past grants. */
  private static FakeContext holdingNow(Period period, PastAward... history) {
    return FakeContext.person("p1", "95").in(period).grant("p1", FIGHTER)
        .inputs(AwardInputs.none().withHistory(AwardHistory.of(Arrays.asList(history))));
  }

  @Test
  void threeConsecutiveYearsIncludingThisOneAreMet() {
    FakeContext context = holdingNow(Period.year(2021), past(Period.year(2020)),
        past(Period.year(2019)));

    assertThat(Conditions.heldConsecutively(FIGHTER, 3).evaluate(context))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("fighter held 3 consecutive times up to 2021, needs 3"));
  }

  @Test
  void noStreakWithoutHoldingTheAwardThisPeriodWhateverThePast() {
    FakeContext context = FakeContext.person("p1", "95").in(Period.year(2021))
        .inputs(AwardInputs.none().withHistory(AwardHistory.of(java.util.List.of(
            past(Period.year(2020)), past(Period.year(2019))))));

    assertThat(Conditions.heldConsecutively(FIGHTER, 2).evaluate(context))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("fighter held 0 consecutive times up to 2021, needs 2"));
  }

  @Test
  void countingStopsOnceTheStreakIsLongEnough() {
    FakeContext context = holdingNow(Period.year(2021), past(Period.year(2020)),
        past(Period.year(2019)), past(Period.year(2018)));

    assertThat(Conditions.heldConsecutively(FIGHTER, 3).evaluate(context))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("fighter held 3 consecutive times up to 2021, needs 3"));
  }

  @Test
  void aGapYearBreaksTheStreak() {
    FakeContext context = holdingNow(Period.year(2021), past(Period.year(2019)),
        past(Period.year(2018)));

    assertThat(Conditions.heldConsecutively(FIGHTER, 3).evaluate(context))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("fighter held 1 consecutive time up to 2021, needs 3"));
  }

  @Test
  void halfYearsCountBackAcrossTheYearBoundary() {
    FakeContext context = holdingNow(Period.half(2021, 1), past(Period.half(2020, 2)),
        past(Period.half(2020, 1)));

    assertThat(Conditions.heldConsecutively(FIGHTER, 3).evaluate(context))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.met(
            "fighter held 3 consecutive times up to 2021-H1, needs 3"));
  }

  @Test
  void quartersCountBackAcrossTheYearBoundary() {
    FakeContext context = holdingNow(Period.quarter(2021, 1), past(Period.quarter(2020, 4)),
        past(Period.quarter(2020, 3)), past(Period.quarter(2020, 2)));

    assertThat(Conditions.heldConsecutively(FIGHTER, 4).evaluate(context))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.met(
            "fighter held 4 consecutive times up to 2021-Q1, needs 4"));
  }

  @Test
  void grantsOfAnotherShapeDoNotCount() {
    FakeContext context = holdingNow(Period.half(2021, 1), past(Period.year(2020)));

    assertThat(Conditions.heldConsecutively(FIGHTER, 2).evaluate(context))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet(
            "fighter held 1 consecutive time up to 2021-H1, needs 2"));
  }

  @Test
  void themedGrantsDoNotCountAsHistory() {
    FakeContext context = holdingNow(Period.year(2021),
        past(Period.year(2020), AwardKind.THEMED), past(Period.year(2019)));

    assertThat(Conditions.heldConsecutively(FIGHTER, 2).evaluate(context).met()).isFalse();
  }

  @Test
  void adHocGrantsDoNotCountAsHistory() {
    FakeContext context = holdingNow(Period.year(2021), past(Period.year(2020), AwardKind.AD_HOC));

    assertThat(Conditions.heldConsecutively(FIGHTER, 2).evaluate(context))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("fighter held 1 consecutive time up to 2021, needs 2"));
  }

  @Test
  void commendationGrantsCountAsHistory() {
    FakeContext context = holdingNow(Period.year(2021),
        past(Period.year(2020), AwardKind.COMMENDATION));

    assertThat(Conditions.heldConsecutively(FIGHTER, 2).evaluate(context).met()).isTrue();
  }

  @Test
  void pastGrantsWithoutTheCurrentOneAreNotAStreak() {
    FakeContext context = FakeContext.person("p1", "95").inputs(AwardInputs.none().withHistory(
        AwardHistory.of(past(Period.year(2020)), past(Period.year(2019)))));

    assertThat(Conditions.heldConsecutively(FIGHTER, 2).evaluate(context))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("fighter held 0 consecutive times up to 2021, needs 2"));
  }

  @Test
  void pastGrantsOfAnotherAwardDoNotCount() {
    FakeContext context = holdingNow(Period.year(2021),
        new PastAward("p1", "other", Period.year(2020), AwardKind.EMULATION_TITLE));

    assertThat(Conditions.heldConsecutively(FIGHTER, 2).evaluate(context).met()).isFalse();
  }

  @Test
  void pastGrantsToSomeoneElseDoNotCount() {
    FakeContext context = holdingNow(Period.year(2021),
        new PastAward("p2", FIGHTER, Period.year(2020), AwardKind.EMULATION_TITLE));

    assertThat(Conditions.heldConsecutively(FIGHTER, 2).evaluate(context).met()).isFalse();
  }

  @Test
  void onceNeedsOnlyTheCurrentGrant() {
    assertThat(Conditions.heldConsecutively(FIGHTER, 1).evaluate(holdingNow(Period.year(2021))))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("fighter held 1 consecutive time up to 2021, needs 1"));
  }

  @Test
  void customRangesCountBackByRangesOfTheSameLength() {
    Period drive = Period.of(java.time.LocalDate.of(2021, 3, 1),
        java.time.LocalDate.of(2021, 3, 10));
    FakeContext context = holdingNow(drive, past(Period.of(java.time.LocalDate.of(2021, 2, 19),
        java.time.LocalDate.of(2021, 2, 28))));

    assertThat(Conditions.heldConsecutively(FIGHTER, 2).evaluate(context).met()).isTrue();
  }

  @Test
  void readsTheAwardItCounts() {
    assertThat(Conditions.heldConsecutively(FIGHTER, 3).awardsRead()).containsExactly(FIGHTER);
  }

  @Test
  void zeroTimesAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Conditions.heldConsecutively(FIGHTER, 0))
        .withMessage("times must be >= 1 but was 0");
  }
}
