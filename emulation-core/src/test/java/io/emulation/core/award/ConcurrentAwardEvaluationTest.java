package io.emulation.core.award;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.ConcurrentRuns;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.preset.Presets;
import io.emulation.core.scoring.FormulaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One campaign evaluator and one award evaluator (the 2022 law pack) shared by 8 threads give
 * each the single-threaded evaluation and awards: 32 runs over 4 random factories, each factory
 * decided by several threads at once from the same objects, others deciding different ones.
 */
class ConcurrentAwardEvaluationTest {

  /** One factory's campaign, data and inputs, built once and shared by every thread. */
  private record Factory(Campaign campaign, EvaluationData data, AwardInputs inputs) {}

  /** An evaluation and the awards decided on it. */
  private record Outcome(EvaluationResult evaluation, AwardResult awards) {}

  private static Outcome decide(CampaignEvaluator evaluator, AwardEvaluator awards,
      Factory factory) {
    EvaluationResult evaluation =
        evaluator.evaluate(factory.campaign(), factory.data(), RandomAwardCampaigns.YEAR);
    return new Outcome(evaluation,
        awards.evaluate(factory.campaign(), evaluation, factory.inputs()));
  }

  @Test
  void sharedEvaluatorsGiveEveryThreadTheSingleThreadedEvaluationAndAwards() throws Exception {
    CampaignEvaluator evaluator = CampaignEvaluator.of(FormulaRegistry.load());
    AwardEvaluator awards = AwardEvaluator.of(Presets.law2022());
    List<Factory> factories = new ArrayList<>();
    List<Outcome> expected = new ArrayList<>();
    for (long seed = 1; seed <= 4; seed++) {
      RandomAwardCampaigns generated = RandomAwardCampaigns.generate(seed);
      Factory factory = new Factory(generated.campaign(), generated.data(), generated.inputs());
      factories.add(factory);
      expected.add(decide(evaluator, awards, factory));
    }
    assertThat(expected).as("the factories grant awards")
        .allSatisfy(outcome -> assertThat(outcome.awards().summary().totalGrants()).isPositive());

    List<Future<Outcome>> futures = ConcurrentRuns.runTogether(ConcurrentRuns.TASKS,
        task -> () -> decide(evaluator, awards, factories.get(task % factories.size())));

    for (int task = 0; task < futures.size(); task++) {
      Outcome outcome = futures.get(task).get();
      Outcome single = expected.get(task % factories.size());
      assertThat(outcome.evaluation()).as("evaluation of task %d", task)
          .isEqualTo(single.evaluation());
      assertThat(outcome.awards()).as("awards of task %d", task).isEqualTo(single.awards());
      assertThat(outcome.awards().summary()).as("award summary of task %d", task)
          .isEqualTo(single.awards().summary());
    }
  }
}
