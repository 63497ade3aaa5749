package io.emulation.core.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableList;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checks at the door of awards, decisions, condition results and quotas. */
class AwardPartsTest {

  private static Award award(String id) {
    return Award.of(id, "Award", AwardKind.EMULATION_TITLE, ParticipantKind.INDIVIDUAL,
        AwardLevel.GRASSROOTS);
  }

  @Test
  void awardIdMustBeNonBlankWithoutSurroundingSpaces() {
    assertThatIllegalArgumentException().isThrownBy(() -> award(" "))
        .withMessage("award id ' ' must be non-blank without surrounding spaces");
    assertThatIllegalArgumentException().isThrownBy(() -> award("ldtt "))
        .withMessage("award id 'ldtt ' must be non-blank without surrounding spaces");
  }

  @Test
  void negativeCashMultipleIsRejectedNamingTheAward() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> award("ldtt").withCashMultiple(new BigDecimal("-0.1")))
        .withMessage("cash multiple of award 'ldtt' must be >= 0 but was -0.1");
  }

  @Test
  void zeroCashMultipleIsAllowed() {
    assertThat(award("ldtt").withCashMultiple(BigDecimal.ZERO).cashMultiple())
        .contains(BigDecimal.ZERO);
  }

  @Test
  void decisionNeedsAReason() {
    assertThatIllegalArgumentException().isThrownBy(() -> new AwardDecision("p1", "ldtt",
            AwardDecision.Outcome.GRANTED, ImmutableList.of(), Optional.empty()))
        .withMessage("decision on ldtt for p1 needs a reason");
  }

  @Test
  void decisionNamesTheExcludingAwardExactlyWhenExcluded() {
    assertThatIllegalArgumentException().isThrownBy(() -> new AwardDecision("p1", "giay-khen",
            AwardDecision.Outcome.EXCLUDED, ImmutableList.of(Message.literal("excluded")),
            Optional.empty()));
    assertThatIllegalArgumentException().isThrownBy(() -> new AwardDecision("p1", "giay-khen",
            AwardDecision.Outcome.GRANTED, ImmutableList.of(Message.literal("granted")),
            Optional.of("cstdcs")));
  }

  @Test
  void conditionResultNeedsAReason() {
    assertThatIllegalArgumentException().isThrownBy(() -> ConditionResult.met(" "))
        .withMessage("a condition result needs a reason");
  }

  @Test
  void countQuotaMayBeAsLargeAsTheLargestInt() {
    assertThat(Quota.count(Integer.MAX_VALUE).places(3, 3, 0)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void personalConditionsAreForIndividualsAndMemberConditionsForCollectives() {
    assertThat(Conditions.disciplineBelow(DisciplinaryLevel.WARNING).onlyFor())
        .contains(ParticipantKind.INDIVIDUAL);
    assertThat(Conditions.notUnderReview().onlyFor()).contains(ParticipantKind.INDIVIDUAL);
    assertThat(Conditions.memberShareWithGradeAtLeast("GOOD", BigDecimal.TEN).onlyFor())
        .contains(ParticipantKind.COLLECTIVE);
  }

  @Test
  void awardPrintsAsItsId() {
    assertThat(award("ldtt")).hasToString("ldtt");
  }

  @Test
  void conditionsDescribeThemselvesInWords() {
    assertThat(Conditions.holds("ldtt").describe()).isEqualTo("holds ldtt");
    assertThat(Conditions.noVetoFailure().describe()).isEqualTo("no veto failed");
    assertThat(Conditions.notUnderReview().describe()).isEqualTo("not under review");
    assertThat(Conditions.unitsHaveNoVetoFailure().describe())
        .isEqualTo("no veto failed in the participant's units");
    assertThat(Conditions.noMemberDisciplinedAtLeast(DisciplinaryLevel.WARNING).describe())
        .isEqualTo("no member disciplined at WARNING or above");
  }

  @Test
  void initiativeConditionDescribesOneOrManyInitiatives() {
    assertThat(Conditions.initiativesAtLeast(1, AwardLevel.GRASSROOTS).describe())
        .isEqualTo("at least 1 initiative of GRASSROOTS reach");
    assertThat(Conditions.initiativesAtLeast(2, AwardLevel.GRASSROOTS).describe())
        .isEqualTo("at least 2 initiatives of GRASSROOTS reach");
  }
}
