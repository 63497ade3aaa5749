package io.emulation.core.award;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.award.RandomAwardCampaigns.Decided;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.preset.Presets;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A what-if ({@link AwardEvaluator#reevaluate}) always equals deciding the changed rules from
 * scratch, whatever changed: a quota, a condition, an exclusion group; over seeded random
 * factories, so a failure names its seed.
 */
class WhatIfPropertiesTest {
  private static final AwardRuleSet LAW_2022 = Presets.law2022();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 30);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void whatIfAfterAQuotaChangeEqualsDecidingFromScratch(long seed) {
    SplittableRandom random = new SplittableRandom(seed * 31);
    AwardRuleSet before = RandomAwardCampaigns.law2022WithRandomQuotas(LAW_2022, random);
    AwardRule changed = pick(before, random);
    AwardRuleSet after = before.toBuilder().replaceRule(changed.withQuota(
        RandomAwardCampaigns.randomQuota(random, changed.award().id()))).build();

    assertWhatIfEqualsScratch(seed, before, after);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void whatIfAfterAConditionChangeEqualsDecidingFromScratch(long seed) {
    SplittableRandom random = new SplittableRandom(seed * 37);
    AwardRuleSet before = RandomAwardCampaigns.law2022WithRandomQuotas(LAW_2022, random);
    AwardRule changed = pick(before, random);
    Condition stricter = Conditions.all(changed.eligibility(),
        Conditions.minScore(BigDecimal.valueOf(random.nextInt(40, 100))));
    AwardRuleSet after = before.toBuilder().replaceRule(new AwardRule(changed.award(), stricter,
        changed.quota(), changed.allocationOrder())).build();

    assertWhatIfEqualsScratch(seed, before, after);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void whatIfWithoutTheExclusionGroupEqualsDecidingFromScratch(long seed) {
    AwardRuleSet before = RandomAwardCampaigns.law2022WithRandomQuotas(LAW_2022,
        new SplittableRandom(seed * 41));
    AwardRuleSet after = AwardRuleSet.builder(before.name())
        .rules(before.rules().toArray(AwardRule[]::new)).build();

    assertWhatIfEqualsScratch(seed, before, after);
    assertWhatIfEqualsScratch(seed, after, before);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void whatIfBackToTheFirstRulesGivesTheFirstResult(long seed) {
    SplittableRandom random = new SplittableRandom(seed * 43);
    AwardRuleSet before = RandomAwardCampaigns.law2022WithRandomQuotas(LAW_2022, random);
    AwardRule changed = pick(before, random);
    AwardRuleSet after = before.toBuilder().replaceRule(changed.withQuota(
        RandomAwardCampaigns.randomQuota(random, changed.award().id()))).build();
    AwardResult first = RandomAwardCampaigns.generate(seed).decide(before).awards();

    AwardResult back = AwardEvaluator.of(before).reevaluate(
        AwardEvaluator.of(after).reevaluate(first));

    assertThat(back).as("seed %s", seed).isEqualTo(first);
    assertThat(back.decisions()).as("seed %s", seed).isEqualTo(first.decisions());
  }

  private static AwardRule pick(AwardRuleSet rules, SplittableRandom random) {
    List<AwardRule> all = rules.rules();
    return all.get(random.nextInt(all.size()));
  }

  private static void assertWhatIfEqualsScratch(long seed, AwardRuleSet before,
      AwardRuleSet after) {
    RandomAwardCampaigns factory = RandomAwardCampaigns.generate(seed);
    Decided decided = factory.decide(before);
    Campaign campaign = factory.campaign();
    EvaluationResult evaluation = decided.evaluation();

    AwardResult whatIf = AwardEvaluator.of(after).reevaluate(decided.awards());
    AwardResult scratch = AwardEvaluator.of(after).evaluate(campaign, evaluation,
        factory.inputs());

    assertThat(whatIf).as("seed %s", seed).isEqualTo(scratch);
    assertThat(whatIf.decisions()).as("seed %s", seed).isEqualTo(scratch.decisions());
    assertThat(whatIf.summary()).as("seed %s", seed).isEqualTo(scratch.summary());
  }
}
