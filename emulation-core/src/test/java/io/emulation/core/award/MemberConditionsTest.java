package io.emulation.core.award;

import static io.emulation.core.award.EnglishReasons.IN_ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.Individual;
import io.emulation.core.org.ParticipantKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Conditions on a collective's members: shares, counts and discipline. */
class MemberConditionsTest {
  private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

  /** Unit w1 of four members, two of whom (m1, m2) hold "ldtt". */
  private static FakeContext halfHolding() {
    return FakeContext.unit("w1", "80")
        .members(FakeContext.member("m1", "95"), FakeContext.member("m2", "80"),
            FakeContext.member("m3", "60"), FakeContext.member("m4", "40"))
        .grant("m1", "ldtt").grant("m2", "ldtt");
  }

  @Test
  void moreThanFiftyPercentIsUnmetAtExactlyFifty() {
    assertThat(Conditions.memberShareHoldingMoreThan("ldtt", FIFTY).evaluate(halfHolding()))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet(
            "2 of 4 members (50.00%) hold ldtt, needs more than 50%"));
  }

  @Test
  void atLeastFiftyPercentIsMetAtExactlyFifty() {
    assertThat(Conditions.memberShareHoldingAtLeast("ldtt", FIFTY).evaluate(halfHolding()))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("2 of 4 members (50.00%) hold ldtt, needs at least 50%"));
  }

  @Test
  void moreThanFiftyPercentIsMetJustAbove() {
    FakeContext threeOfFour = halfHolding().grant("m3", "ldtt");

    assertThat(Conditions.memberShareHoldingMoreThan("ldtt", FIFTY).evaluate(threeOfFour))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("3 of 4 members (75.00%) hold ldtt, needs more than 50%"));
  }

  @Test
  void atLeastIsUnmetJustBelow() {
    FakeContext twoOfThree = FakeContext.unit("w1", "80")
        .members(FakeContext.member("m1", "95"), FakeContext.member("m2", "80"),
            FakeContext.member("m3", "60"))
        .grant("m1", "ldtt").grant("m2", "ldtt");

    assertThat(Conditions.memberShareHoldingAtLeast("ldtt", BigDecimal.valueOf(70))
        .evaluate(twoOfThree))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet(
            "2 of 3 members (66.67%) hold ldtt, needs at least 70%"));
  }

  @Test
  void aShareOfNoMembersIsUnmet() {
    assertThat(Conditions.memberShareHoldingAtLeast("ldtt", BigDecimal.ZERO)
        .evaluate(FakeContext.unit("w1", "80")))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("no members evaluated, so no share hold ldtt"));
  }

  @Test
  void memberShareHoldingReadsItsAwardAndIsForCollectives() {
    Condition share = Conditions.memberShareHoldingMoreThan("ldtt", FIFTY);

    assertThat(share.awardsRead()).containsExactly("ldtt");
    assertThat(share.onlyFor()).contains(ParticipantKind.COLLECTIVE);
    assertThat(share.describe()).isEqualTo("more than 50% of members hold ldtt");
    assertThat(Conditions.memberShareHoldingAtLeast("ldtt", FIFTY).describe())
        .isEqualTo("at least 50% of members hold ldtt");
  }

  @Test
  void percentAboveHundredIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Conditions.memberShareHoldingAtLeast("ldtt", new BigDecimal("100.01")))
        .withMessage("percent must be 0 to 100 but was 100.01");
  }

  @Test
  void negativePercentIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Conditions.memberShareWithGradeAtLeast("GOOD", new BigDecimal("-1")))
        .withMessage("percent must be 0 to 100 but was -1");
  }

  @Test
  void atLeastHundredPercentIsMetWhenEveryMemberHolds() {
    FakeContext all = halfHolding().grant("m3", "ldtt").grant("m4", "ldtt");

    assertThat(Conditions.memberShareHoldingAtLeast("ldtt", BigDecimal.valueOf(100))
        .evaluate(all))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.met(
            "4 of 4 members (100.00%) hold ldtt, needs at least 100%"));
  }

  @Test
  void moreThanZeroPercentIsUnmetWhenNoMemberHolds() {
    assertThat(Conditions.memberShareHoldingMoreThan("fighter", BigDecimal.ZERO)
        .evaluate(halfHolding()))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet(
            "0 of 4 members (0.00%) hold fighter, needs more than 0%"));
  }

  @Test
  void gradeShareCountsMembersAtTheGradeOrBetter() {
    assertThat(Conditions.memberShareWithGradeAtLeast("COMPLETED", BigDecimal.valueOf(100))
        .evaluate(halfHolding()))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet(
            "3 of 4 members (75.00%) are graded COMPLETED or better, needs at least 100%"));
    assertThat(Conditions.memberShareWithGradeAtLeast("GOOD", FIFTY).evaluate(halfHolding()))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.met(
            "2 of 4 members (50.00%) are graded GOOD or better, needs at least 50%"));
  }

  @Test
  void gradeShareReadsNoAwards() {
    assertThat(Conditions.memberShareWithGradeAtLeast("GOOD", FIFTY).awardsRead()).isEmpty();
  }

  @Test
  void membersHoldingIsMetAtTheCount() {
    assertThat(Conditions.membersHoldingAtLeast("ldtt", 2).evaluate(halfHolding()))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.met("2 members hold ldtt, needs 2"));
  }

  @Test
  void membersHoldingIsUnmetBelowTheCount() {
    assertThat(Conditions.membersHoldingAtLeast("fighter", 1).evaluate(halfHolding()))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("0 members hold fighter, needs 1"));
  }

  @Test
  void membersHoldingReadsItsAward() {
    assertThat(Conditions.membersHoldingAtLeast("fighter", 1).awardsRead())
        .containsExactly("fighter");
  }

  @Test
  void membersHoldingZeroIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Conditions.membersHoldingAtLeast("ldtt", 0))
        .withMessage("member count must be >= 1 but was 0");
  }

  @Test
  void noMemberDisciplinedIsMetBelowTheLevel() {
    FakeContext context = FakeContext.unit("w1", "80").members(FakeContext.member(
        Individual.of("m1", "M1", "w1").withDiscipline(DisciplinaryLevel.REPRIMAND), "80"));

    assertThat(Conditions.noMemberDisciplinedAtLeast(DisciplinaryLevel.WARNING)
        .evaluate(context))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("no member disciplined at WARNING or above"));
  }

  @Test
  void noMemberDisciplinedIsUnmetNamingEachMemberAndLevel() {
    FakeContext context = FakeContext.unit("w1", "80").members(
        FakeContext.member(Individual.of("m1", "M1", "w1")
            .withDiscipline(DisciplinaryLevel.WARNING), "80"),
        FakeContext.member("m2", "80"),
        FakeContext.member(Individual.of("m3", "M3", "w1")
            .withDiscipline(DisciplinaryLevel.DISMISSAL), "80"));

    assertThat(Conditions.noMemberDisciplinedAtLeast(DisciplinaryLevel.WARNING)
        .evaluate(context))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet(
            "members disciplined at WARNING or above: m1 (WARNING), m3 (DISMISSAL)"));
  }

  @Test
  void noMemberDisciplinedIsForCollectives() {
    assertThat(Conditions.noMemberDisciplinedAtLeast(DisciplinaryLevel.WARNING).onlyFor())
        .contains(ParticipantKind.COLLECTIVE);
  }
}
