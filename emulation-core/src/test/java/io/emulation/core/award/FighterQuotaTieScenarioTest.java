package io.emulation.core.award;

import static io.emulation.core.award.AwardFixture.concat;
import static io.emulation.core.award.AwardFixture.people;
import static io.emulation.core.award.AwardFixture.same;
import static io.emulation.core.preset.Presets.CSTDCS;
import static io.emulation.core.preset.Presets.LDTT;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.preset.Presets;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.RankMethod;
import io.emulation.core.ranking.RankPolicy;
import io.emulation.core.text.Message;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A workshop of 40 where the CSTĐCS quota binds on a tie: everyone is rated GOOD or better, so
 * all 40 hold LĐTT and the quota is 15% of 40 = 6 places. The ten with initiatives are rated
 * 99, 98, 97, 96, 95, 94, 94, 93, 92, 91 (p01..p10): p06 and p07 tie on 94 at places 6 and 7,
 * exactly at the cut-off. The other thirty (p11..p40) are rated 80.
 */
@DisplayName("Scenario: 40 LĐTT holders, 6 CSTĐCS places, a tie at the cut-off")
class FighterQuotaTieScenarioTest {
  private static final AwardRuleSet LAW = Presets.law2022();
  private static final String QUOTA =
      "(at most 15% of the lao-dong-tien-tien holders, rounded floor)";

  private static AwardFixture workshop() {
    return AwardFixture.year2021()
        .unit("w1", concat(people("p", 99, 98, 97, 96, 95, 94, 94, 93, 92, 91),
            same("p", 11, 30, 80)))
        .initiatives("p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09", "p10");
  }

  @Test
  void everyoneHoldsTheAdvancedWorkerTitle() {
    assertThat(workshop().decide(LAW).recipients(LDTT)).hasSize(40);
  }

  @Test
  @DisplayName("ties ALL_OUT (default): both tied at the cut-off are out, 5 of 6 places used")
  void tiedAtTheCutOffAreAllOutByDefault() {
    AwardResult awards = workshop().decide(LAW);

    assertThat(awards.recipients(CSTDCS))
        .containsExactlyInAnyOrder("p01", "p02", "p03", "p04", "p05");
    AwardDecision p06 = awards.decision("p06", CSTDCS).orElseThrow();
    AwardDecision p07 = awards.decision("p07", CSTDCS).orElseThrow();
    assertThat(p06.granted()).isFalse();
    assertThat(p07.granted()).isFalse();
    assertThat(p06.reasons()).map(Message::toString)
        .containsExactly("ranked 6th of 10 eligible for 6 places " + QUOTA
            + "; tied with places 6th to 7th at the cut-off on total 94.00, and ties at the "
            + "cut-off are all out");
    assertThat(p07.reasons()).map(Message::toString)
        .containsExactly("ranked 7th of 10 eligible for 6 places " + QUOTA
            + "; tied with places 6th to 7th at the cut-off on total 94.00, and ties at the "
            + "cut-off are all out");
  }

  @Test
  @DisplayName("ties ALL_IN via replaceRule: both tied get it, 7 for 6 places")
  void tiedAtTheCutOffAreAllInWhenTheQuotaSaysSo() {
    AwardRule fighter = LAW.rule(CSTDCS).orElseThrow();
    AwardRuleSet allIn = LAW.toBuilder()
        .replaceRule(fighter.withQuota(fighter.quota().withTies(Quota.TiePolicy.ALL_IN)))
        .build();

    AwardResult awards = workshop().decide(allIn);

    assertThat(awards.recipients(CSTDCS))
        .containsExactlyInAnyOrder("p01", "p02", "p03", "p04", "p05", "p06", "p07");
    assertThat(awards.decision("p07", CSTDCS).orElseThrow().reasons()).map(Message::toString)
        .containsExactly("holds lao-dong-tien-tien in 2021",
            "1 initiative of GRASSROOTS reach or wider recognised in 2021, needs 1",
            "ranked 7th of 10 eligible for 6 places (at most 15% of the lao-dong-tien-tien "
                + "holders, rounded floor, ties at the cut-off all in); tied with places 6th to "
                + "7th at the cut-off on total 94.00, and ties at the cut-off are all in");
    assertThat(awards.decision("p08", CSTDCS).orElseThrow().reasons()).map(Message::toString)
        .containsExactly(
            "ranked 8th of 10 eligible for 6 places (at most 15% of the lao-dong-tien-tien "
                + "holders, rounded floor, ties at the cut-off all in)");
  }

