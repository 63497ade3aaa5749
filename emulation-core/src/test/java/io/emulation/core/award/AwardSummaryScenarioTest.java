package io.emulation.core.award;

import static io.emulation.core.award.AwardFixture.people;
import static io.emulation.core.preset.Presets.CSTDCS;
import static io.emulation.core.preset.Presets.CSTD_BO;
import static io.emulation.core.preset.Presets.GIAY_KHEN;
import static io.emulation.core.preset.Presets.LDTT;
import static io.emulation.core.preset.Presets.TTLDTT;
import static io.emulation.core.preset.Presets.TTLDXS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.collect.ImmutableMap;
import io.emulation.core.preset.Presets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link AwardResult#summary()} on two workshops under the 2022 pack, worked out by hand.
 *
 * <pre>
 * w1: a01 96 (initiative), a02 93, a03 90, a04 85, a05 80, a06 60   mean 504 / 6 = 84.00 GOOD
 * w2: b01 91, b02 78, b03 77, b04 65, b05 55                        mean 366 / 5 = 73.20 COMPLETED
 *
 * LĐTT (GOOD or better):   a01..a05, b01..b03                        8
 * CSTĐCS: 15% of 8 = 1.2 -> 1 place; a01 the only one with an initiative  1
 * CSTĐ cấp Bộ: no history                                            0
 * TTLĐTT: w1 5/6 = 83.33% > 50%, w2 3/5 = 60% > 50%, both completed   2
 * TTLĐXS: w1 GOOD, w2 COMPLETED, neither EXCELLENT                   0
 * Giấy khen: EXCELLENT w1 a01 (excluded by CSTĐCS), a02, a03; w2 b01;
 *   w1 10% of 6 = 0 -> at least 1 -> a02; w2 10% of 5 = 0 -> 1 -> b01  2
 * total                                                             13
 * per unit: w1 = 5 LĐTT + 1 CSTĐCS + 1 Giấy khen + 1 TTLĐTT = 8; w2 = 3 + 1 + 1 = 5
 * commended: 8 individuals (the LĐTT holders), 2 collectives
 * </pre>
 */
@DisplayName("Scenario: the award summary of two workshops")
class AwardSummaryScenarioTest {
  private final AwardResult awards = AwardFixture.year2021()
      .unit("w1", people("a", 96, 93, 90, 85, 80, 60))
      .unit("w2", people("b", 91, 78, 77, 65, 55))
      .initiatives("a01")
      .decide(Presets.law2022());

  @Test
  void grantsPerAwardInTheRuleSetsOrderWithZeros() {
    assertThat(awards.summary().perAward()).containsExactly(entry(LDTT, 8), entry(CSTDCS, 1),
        entry(CSTD_BO, 0), entry(TTLDTT, 2), entry(TTLDXS, 0), entry(GIAY_KHEN, 2));
  }

  @Test
  void grantsPerUnitCountTheUnitsPeopleAndTheUnitItself() {
    assertThat(awards.summary().perUnit()).containsOnly(entry("w1", 8), entry("w2", 5));
  }

  @Test
  void totalsAndTheSentence() {
    AwardSummary summary = awards.summary();

    assertThat(summary.totalGrants()).isEqualTo(13);
    assertThat(summary.individualsCommended()).isEqualTo(8);
    assertThat(summary.collectivesCommended()).isEqualTo(2);
    assertThat(summary.describe())
        .isEqualTo("2 collectives and 8 individuals commended (13 awards)");
  }

  @Test
  void theRecipientsBehindTheCounts() {
    assertThat(awards.recipients(LDTT)).containsExactlyInAnyOrder("a01", "a02", "a03", "a04",
        "a05", "b01", "b02", "b03");
    assertThat(awards.recipients(CSTDCS)).containsExactly("a01");
    assertThat(awards.recipients(GIAY_KHEN)).containsExactlyInAnyOrder("a02", "b01");
    assertThat(awards.recipients(TTLDTT)).containsExactlyInAnyOrder("w1", "w2");
  }

  @Test
  void theSentenceUsesTheSingularForOne() {
    AwardSummary one = new AwardSummary(ImmutableMap.of(), ImmutableMap.of(), 1, 1, 1);

    assertThat(one.describe()).isEqualTo("1 collective and 1 individual commended (1 award)");
  }
}
