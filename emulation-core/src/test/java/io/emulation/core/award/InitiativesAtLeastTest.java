package io.emulation.core.award;

import static io.emulation.core.award.EnglishReasons.IN_ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.emulation.core.period.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Initiatives recognised in the period, of the required reach or wider. */
class InitiativesAtLeastTest {

  private static Initiative by(String participantId, AwardLevel reach, Period recognised) {
    return new Initiative(participantId, "Initiative of " + participantId, reach, recognised);
  }

  private static FakeContext with(Initiative... initiatives) {
    return FakeContext.person("p1", "95")
        .inputs(AwardInputs.none().withInitiatives(List.of(initiatives)));
  }

  @Test
  void anInitiativeRecognisedInsideThePeriodCounts() {
    FakeContext context = with(by("p1", AwardLevel.GRASSROOTS, Period.quarter(2021, 2)));

    assertThat(Conditions.initiativesAtLeast(1, AwardLevel.GRASSROOTS).evaluate(context))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.met(
            "1 initiative of GRASSROOTS reach or wider recognised in 2021, needs 1"));
  }

  @Test
  void initiativesOfEarlierPeriodsDoNotCount() {
    FakeContext context = with(by("p1", AwardLevel.GRASSROOTS, Period.year(2020)),
        by("p1", AwardLevel.GRASSROOTS, Period.quarter(2020, 4)));

    assertThat(Conditions.initiativesAtLeast(1, AwardLevel.GRASSROOTS).evaluate(context))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet(
            "0 initiatives of GRASSROOTS reach or wider recognised in 2021, needs 1"));
  }

  @Test
  void aRangeStraddlingThePeriodStartDoesNotCount() {
    FakeContext context = with(by("p1", AwardLevel.GRASSROOTS,
        Period.of(LocalDate.of(2020, 12, 1), LocalDate.of(2021, 1, 31))));

    assertThat(Conditions.initiativesAtLeast(1, AwardLevel.GRASSROOTS).evaluate(context).met())
        .isFalse();
  }

  @Test
  void initiativesOfOthersDoNotCount() {
    FakeContext context = with(by("p2", AwardLevel.NATIONAL, Period.year(2021)));

    assertThat(Conditions.initiativesAtLeast(1, AwardLevel.GRASSROOTS).evaluate(context).met())
        .isFalse();
  }

  @Test
  void aWiderReachCountsForANarrowerRequirement() {
    FakeContext context = with(by("p1", AwardLevel.NATIONAL, Period.year(2021)));

    assertThat(Conditions.initiativesAtLeast(1, AwardLevel.MINISTRY).evaluate(context).met())
        .isTrue();
  }

  @Test
  void aNarrowerReachDoesNotCountForAWiderRequirement() {
    FakeContext context = with(by("p1", AwardLevel.GRASSROOTS, Period.year(2021)));

    assertThat(Conditions.initiativesAtLeast(1, AwardLevel.MINISTRY).evaluate(context))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet(
            "0 initiatives of MINISTRY reach or wider recognised in 2021, needs 1"));
  }

  @Test
  void fewerThanTheCountAreUnmetNamingBoth() {
    FakeContext context = with(by("p1", AwardLevel.GRASSROOTS, Period.quarter(2021, 1)),
        by("p1", AwardLevel.MINISTRY, Period.quarter(2021, 3)));

    assertThat(Conditions.initiativesAtLeast(3, AwardLevel.GRASSROOTS).evaluate(context))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet(
            "2 initiatives of GRASSROOTS reach or wider recognised in 2021, needs 3"));
  }

  @Test
  void zeroCountIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Conditions.initiativesAtLeast(0, AwardLevel.GRASSROOTS))
        .withMessage("initiative count must be >= 1 but was 0");
  }
}
