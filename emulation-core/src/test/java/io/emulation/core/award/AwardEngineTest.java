package io.emulation.core.award;

import static io.emulation.core.award.Conditions.all;
import static io.emulation.core.award.Conditions.holds;
import static io.emulation.core.award.Conditions.minGrade;
import static java.util.Comparator.comparing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.Individual;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How the award engine decides: quotas per unit, ties at the cut-off, allocation keys, checks. */
class AwardEngineTest {
  private static final Condition COMPLETED = minGrade("COMPLETED");

  private static Award person(String id) {
    return Award.of(id, "Award " + id, AwardKind.EMULATION_TITLE, ParticipantKind.INDIVIDUAL,
        AwardLevel.GRASSROOTS);
  }

  private static Award unit(String id) {
    return Award.of(id, "Award " + id, AwardKind.EMULATION_TITLE, ParticipantKind.COLLECTIVE,
        AwardLevel.GRASSROOTS);
  }

  private static AwardRuleSet only(AwardRule rule) {
    return AwardRuleSet.builder("rs").rules(rule).build();
  }

  private static AwardRule best(Quota quota) {
    return AwardRule.of(person("best"), COMPLETED).withQuota(quota);
  }

  /** w1: a1 90, a2 85, a3 80; w2: b1 70, b2 65. */
  private static Workforce twoUnits() {
    return Workforce.create().unit("w1").unit("w2")
        .person("a1", "w1", 90).person("a2", "w1", 85).person("a3", "w1", 80)
        .person("b1", "w2", 70).person("b2", "w2", 65);
  }

  /** w1: p1 90, p2 80, p3 80, p4 70 (p2 and p3 tied on total). */
  private static Workforce tiedAtSecond() {
    return Workforce.create().unit("w1")
        .person("p1", "w1", 90).person("p2", "w1", 80).person("p3", "w1", 80)
        .person("p4", "w1", 70);
  }

  @Test
  void aCampaignWideQuotaGoesToTheBestOverall() {
    AwardResult awards = twoUnits().decide(only(best(Quota.count(2))));

    assertThat(awards.recipients("best")).containsExactly("a1", "a2");
  }

  @Test
  void aPerUnitQuotaGivesEachUnitItsOwnPlaces() {
    AwardResult awards = twoUnits().decide(only(best(Quota.count(1).perUnit())));

    assertThat(awards.recipients("best")).containsExactlyInAnyOrder("a1", "b1");
  }

  @Test
  void aPerUnitDenialNamesTheUnitAndItsPlaces() {
    AwardResult awards = twoUnits().decide(only(best(Quota.count(1).perUnit())));

    assertThat(awards.decision("a3", "best").orElseThrow().reasons()).map(Message::toString)
        .containsExactly("ranked 3rd of 3 eligible for 1 place in unit w1 (at most 1, per unit)");
  }

  @Test
  void aPerUnitPercentageCountsTheUnitsHeadcount() {
    // 50% of 3 in w1 -> 1; 50% of 2 in w2 -> 1
    AwardResult awards = twoUnits().decide(
        only(best(Quota.percentOfHeadcount(BigDecimal.valueOf(50)).perUnit())));

    assertThat(awards.recipients("best")).containsExactlyInAnyOrder("a1", "b1");
  }

  @Test
  void aPerUnitHoldersQuotaCountsTheHoldersInTheUnit() {
    // everyone in w1 is excellent or good, so 3 hold "good"; in w2 nobody does
    AwardRuleSet rules = AwardRuleSet.builder("rs")
        .rules(AwardRule.of(person("good"), minGrade("GOOD")),
            best(Quota.percentOfHolders("good", BigDecimal.valueOf(34)).perUnit()))
        .build();

    AwardResult awards = twoUnits().decide(rules);

    assertThat(awards.recipients("good")).containsExactly("a1", "a2", "a3");
    assertThat(awards.recipients("best")).containsExactly("a1");
    assertThat(awards.decision("b1", "best").orElseThrow().reasons()).map(Message::toString)
        .containsExactly(
            "ranked 1st of 2 eligible for 0 places in unit w2 (at most 34% of the good holders, "
                + "per unit, rounded floor)");
  }

