package io.emulation.core.award;

import static io.emulation.core.award.AwardFixture.people;
import static io.emulation.core.preset.Presets.CSTDCS;
import static io.emulation.core.preset.Presets.GIAY_KHEN;
import static io.emulation.core.preset.Presets.LDTT;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.preset.Presets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A person eligible for Chiến sĩ thi đua cơ sở who misses it only because the places are taken:
 * 20 people rated 99 down to 80, all LĐTT holders, so 15% of 20 = 3 places; five of them
 * (p01..p05) have initiatives, and p04 ranks 4th of the 5 eligible.
 */
@DisplayName("Scenario: eligible for CSTĐCS but the quota is full")
class FighterQuotaFullScenarioTest {
  private final AwardResult awards = AwardFixture.year2021()
      .unit("w1", people("p", 99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89, 88, 87, 86, 85, 84, 83,
          82, 81, 80))
      .initiatives("p01", "p02", "p03", "p04", "p05")
      .decide(Presets.law2022());

  @Test
  void theThreeBestRankedEligibleGetThePlaces() {
    assertThat(awards.recipients(CSTDCS)).containsExactlyInAnyOrder("p01", "p02", "p03");
  }

  @Test
  @DisplayName("the only reason is the rank: \"ranked 4th of 5 eligible for 3 places ...\"")
  void theDenialGivesTheRankAndThePlaces() {
    AwardDecision p04 = awards.decision("p04", CSTDCS).orElseThrow();

    assertThat(awards.awardsOf("p04")).contains(LDTT);
    assertThat(p04.excludedBy()).isEmpty();
    assertThat(p04.explain()).isEqualTo("chien-si-thi-dua-co-so: denied (ranked 4th of 5 "
        + "eligible for 3 places (at most 15% of the lao-dong-tien-tien holders, rounded floor))");
  }

  @Test
  @DisplayName("whoever misses the fighter place can still get the Giấy khen")
  void theRunnerUpIsCommendedInstead() {
    // Giấy khen: 10% of 20 = 2 places among the EXCELLENT (p01..p10); p01..p03 are excluded by
    // CSTĐCS, so the places go to p04 (96) and p05 (95)
    assertThat(awards.recipients(GIAY_KHEN)).containsExactlyInAnyOrder("p04", "p05");
    assertThat(awards.awardsOf("p04")).containsExactly(LDTT, GIAY_KHEN);
  }
}
