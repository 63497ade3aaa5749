package io.emulation.core.award;

import static io.emulation.core.award.AwardFixture.concat;
import static io.emulation.core.award.AwardFixture.same;
import static io.emulation.core.preset.Presets.CSTDCS;
import static io.emulation.core.preset.Presets.TTLDTT;
import static io.emulation.core.preset.Presets.TTLDXS;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.preset.Presets;
import io.emulation.core.text.Message;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A collective of 20 that misses Tập thể lao động xuất sắc by one member below the 70% LĐTT
 * share: everything else holds (it is an Advanced Collective, graded EXCELLENT, everyone
 * completed, one member is a grassroots Emulation Fighter).
 */
@DisplayName("Scenario: a collective one LĐTT holder short of TTLĐXS")
class ExcellentCollectiveShortByOneScenarioTest {
  private static final AwardRuleSet LAW = Presets.law2022();

  @Test
  @DisplayName("13 of 20 (65%) hold LĐTT: denied, the reason gives actual and required share")
  void thirteenOfTwentyIsShortOfSeventyPercent() {
    // 13 rated 100 (LĐTT) and 7 rated 74 (COMPLETED, no LĐTT):
    // mean (1300 + 518) / 20 = 90.90 -> EXCELLENT; 20 of 20 completed;
    // 15% of 13 holders = 1.95 -> 1 CSTĐCS place -> m01, who has the initiative;
    // TTLĐTT: 65% > 50% -> granted; TTLĐXS: 65% < 70% -> denied on that alone
    AwardResult awards = AwardFixture.year2021()
        .unit("w1", concat(same("m", 1, 13, 100), same("m", 14, 7, 74)))
        .initiatives("m01").decide(LAW);

    assertThat(awards.recipients(CSTDCS)).containsExactly("m01");
    assertThat(awards.recipients(TTLDTT)).containsExactly("w1");
    AwardDecision excellent = awards.decision("w1", TTLDXS).orElseThrow();
    assertThat(excellent.granted()).isFalse();
    assertThat(excellent.reasons()).map(Message::toString).containsExactly(
        "13 of 20 members (65.00%) hold lao-dong-tien-tien, needs at least 70%");
  }

  @Test
  @DisplayName("one more holder, 14 of 20 (70%): granted")
  void fourteenOfTwentyIsEnough() {
    // 14 rated 100 and 6 rated 74: mean (1400 + 444) / 20 = 92.20 -> EXCELLENT;
    // 15% of 14 = 2.1 -> 2 CSTĐCS places, m01 the only one eligible; 14 / 20 = 70%
    AwardResult awards = AwardFixture.year2021()
        .unit("w1", concat(same("m", 1, 14, 100), same("m", 15, 6, 74)))
        .initiatives("m01").decide(LAW);

    assertThat(awards.recipients(TTLDXS)).containsExactly("w1");
    assertThat(awards.decision("w1", TTLDXS).orElseThrow().reasons()).map(Message::toString)
        .contains("14 of 20 members (70.00%) hold lao-dong-tien-tien, needs at least 70%");
  }
}
