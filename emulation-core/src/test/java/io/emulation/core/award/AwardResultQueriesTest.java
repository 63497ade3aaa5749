package io.emulation.core.award;

import static io.emulation.core.award.Conditions.minGrade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.emulation.core.org.ParticipantKind;
import org.junit.jupiter.api.Test;

/**
 * What a caller can ask an award result: w1 has a1 (90), a2 (85) and a3 (80), w2 has b1 (70)
 * and b2 (65); "good" goes to everyone graded GOOD (75) or better, "best" to the single best.
 */
class AwardResultQueriesTest {
  private static final AwardRuleSet RULES = AwardRuleSet.builder("rs")
      .rules(AwardRule.of(person("good"), minGrade("GOOD")),
          AwardRule.of(person("best"), minGrade("COMPLETED")).withQuota(Quota.count(1)))
      .build();

  private final AwardResult awards = twoUnits().decide(RULES);

  private static Award person(String id) {
    return Award.of(id, "Award " + id, AwardKind.EMULATION_TITLE, ParticipantKind.INDIVIDUAL,
        AwardLevel.GRASSROOTS);
  }

  private static Workforce twoUnits() {
    return Workforce.create().unit("w1").unit("w2")
        .person("a1", "w1", 90).person("a2", "w1", 85).person("a3", "w1", 80)
        .person("b1", "w2", 70).person("b2", "w2", 65);
  }

  @Test
  void explainGivesEveryDecisionOnTheParticipantOnePerLineInDecisionOrder() {
    assertThat(awards.explain("a2")).isEqualTo(
        awards.decision("a2", "good").orElseThrow().explain() + "\n"
            + awards.decision("a2", "best").orElseThrow().explain());
    assertThat(awards.explain("a2")).startsWith("good: granted (").contains("\nbest: denied (");
  }

  @Test
  void explainIsEmptyForSomeoneNoAwardWasDecidedOn() {
    assertThat(awards.explain("w1")).isEmpty();
  }

  @Test
  void countGrantsCountsOnlyGrantedDecisionsByTheKeyInFirstSeenOrder() {
    assertThat(awards.countGrants(AwardDecision::awardId))
        .containsExactly(entry("good", 3L), entry("best", 1L));
    assertThat(awards.countGrants(AwardDecision::participantId))
        .containsExactly(entry("a1", 2L), entry("a2", 1L), entry("a3", 1L));
  }

  @Test
  void decidingTwiceGivesEqualResultsWithEqualHashCodes() {
    AwardResult again = twoUnits().decide(RULES);

    assertThat(again).isEqualTo(awards).hasSameHashCodeAs(awards);
  }

  @Test
  void resultDescribesItselfByCampaignPeriodAndSummary() {
    assertThat(awards).hasToString(
        "AwardResult{c, 2021, 0 collectives and 3 individuals commended (4 awards)}");
  }

  @Test
  void ruleSetDescribesItselfByNameAndDecisionOrder() {
    AwardRuleSet waiting = AwardRuleSet.builder("titles")
        .rules(AwardRule.of(person("second"), Conditions.holds("first")),
            AwardRule.of(person("first"), minGrade("GOOD")))
        .build();

    assertThat(waiting).hasToString("AwardRuleSet{titles, [first, second]}");
  }

  @Test
  void evaluatorKeepsTheRuleSetItWasGiven() {
    assertThat(AwardEvaluator.of(RULES).rules()).isSameAs(RULES);
  }
}
