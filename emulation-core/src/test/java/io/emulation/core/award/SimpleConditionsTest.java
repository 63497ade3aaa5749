package io.emulation.core.award;

import static io.emulation.core.award.EnglishReasons.IN_ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.emulation.core.Scorecards;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.Individual;
import io.emulation.core.org.ParticipantKind;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in conditions on a participant's own result and facts: met and unmet, with reasons. */
class SimpleConditionsTest {

  @Test
  void minGradeIsMetByTheGradeItself() {
    ConditionResult result = Conditions.minGrade("GOOD").evaluate(FakeContext.person("p1", "80"));

    assertThat(result).usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("grade GOOD, needs GOOD or better"));
  }

  @Test
  void minGradeIsMetByABetterGrade() {
    assertThat(Conditions.minGrade("GOOD").evaluate(FakeContext.person("p1", "95")))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("grade EXCELLENT, needs GOOD or better"));
  }

  @Test
  void minGradeIsUnmetByAWorseGradeNamingBoth() {
    assertThat(Conditions.minGrade("EXCELLENT").evaluate(FakeContext.person("p1", "80")))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("grade GOOD, needs EXCELLENT or better"));
  }

  @Test
  void minGradeOfAGradeMissingFromTheScaleFailsNamingTheScale() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Conditions.minGrade("A").evaluate(FakeContext.person("p1", "80")))
        .withMessageContaining("grade 'A' is not in the scale [EXCELLENT, GOOD, COMPLETED, "
            + "NOT_COMPLETED]");
  }

  @Test
  void minScoreIsMetAtExactlyTheMinimum() {
    assertThat(Conditions.minScore(new BigDecimal("80.00"))
        .evaluate(FakeContext.person("p1", "80")))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("total 80, needs 80.00 or more"));
  }

  @Test
  void minScoreIsUnmetJustBelowTheMinimum() {
    assertThat(Conditions.minScore(new BigDecimal("80"))
        .evaluate(FakeContext.person("p1", "79.99")))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("total 79.99, needs 80 or more"));
  }

  @Test
  void noVetoFailureIsMetWithoutFailedVetoes() {
    assertThat(Conditions.noVetoFailure().evaluate(FakeContext.person("p1", "80")))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.met("no veto failed"));
  }

  @Test
  void noVetoFailureIsUnmetNamingEveryFailedVeto() {
    FakeContext context = FakeContext.of(Individual.of("p1", "P", "w1"),
        Scorecards.card("p1").line("output", "80").vetoFailed("safety", "0")
            .vetoFailed("fire", "0").build());

    assertThat(Conditions.noVetoFailure().evaluate(context))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet("veto failed: safety, fire"));
  }

  @Test
  void unitsHaveNoVetoFailureIsMetWhenNoUnitFailed() {
    FakeContext context = FakeContext.person("p1", "80")
        .collectivesOf(FakeContext.unit("w1", "70").result());

    assertThat(Conditions.unitsHaveNoVetoFailure().evaluate(context))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("no veto failed in the participant's units"));
  }

  @Test
  void unitsHaveNoVetoFailureIsUnmetNamingTheUnitAndItsVeto() {
    FakeContext failedUnit = FakeContext.of(new io.emulation.core.org.Collective("w1", "W", "f"),
        Scorecards.card("w1").line("output", "70").vetoFailed("safety", "0").build());
    FakeContext context = FakeContext.person("p1", "80").collectivesOf(failedUnit.result(),
        FakeContext.unit("f", "75").result());

    assertThat(Conditions.unitsHaveNoVetoFailure().evaluate(context))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("veto failed in unit w1 (safety)"));
  }

  @Test
  void unitsHaveNoVetoFailureIsForIndividualsOnly() {
    assertThat(Conditions.unitsHaveNoVetoFailure().onlyFor())
        .contains(ParticipantKind.INDIVIDUAL);
  }

  @Test
  void registeredIsMetForTheAwardBeingDecided() {
    FakeContext context = FakeContext.person("p1", "80").inputs(AwardInputs.none()
        .withRegistrations(Registrations.of(Map.of("p1", Set.of("title")))));

    assertThat(Conditions.registered().evaluate(context))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.met("registered for title"));
  }

  @Test
  void registeredIsUnmetWhenRegisteredOnlyForAnotherAward() {
    FakeContext context = FakeContext.person("p1", "80").inputs(AwardInputs.none()
        .withRegistrations(Registrations.of(Map.of("p1", Set.of("other-title")))));

    assertThat(Conditions.registered().evaluate(context))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet("did not register for title"));
  }

  @Test
  void disciplineBelowIsMetWithALesserMeasure() {
    FakeContext context = FakeContext.person(Individual.of("p1", "P", "w1")
        .withDiscipline(DisciplinaryLevel.REPRIMAND), "80");

    assertThat(Conditions.disciplineBelow(DisciplinaryLevel.WARNING).evaluate(context))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("discipline REPRIMAND, must be below WARNING"));
  }

  @Test
  void disciplineBelowIsUnmetAtExactlyTheLevel() {
    FakeContext context = FakeContext.person(Individual.of("p1", "P", "w1")
        .withDiscipline(DisciplinaryLevel.REPRIMAND), "80");

    assertThat(Conditions.disciplineBelow(DisciplinaryLevel.REPRIMAND).evaluate(context))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("discipline REPRIMAND, must be below REPRIMAND"));
  }

  @Test
  void disciplineBelowIsUnmetAboveTheLevel() {
    FakeContext context = FakeContext.person(Individual.of("p1", "P", "w1")
        .withDiscipline(DisciplinaryLevel.DISMISSAL), "80");

    assertThat(Conditions.disciplineBelow(DisciplinaryLevel.REPRIMAND).evaluate(context).met())
        .isFalse();
  }

  @Test
  void notUnderReviewIsMetForSomeoneNotUnderReview() {
    assertThat(Conditions.notUnderReview().evaluate(FakeContext.person("p1", "80")))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.met("not under review"));
  }

  @Test
  void notUnderReviewIsUnmetForSomeoneUnderReview() {
    FakeContext context = FakeContext.person(Individual.of("p1", "P", "w1")
        .withUnderReview(true), "80");

    assertThat(Conditions.notUnderReview().evaluate(context))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("under disciplinary review or investigation"));
  }

  @Test
  void individualConditionOnACollectiveFailsNamingIt() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Conditions.notUnderReview().evaluate(FakeContext.unit("w1", "80")))
        .withMessage("condition applies to individuals only, not to w1");
  }

  @Test
  void holdsIsMetWhenGrantedEarlierInThisEvaluation() {
    FakeContext context = FakeContext.person("p1", "80").grant("p1", "ldtt");

    assertThat(Conditions.holds("ldtt").evaluate(context))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.met("holds ldtt in 2021"));
  }

  @Test
  void holdsIsUnmetWhenOnlySomeoneElseWasGranted() {
    FakeContext context = FakeContext.person("p1", "80").grant("p2", "ldtt");

    assertThat(Conditions.holds("ldtt").evaluate(context))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet("does not hold ldtt in 2021"));
  }

  @Test
  void holdsReadsItsAward() {
    assertThat(Conditions.holds("ldtt").awardsRead()).containsExactly("ldtt");
  }

  @Test
  void simpleConditionsHaveNoChildrenAndReadNoAwardsByDefault() {
    Condition grade = Conditions.minGrade("GOOD");

    assertThat(grade.children()).isEmpty();
    assertThat(grade.awardsRead()).isEmpty();
    assertThat(grade.onlyFor()).isEmpty();
  }

  @Test
  void builtInConditionsDescribeThemselves() {
    assertThat(Conditions.minGrade("GOOD").describe()).isEqualTo("grade GOOD or better");
    assertThat(Conditions.minScore(new BigDecimal("90")).describe()).isEqualTo("total 90 or more");
    assertThat(Conditions.registered().describe()).isEqualTo("registered for the award");
    assertThat(Conditions.hiredMonthsBefore(6).describe())
        .isEqualTo("hired at least 6 months before the period ends");
    assertThat(Conditions.disciplineBelow(DisciplinaryLevel.REPRIMAND).describe())
        .isEqualTo("discipline below REPRIMAND");
    assertThat(Conditions.heldConsecutively("x", 3).describe()).isEqualTo("x 3 consecutive times");
    assertThat(Conditions.initiativesAtLeast(2, AwardLevel.MINISTRY).describe())
        .isEqualTo("at least 2 initiatives of MINISTRY reach");
  }

  @Test
  void builtInConditionsCompareByTheirParameters() {
    assertThat(Conditions.minGrade("GOOD")).isEqualTo(Conditions.minGrade("GOOD"))
        .isNotEqualTo(Conditions.minGrade("EXCELLENT"));
    assertThat(Conditions.memberShareHoldingMoreThan("x", BigDecimal.TEN))
        .isNotEqualTo(Conditions.memberShareHoldingAtLeast("x", BigDecimal.TEN));
  }
}
