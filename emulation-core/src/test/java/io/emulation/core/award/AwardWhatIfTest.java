package io.emulation.core.award;

import static io.emulation.core.preset.Presets.CSTDCS;
import static io.emulation.core.preset.Presets.GIAY_KHEN;
import static io.emulation.core.preset.Presets.LDTT;
import static io.emulation.core.preset.Presets.TTLDTT;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.preset.Presets;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a what-if keeps of the result it starts from (equality is WhatIfPropertiesTest's). */
class AwardWhatIfTest {
  private static final AwardRuleSet LAW_2022 = Presets.law2022();
  private final RandomAwardCampaigns factory = RandomAwardCampaigns.generate(7);
  private final AwardResult first = factory.decide(LAW_2022).awards();

  private static AwardRuleSet withFighterQuota(String percent) {
    AwardRule fighter = LAW_2022.rule(CSTDCS).orElseThrow();
    return LAW_2022.toBuilder().replaceRule(fighter.withQuota(
        Quota.percentOfHolders(LDTT, new BigDecimal(percent)))).build();
  }

  @Test
  void awardsDecidedBeforeTheChangedOneKeepTheirDecisions() {
    AwardResult whatIf = AwardEvaluator.of(withFighterQuota("30")).reevaluate(first);

    assertThat(whatIf.decisions(LDTT)).isSameAs(first.decisions(LDTT));
    assertThat(whatIf.decisions(TTLDTT)).isSameAs(first.decisions(TTLDTT));
  }

  @Test
  void unchangedRulesKeepEveryDecision() {
    AwardResult whatIf = AwardEvaluator.of(LAW_2022).reevaluate(first);

    for (AwardRule rule : LAW_2022.rules()) {
      assertThat(whatIf.decisions(rule.award().id())).as(rule.award().id())
          .isSameAs(first.decisions(rule.award().id()));
    }
  }

  @Test
  void aWiderQuotaGrantsAtLeastAsManyOfTheChangedAward() {
    AwardResult narrow = AwardEvaluator.of(withFighterQuota("5")).reevaluate(first);
    AwardResult wide = AwardEvaluator.of(withFighterQuota("50")).reevaluate(narrow);

    assertThat(wide.recipients(CSTDCS)).containsAll(narrow.recipients(CSTDCS));
  }

  @Test
  void anAwardExcludedByTheChangedOneIsDecidedAgain() {
    AwardResult none = AwardEvaluator.of(withFighterQuota("0")).reevaluate(first);

    assertThat(none.recipients(CSTDCS)).isEmpty();
    assertThat(none.decisions(GIAY_KHEN)).noneMatch(
        d -> d.outcome() == AwardDecision.Outcome.EXCLUDED);
  }

  @Test
  void decisionsOfAnAwardAreListedByParticipant() {
    assertThat(first.decisions(LDTT)).extracting(AwardDecision::awardId).containsOnly(LDTT);
    assertThat(first.decisions("no-such-award")).isEmpty();
  }
}
