package io.emulation.core.award;

import static io.emulation.core.award.AwardFixture.concat;
import static io.emulation.core.award.AwardFixture.people;
import static io.emulation.core.award.AwardFixture.same;
import static io.emulation.core.preset.Presets.CSTDCS;
import static io.emulation.core.preset.Presets.CSTD_BO;
import static io.emulation.core.preset.Presets.LDTT;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.preset.Presets;
import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "Chiến sĩ thi đua cấp Bộ: CSTĐCS 3 consecutive times plus an initiative of ministry-wide
 * reach", against histories with gaps and with grants that do not count. In every case p01
 * (rated 90, a ministry-reach initiative) is a CSTĐCS in the period evaluated: p01 and q01..q06
 * (rated 80) hold LĐTT, 15% of 7 = 1.05 -> 1 place, and only p01 has an initiative.
 */
@DisplayName("Scenario: CSTĐ cấp Bộ needs CSTĐCS three consecutive times")
class ConsecutiveTitlesScenarioTest {
  private static final AwardRuleSet LAW = Presets.law2022();

  private static AwardFixture workshop(Period period) {
    return AwardFixture.in(period)
        .unit("w1", concat(people("p", 90), same("q", 1, 6, 80)))
        .initiative("p01", AwardLevel.MINISTRY);
  }

  private static PastAward past(String awardId, int year, AwardKind kind) {
    return new PastAward("p01", awardId, Period.year(year), kind);
  }

  private static PastAward fighter(int year) {
    return past(CSTDCS, year, AwardKind.EMULATION_TITLE);
  }

  @Test
  @DisplayName("2019, 2020 and 2021: granted")
  void threeInARow() {
    AwardResult awards = workshop(Period.year(2021)).history(fighter(2019), fighter(2020))
        .decide(LAW);

    assertThat(awards.recipients(CSTDCS)).containsExactly("p01");
    assertThat(awards.recipients(CSTD_BO)).containsExactly("p01");
  }

  @Test
  @DisplayName("2018, 2019 and 2021 without 2020: the gap ends the streak at 1")
  void aGapYearBreaksTheStreak() {
    AwardResult awards = workshop(Period.year(2021))
        .history(fighter(2018), fighter(2019)).decide(LAW);

    AwardDecision p01 = awards.decision("p01", CSTD_BO).orElseThrow();
    assertThat(p01.granted()).isFalse();
    assertThat(p01.reasons()).map(Message::toString).containsExactly(
        "chien-si-thi-dua-co-so held 1 consecutive time up to 2021, needs 3");
  }

  @Test
  @DisplayName("2019, 2021 and 2022 without 2020: three grants, but only 2 consecutive")
  void threeGrantsWithAGapAreNotThreeConsecutive() {
    AwardResult awards = workshop(Period.year(2022))
        .history(fighter(2019), fighter(2021)).decide(LAW);

    assertThat(awards.decision("p01", CSTD_BO).orElseThrow().reasons()).map(Message::toString)
        .containsExactly("chien-si-thi-dua-co-so held 2 consecutive times up to 2022, needs 3");
  }

  @Test
  @DisplayName("2020, 2021 and 2022: granted")
  void threeInARowEndingLater() {
    AwardResult awards = workshop(Period.year(2022))
        .history(fighter(2020), fighter(2021)).decide(LAW);

    assertThat(awards.decision("p01", CSTD_BO).orElseThrow().reasons()).map(Message::toString)
        .containsExactly("chien-si-thi-dua-co-so held 3 consecutive times up to 2022, needs 3",
            "1 initiative of MINISTRY reach or wider recognised in 2022, needs 1");
  }

  @ParameterizedTest(name = "{0} grants in 2019 and 2020 do not count")
  @EnumSource(value = AwardKind.class, names = {"AD_HOC", "THEMED"})
  @DisplayName("\"Ad-hoc (đột xuất) and themed-campaign awards do not count as history for "
      + "higher merit-based titles\"")
  void adHocAndThemedGrantsDoNotCount(AwardKind kind) {
    AwardResult awards = workshop(Period.year(2021))
        .history(past(CSTDCS, 2019, kind), past(CSTDCS, 2020, kind)).decide(LAW);

    assertThat(awards.decision("p01", CSTD_BO).orElseThrow().reasons()).map(Message::toString)
        .containsExactly("chien-si-thi-dua-co-so held 1 consecutive time up to 2021, needs 3");
  }

  @Test
  @DisplayName("an ad-hoc grant in 2020 breaks a streak a themed grant in 2019 cannot mend")
  void adHocAndThemedTogetherStillDoNotCount() {
    AwardResult awards = workshop(Period.year(2021))
        .history(past(CSTDCS, 2019, AwardKind.THEMED), past(CSTDCS, 2020, AwardKind.AD_HOC))
        .decide(LAW);

    assertThat(awards.recipients(CSTD_BO)).isEmpty();
    assertThat(awards.decision("p01", CSTD_BO).orElseThrow().reasons()).map(Message::toString)
        .containsExactly("chien-si-thi-dua-co-so held 1 consecutive time up to 2021, needs 3");
  }

  @Test
  @DisplayName("a merit grant in 2020 counts, an ad-hoc one in 2019 does not: streak 2")
  void onlyTheMeritGrantsCount() {
    AwardResult awards = workshop(Period.year(2021))
        .history(past(CSTDCS, 2019, AwardKind.AD_HOC), fighter(2020)).decide(LAW);

    assertThat(awards.decision("p01", CSTD_BO).orElseThrow().reasons()).map(Message::toString)
        .containsExactly("chien-si-thi-dua-co-so held 2 consecutive times up to 2021, needs 3");
  }

  @Test
  @DisplayName("a commendation-kind grant of the same award counts as history")
  void commendationKindCounts() {
    AwardResult awards = workshop(Period.year(2021))
        .history(past(CSTDCS, 2019, AwardKind.COMMENDATION),
            past(CSTDCS, 2020, AwardKind.COMMENDATION))
        .decide(LAW);

    assertThat(awards.recipients(CSTD_BO)).containsExactly("p01");
  }

  @Test
  @DisplayName("other titles in the history do not count toward the streak")
  void otherAwardsDoNotCount() {
    AwardResult awards = workshop(Period.year(2021))
        .history(past(LDTT, 2019, AwardKind.EMULATION_TITLE),
            past(LDTT, 2020, AwardKind.EMULATION_TITLE))
        .decide(LAW);

    assertThat(awards.decision("p01", CSTD_BO).orElseThrow().reasons()).map(Message::toString)
        .containsExactly("chien-si-thi-dua-co-so held 1 consecutive time up to 2021, needs 3");
  }
}