  @Test
  @DisplayName("a later rank key of the campaign (direct production first) decides the last "
      + "place without a tie")
  void aLaterRankKeyBreaksTheTie() {
    // p07 works in direct production, p06 does not: p07 ranks 6th and takes the last place
    AwardResult awards = workshop()
        .rankPolicy(RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byTotal(),
            RankKey.directProductionFirst()))
        .change("p07", AwardFixture.Person::direct)
        .decide(LAW);

    assertThat(awards.recipients(CSTDCS))
        .containsExactlyInAnyOrder("p01", "p02", "p03", "p04", "p05", "p07");
    assertThat(awards.decision("p06", CSTDCS).orElseThrow().reasons()).map(Message::toString)
        .containsExactly("ranked 7th of 10 eligible for 6 places " + QUOTA);
  }

  @Test
  @DisplayName("a rule's own allocation order overrides the campaign's rank policy")
  void aRulesAllocationOrderBreaksTheTie() {
    AwardRuleSet byDirectProduction = LAW.toBuilder()
        .replaceRule(LAW.rule(CSTDCS).orElseThrow()
            .allocatedBy(RankKey.byTotal(), RankKey.directProductionFirst()))
        .build();

    AwardResult awards = workshop().change("p07", AwardFixture.Person::direct)
        .decide(byDirectProduction);

    assertThat(awards.recipients(CSTDCS))
        .containsExactlyInAnyOrder("p01", "p02", "p03", "p04", "p05", "p07");
  }

  @Test
  @DisplayName("tied on every key, the reason gives every key's value")
  void aTieOnEveryKeyNamesEachValue() {
    AwardResult awards = workshop()
        .rankPolicy(RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byTotal(),
            RankKey.directProductionFirst()))
        .change("p06", AwardFixture.Person::direct)
        .change("p07", AwardFixture.Person::direct)
        .decide(LAW);

    assertThat(awards.recipients(CSTDCS)).hasSize(5);
    assertThat(awards.decision("p06", CSTDCS).orElseThrow().reasons()).map(Message::toString)
        .containsExactly(
            "ranked 6th of 10 eligible for 6 places " + QUOTA + "; tied with places 6th to 7th at "
                + "the cut-off on total 94.00, direct production, and ties at the cut-off are all "
                + "out");
  }

  @Test
  @DisplayName("participant id ending the rank policy orders the tied but does not separate "
      + "them: the tie stays all out")
  void participantIdDoesNotBreakATieAtTheCutOff() {
    // RankPolicy: participant id "orders tied participants but never separates their ranks";
    // p06 and p07 share rank 6, so neither may take the 6th place over the other by id
    AwardResult awards = workshop()
        .rankPolicy(RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byTotal(),
            RankKey.byParticipantId()))
        .decide(LAW);

    assertThat(awards.recipients(CSTDCS))
        .containsExactlyInAnyOrder("p01", "p02", "p03", "p04", "p05");
    assertThat(awards.decision("p06", CSTDCS).orElseThrow().reasons()).map(Message::toString)
        .containsExactly(
            "ranked 6th of 10 eligible for 6 places " + QUOTA + "; tied with places 6th to 7th at "
                + "the cut-off on total 94.00, and ties at the cut-off are all out");
  }
}
