package io.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.scoring.FormulaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One evaluator shared by many threads gives each the single-threaded result. */
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
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<EvaluationResult>> futures = new ArrayList<>();
      for (int task = 0; task < 32; task++) {
        RandomCampaigns generated = campaigns.get(task % campaigns.size());
        Callable<EvaluationResult> evaluation = () ->
            evaluator.evaluate(generated.campaign, generated.data, RandomCampaigns.H1);
        futures.add(pool.submit(evaluation));
      }
      for (int task = 0; task < futures.size(); task++) {
        assertThat(futures.get(task).get()).as("task %d", task)
            .isEqualTo(expected.get(task % campaigns.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