  @Test
  void tiesAtTheCutOffAreAllLeftOutByDefault() {
    AwardResult awards = tiedAtSecond().decide(only(best(Quota.count(2))));

    assertThat(awards.recipients("best")).containsExactly("p1");
  }

  @Test
  void aDenialInATieAtTheCutOffSaysSo() {
    AwardResult awards = tiedAtSecond().decide(only(best(Quota.count(2))));

    assertThat(awards.decision("p3", "best").orElseThrow().reasons()).map(Message::toString)
        .containsExactly(
            "ranked 3rd of 4 eligible for 2 places (at most 2); tied with places 2nd to 3rd at "
                + "the cut-off on total 80.00, and ties at the cut-off are all out");
  }

  @Test
  void tiesAtTheCutOffAreAllLetInWhenTheQuotaSaysSo() {
    AwardResult awards = tiedAtSecond()
        .decide(only(best(Quota.count(2).withTies(Quota.TiePolicy.ALL_IN))));

    assertThat(awards.recipients("best")).containsExactly("p1", "p2", "p3");
    assertThat(awards.decision("p4", "best").orElseThrow().granted()).isFalse();
  }

  @Test
  void aTieInsideThePlacesIsNoCutOffTie() {
    AwardResult awards = tiedAtSecond().decide(only(best(Quota.count(3))));

    assertThat(awards.recipients("best")).containsExactly("p1", "p2", "p3");
  }

  @Test
  void aTieJustBelowThePlacesIsNoCutOffTie() {
    AwardResult awards = tiedAtSecond().decide(only(best(Quota.count(1))));

    assertThat(awards.recipients("best")).containsExactly("p1");
  }

  @Test
  void aRulesOwnKeysDecideWhoGetsThePlaces() {
    Workforce workforce = Workforce.create().unit("w1")
        .person("p1", "w1", 95)
        .person(Individual.of("p2", "Direct worker", "w1").withDirectProduction(true), 80);
    AwardRule rule = best(Quota.count(1))
        .allocatedBy(RankKey.directProductionFirst(), RankKey.byTotal());

    AwardResult awards = workforce.decide(only(rule));

    assertThat(awards.recipients("best")).containsExactly("p2");
    assertThat(awards.decision("p1", "best").orElseThrow().reasons()).map(Message::toString)
        .containsExactly("ranked 2nd of 2 eligible for 1 place (at most 1)");
  }

  @Test
  void participantIdInARulesOwnKeysNeverDecidesATie() {
    // participant id orders listings but never separates ranks: the tie stays a tie, all out
    AwardRule rule = best(Quota.count(2)).allocatedBy(RankKey.byTotal(), RankKey.byParticipantId());

    AwardResult awards = tiedAtSecond().decide(only(rule));

    assertThat(awards.recipients("best")).containsExactly("p1");
  }

  @Test
  void aZeroQuotaDeniesEveryEligibleParticipantWithTheirRank() {
    AwardResult awards = twoUnits().decide(only(best(Quota.count(0))));

    assertThat(awards.recipients("best")).isEmpty();
    assertThat(awards.decision("a1", "best").orElseThrow().reasons()).map(Message::toString)
        .containsExactly("ranked 1st of 5 eligible for 0 places (at most 0)");
  }

  @Test
  void aGrantGivesTheConditionsReasonsAndThePlace() {
    AwardRule rule = AwardRule.of(person("best"), all(COMPLETED, minGrade("GOOD")))
        .withQuota(Quota.count(1));

    AwardResult awards = twoUnits().decide(only(rule));

    assertThat(awards.decision("a1", "best").orElseThrow().reasons()).map(Message::toString)
        .containsExactly(
            "grade EXCELLENT, needs COMPLETED or better", "grade EXCELLENT, needs GOOD or better",
            "ranked 1st of 3 eligible for 1 place (at most 1)");
  }

