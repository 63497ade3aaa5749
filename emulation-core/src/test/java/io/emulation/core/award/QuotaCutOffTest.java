package io.emulation.core.award;

import static io.emulation.core.award.Conditions.minGrade;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.org.ParticipantKind;
import io.emulation.core.text.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ties that reach past the places on both sides of the cut-off: w1 has a (90), then b, c and d
 * tied on 80, then e (70); everyone is eligible.
 */
class QuotaCutOffTest {

  private static AwardResult decide(Quota quota) {
    Award best = Award.of("best", "Best", AwardKind.EMULATION_TITLE, ParticipantKind.INDIVIDUAL,
        AwardLevel.GRASSROOTS);
    return Workforce.create().unit("w1")
        .person("a", "w1", 90).person("b", "w1", 80).person("c", "w1", 80).person("d", "w1", 80)
        .person("e", "w1", 70)
        .decide(AwardRuleSet.builder("rs")
            .rules(AwardRule.of(best, minGrade("COMPLETED")).withQuota(quota)).build());
  }

  @Test
  void aTieReachingAboveTheLastPlaceIsLeftOutFromItsFirstTiedPlace() {
    // 3 places: b, c and d tie for places 2 to 4, so all three are out, not just d
    AwardResult awards = decide(Quota.count(3));

    assertThat(awards.recipients("best")).containsExactly("a");
  }

  @Test
  void aTieReachingBelowTheFirstPlaceOutIsLetInToItsLastTiedPlace() {
    // 2 places: b, c and d tie for places 2 to 4, so all three are in, not just b and c
    AwardResult awards = decide(Quota.count(2).withTies(Quota.TiePolicy.ALL_IN));

    assertThat(awards.recipients("best")).containsExactly("a", "b", "c", "d");
  }

  @Test
  void everyoneInTheTieIsToldOfItAndNobodyOutsideIt() {
    AwardResult awards = decide(Quota.count(3));
    String tie = "tied with places 2nd to 4th at the cut-off on total 80.00, and ties at the "
        + "cut-off are all out";

    assertThat(awards.decision("b", "best").orElseThrow().reasons().get(0)).asString()
        .endsWith(tie);
    assertThat(awards.decision("d", "best").orElseThrow().reasons()).map(Message::toString)
        .containsExactly("ranked 4th of 5 eligible for 3 places (at most 3); " + tie);
    assertThat(awards.decision("e", "best").orElseThrow().reasons()).map(Message::toString)
        .containsExactly("ranked 5th of 5 eligible for 3 places (at most 3)");
  }

  @Test
  void aTieForTheFirstPlaceAcrossTheCutOffIsNamedToo() {
    Award best = Award.of("best", "Best", AwardKind.EMULATION_TITLE, ParticipantKind.INDIVIDUAL,
        AwardLevel.GRASSROOTS);
    AwardResult awards = Workforce.create().unit("w1")
        .person("x", "w1", 90).person("y", "w1", 90).person("z", "w1", 80)
        .decide(AwardRuleSet.builder("rs")
            .rules(AwardRule.of(best, minGrade("COMPLETED")).withQuota(Quota.count(1))).build());

    assertThat(awards.recipients("best")).isEmpty();
    assertThat(awards.decision("x", "best").orElseThrow().reasons()).map(Message::toString)
        .containsExactly(
            "ranked 1st of 3 eligible for 1 place (at most 1); tied with places 1st to 2nd at the "
                + "cut-off on total 90.00, and ties at the cut-off are all out");
  }

  @ParameterizedTest
  @CsvSource({"1, 1st", "2, 2nd", "3, 3rd", "4, 4th", "10, 10th", "11, 11th", "12, 12th",
      "13, 13th", "14, 14th", "21, 21st", "22, 22nd", "23, 23rd", "100, 100th", "101, 101st",
      "111, 111th", "112, 112th", "113, 113th", "121, 121st"})
  void ranksInReasonsAreEnglishOrdinals(int rank, String ordinal) {
    assertThat(AwardTexts.ordinal(rank)).hasToString(ordinal);
  }
}
