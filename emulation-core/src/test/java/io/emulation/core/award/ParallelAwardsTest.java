package io.emulation.core.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.award.RandomAwardCampaigns.Decided;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.preset.Presets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Awards whose candidates are checked on several threads ({@link AwardEvaluator#inParallel})
 * are exactly those checked on one, decisions, reasons and what-ifs alike, over seeded random
 * factories checked on several threads from the first candidate; and a condition that throws
 * throws for the same candidate as on one thread.
 */
class ParallelAwardsTest {
  private static final AwardRuleSet LAW_2022 = Presets.law2022();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 30);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void awardsCheckedOnSeveralThreadsAreThoseCheckedOnOne(long seed) {
    RandomAwardCampaigns factory = RandomAwardCampaigns.generate(seed);
    AwardRuleSet rules = RandomAwardCampaigns.law2022WithRandomQuotas(LAW_2022,
        new SplittableRandom(seed * 53));
    Decided onOne = factory.decide(rules);

    AwardResult onSeveral = AwardEvaluator.of(rules).parallelFrom(1)
        .evaluate(factory.campaign(), onOne.evaluation(), factory.inputs());

    assertThat(onSeveral).as("seed %s", seed).isEqualTo(onOne.awards());
    assertThat(onSeveral.decisions()).as("seed %s", seed).isEqualTo(onOne.awards().decisions());
    assertThat(onSeveral.summary()).as("seed %s", seed).isEqualTo(onOne.awards().summary());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aWhatIfCheckedOnSeveralThreadsIsTheOneCheckedOnOne(long seed) {
    SplittableRandom random = new SplittableRandom(seed * 59);
    RandomAwardCampaigns factory = RandomAwardCampaigns.generate(seed);
    AwardRuleSet before = RandomAwardCampaigns.law2022WithRandomQuotas(LAW_2022, random);
    AwardRule changed = before.rules().get(random.nextInt(before.rules().size()));
    AwardRuleSet after = before.toBuilder().replaceRule(changed.withQuota(
        RandomAwardCampaigns.randomQuota(random, changed.award().id()))).build();
    AwardResult decided = factory.decide(before).awards();

    AwardResult onSeveral = AwardEvaluator.of(after).parallelFrom(1).reevaluate(decided);
    AwardResult onOne = AwardEvaluator.of(after).reevaluate(decided);

    assertThat(onSeveral).as("seed %s", seed).isEqualTo(onOne);
    assertThat(onSeveral.decisions()).as("seed %s", seed).isEqualTo(onOne.decisions());
  }

  @Test
  void aConditionThrowingForSeveralCandidatesThrowsForTheFirstAsOnOneThread() {
    RandomAwardCampaigns factory = RandomAwardCampaigns.generate(7);
    EvaluationResult evaluation = factory.decide(LAW_2022).evaluation();
    List<ParticipantResult> candidates = evaluation.individuals();
    assertThat(candidates).hasSizeGreaterThan(4);
    // throws for every candidate from the third on, in the evaluation's order
    List<String> failing = candidates.subList(2, candidates.size()).stream()
        .map(ParticipantResult::participantId).toList();
    Condition unanswerable = new Condition() {
      @Override
      public ConditionResult evaluate(ConditionContext context) {
        String id = context.result().participantId();
        if (failing.contains(id)) {
          throw new IllegalStateException("no answer for " + id);
        }
        return ConditionResult.met("answered");
      }

      @Override
      public String describe() {
        return "answers";
      }
    };
    AwardRuleSet rules = AwardRuleSet.builder("rs").rules(AwardRule.of(Award.of("answered",
        "Answered", AwardKind.EMULATION_TITLE, ParticipantKind.INDIVIDUAL,
        AwardLevel.GRASSROOTS), unanswerable)).build();

    assertThatThrownBy(() -> AwardEvaluator.of(rules).parallelFrom(1)
        .evaluate(factory.campaign(), evaluation, factory.inputs()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no answer for " + failing.get(0));
    assertThatThrownBy(() -> AwardEvaluator.of(rules)
        .evaluate(factory.campaign(), evaluation, factory.inputs()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no answer for " + failing.get(0));
  }

  @Test
  void inParallelDecidesAsOnOneThread() {
    RandomAwardCampaigns factory = RandomAwardCampaigns.generate(11);
    Decided onOne = factory.decide(LAW_2022);

    assertThat(AwardEvaluator.of(LAW_2022).inParallel()
        .evaluate(factory.campaign(), onOne.evaluation(), factory.inputs()))
        .isEqualTo(onOne.awards());
  }
}