  @Test
  void aDenialListsEachUnmetTopLevelConditionSeparately() {
    AwardRule rule = AwardRule.of(person("best"),
        all(minGrade("EXCELLENT"), COMPLETED, holds("nothing")));
    AwardRuleSet rules = AwardRuleSet.builder("rs")
        .rules(AwardRule.of(person("nothing"), minGrade("EXCELLENT")), rule).build();

    AwardResult awards = twoUnits().decide(rules);

    AwardDecision b2 = awards.decision("b2", "best").orElseThrow();
    assertThat(b2.granted()).isFalse();
    assertThat(b2.reasons()).map(Message::toString)
        .containsExactly("grade COMPLETED, needs EXCELLENT or better",
            "does not hold nothing in 2021");
    assertThat(b2.excludedBy()).isEmpty();
  }

  @Test
  void anAwardOfHigherPrecedenceExcludesTheLowerOneNamingIt() {
    AwardRuleSet rules = AwardRuleSet.builder("rs")
        .rules(AwardRule.of(person("certificate"), COMPLETED),
            AwardRule.of(person("medal"), minGrade("EXCELLENT")))
        .exclusionGroup(ExclusionGroup.of("one-form", "medal", "certificate"))
        .build();

    AwardResult awards = twoUnits().decide(rules);

    AwardDecision a1 = awards.decision("a1", "certificate").orElseThrow();
    assertThat(a1.granted()).isFalse();
    assertThat(a1.excludedBy()).contains("medal");
    assertThat(a1.reasons()).map(Message::toString)
        .containsExactly("excluded: medal was granted for the same achievement");
    assertThat(awards.recipients("certificate")).containsExactly("a2", "a3", "b1", "b2");
  }

  @Test
  void everyDecisionSaysWhetherConditionsQuotaOrExclusionDecidedIt() {
    AwardRuleSet rules = AwardRuleSet.builder("rs")
        .rules(AwardRule.of(person("certificate"), minGrade("GOOD")).withQuota(Quota.count(1)),
            AwardRule.of(person("medal"), minGrade("EXCELLENT")))
        .exclusionGroup(ExclusionGroup.of("one-form", "medal", "certificate"))
        .build();

    AwardResult awards = twoUnits().decide(rules);

    // a1 (90) takes the medal; a2 (85) the one certificate place; a3 (80) is eligible but
    // ranked out; b1 (70) is not good enough
    assertThat(awards.decision("a1", "medal").orElseThrow().outcome())
        .isEqualTo(AwardDecision.Outcome.GRANTED);
    assertThat(awards.decision("a1", "certificate").orElseThrow().outcome())
        .isEqualTo(AwardDecision.Outcome.EXCLUDED);
    assertThat(awards.decision("a2", "certificate").orElseThrow().outcome())
        .isEqualTo(AwardDecision.Outcome.GRANTED);
    assertThat(awards.decision("a3", "certificate").orElseThrow().outcome())
        .isEqualTo(AwardDecision.Outcome.NO_QUOTA_PLACE);
    assertThat(awards.decision("b1", "certificate").orElseThrow().outcome())
        .isEqualTo(AwardDecision.Outcome.NOT_ELIGIBLE);
  }

  @Test
  void aQuotaCountingHoldersOfTheOtherKindIsRejected() {
    InvalidDefinitionException failure = catchThrowableOfType(InvalidDefinitionException.class,
        () -> AwardRuleSet.builder("rs")
            .rules(AwardRule.of(person("p"), COMPLETED),
                AwardRule.of(unit("u"), COMPLETED)
                    .withQuota(Quota.percentOfHolders("p", java.math.BigDecimal.TEN)))
            .build());

    assertThat(failure.problems()).extracting(p -> p.message().toString()).containsExactly(
        "quota of COLLECTIVE award 'u' counts holders of INDIVIDUAL award 'p'; holders are "
            + "counted among participants of the same kind, so it would give no places");
  }

