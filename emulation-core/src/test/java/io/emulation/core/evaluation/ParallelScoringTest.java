package io.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.scoring.FormulaRegistry;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Scoring participants in parallel gives exactly the sequential result, explanations included,
 * on seeded random campaigns: the parallel run here scores in parallel from one participant on.
 */
class ParallelScoringTest {
  private static final CampaignEvaluator EVALUATOR = CampaignEvaluator.of(FormulaRegistry.load())
      .withFaultPolicy(FaultPolicy.PUBLISH_WITH_ERRORS);

  @RepeatedTest(200)
  void parallelEqualsSequential(RepetitionInfo repetition) {
    long seed = 7_000L + repetition.getCurrentRepetition();
    RandomCampaigns generated = RandomCampaigns.generate(seed);
    CompiledCampaign compiled = EVALUATOR.compile(generated.campaign);

    EvaluationResult sequential =
        compiled.evaluate(generated.data, RandomCampaigns.H1, Integer.MAX_VALUE);
    EvaluationResult parallel = compiled.evaluate(generated.data, RandomCampaigns.H1, 1);

    assertThat(parallel).as("seed %d", seed).isEqualTo(sequential);
    assertThat(parallel.all().stream().map(r -> r.explain()).toList()).as("seed %d", seed)
        .isEqualTo(sequential.all().stream().map(r -> r.explain()).toList());
    assertThat(parallel.errors()).as("seed %d", seed).isEqualTo(sequential.errors());
  }
}
