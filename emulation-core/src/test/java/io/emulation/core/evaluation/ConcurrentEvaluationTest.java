package io.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.scoring.FormulaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One evaluator shared by 8 threads gives each the single-threaded result: 32 evaluations of 4
 * different campaigns, so every campaign is evaluated by several threads at once (the same
 * campaign and data objects) while others evaluate different campaigns. The first 8 wait at a
 * latch, so they start together.
 */
class ConcurrentEvaluationTest {
  @Test
  void sharedEvaluatorGivesIdenticalResultsAcrossThreads() throws Exception {
    CampaignEvaluator evaluator = CampaignEvaluator.of(FormulaRegistry.load());
    List<RandomCampaigns> campaigns = new ArrayList<>();
    List<EvaluationResult> expected = new ArrayList<>();
    for (long seed = 1; seed <= 4; seed++) {
      RandomCampaigns generated = RandomCampaigns.generate(seed);
      campaigns.add(generated);
      expected.add(evaluator.evaluate(generated.campaign, generated.data, RandomCampaigns.H1));
    }
    List<Future<EvaluationResult>> futures =
        ConcurrentRuns.runTogether(ConcurrentRuns.TASKS, task -> {
          RandomCampaigns generated = campaigns.get(task % campaigns.size());
          return () -> evaluator.evaluate(generated.campaign, generated.data, RandomCampaigns.H1);
        });
    for (int task = 0; task < futures.size(); task++) {
      assertThat(futures.get(task).get()).as("task %d", task)
          .isEqualTo(expected.get(task % campaigns.size()));
    }
  }
}