  @Test
  void collectivesAreDecidedAfterTheIndividualAwardsTheyCountEvenWhenDeclaredFirst() {
    AwardRuleSet rules = AwardRuleSet.builder("rs")
        .rules(AwardRule.of(unit("team"),
                Conditions.memberShareHoldingAtLeast("advanced", BigDecimal.valueOf(50))),
            AwardRule.of(person("advanced"), minGrade("GOOD")))
        .build();

    AwardResult awards = twoUnits().decide(rules);

    assertThat(awards.recipients("team")).containsExactly("w1");
    assertThat(awards.decisions().get(0).awardId()).isEqualTo("advanced");
    assertThat(awards.decision("w2", "team").orElseThrow().reasons()).map(Message::toString)
        .containsExactly("0 of 2 members (0.00%) hold advanced, needs at least 50%");
  }

  @Test
  void everyParticipantOfTheAwardsKindGetsOneDecisionPerAward() {
    AwardResult awards = twoUnits().decide(only(best(Quota.count(1))));

    assertThat(awards.decisions()).extracting(AwardDecision::participantId)
        .containsExactly("a1", "a2", "a3", "b1", "b2");
    assertThat(awards.decision("w1", "best")).isEmpty();
  }

  @Test
  void aGradeTheCampaignsScaleLacksIsRejectedBeforeDeciding() {
    AwardRuleSet rules = only(AwardRule.of(person("x"),
        Conditions.any(COMPLETED, Conditions.not(minGrade("A")))));

    InvalidDefinitionException failure = catchThrowableOfType(InvalidDefinitionException.class,
        () -> twoUnits().decide(rules));

    assertThat(failure.problems())
        .usingElementComparator(comparing(Problem::toString))
        .containsExactly(Problem.at("awards/x/conditions",
            "condition 'grade A or better' names grade 'A', which is not in the scale "
                + "[EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED]"));
    assertThat(failure).hasMessageStartingWith("award rules 'rs' for campaign 'c' has 1 problem:");
  }

  @Test
  void aMemberGradeTheIndividualsScaleLacksIsRejected() {
    AwardRuleSet rules = only(AwardRule.of(unit("team"),
        Conditions.memberShareWithGradeAtLeast("B", BigDecimal.TEN)));

    InvalidDefinitionException failure = catchThrowableOfType(InvalidDefinitionException.class,
        () -> twoUnits().decide(rules));

    assertThat(failure.problems())
        .usingElementComparator(comparing(Problem::toString))
        .containsExactly(Problem.at("awards/team/conditions",
            "condition 'at least 10% of members graded B or better' names grade 'B', which is not "
                + "in the individuals' scale [EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED]"));
  }

  @Test
  void anAllocationKeyNamingAMissingCriterionIsRejected() {
    AwardRuleSet rules = only(best(Quota.count(1))
        .allocatedBy(RankKey.byCriterionPoints("speed"), RankKey.byTotal()));

    InvalidDefinitionException failure = catchThrowableOfType(InvalidDefinitionException.class,
        () -> twoUnits().decide(rules));

    assertThat(failure.problems())
        .usingElementComparator(comparing(Problem::toString))
        .containsExactly(Problem.at("awards/best/allocationOrder",
            "award 'best' allocates by criterion 'speed', which campaign 'c' does not have"));
  }

  @Test
  void anAllocationKeyNamingAnExistingCriterionIsAccepted() {
    AwardRuleSet rules = only(best(Quota.count(1)).allocatedBy(RankKey.byCriterionPoints("rating")));

    assertThat(twoUnits().decide(rules).recipients("best")).containsExactly("a1");
  }

  @Test
  void membersAreListedByIdWhateverTheOrderTheyWereAddedIn() {
    Workforce workforce = Workforce.create().unit("w1")
        .person(Individual.of("p2", "P2", "w1").withDiscipline(DisciplinaryLevel.DEMOTION), 80)
        .person("p3", "w1", 80)
        .person(Individual.of("p1", "P1", "w1").withDiscipline(DisciplinaryLevel.WARNING), 80);
    AwardRuleSet rules = only(AwardRule.of(unit("team"),
        Conditions.noMemberDisciplinedAtLeast(DisciplinaryLevel.WARNING)));

    AwardResult awards = workforce.decide(rules);

    assertThat(awards.decision("w1", "team").orElseThrow().reasons()).map(Message::toString)
        .containsExactly("members disciplined at WARNING or above: p1 (WARNING), p2 (DEMOTION)");
  }
}
