package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.SmallFactory.H1;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.ScoreLine;
import org.junit.jupiter.api.Test;

/** Scorecard explanations on {@link SmallFactory}, for the lines other tests do not read. */
class ExplanationTest {
  private final CampaignEvaluator evaluator = CampaignEvaluator.of(FormulaRegistry.load());

  @Test
  void failedVetoIsTheLastLineOfTheScorecardExplanation() {
    EvaluationResult result = evaluator.evaluate(SmallFactory.campaign(), SmallFactory.data(), H1);

    assertThat(result.result("b1").orElseThrow().scorecard().explain())
        .endsWith("\nveto failed: safety");
    assertThat(result.result("a1").orElseThrow().scorecard().explain())
        .doesNotContain("veto failed");
  }

  @Test
  void notApplicableLineSaysOnlyWhySinceItHasNoWeightInTheTotal() {
    Campaign campaign = SmallFactory.campaign().toBuilder()
        .replaceCriterion(SmallFactory.campaign().criterion("initiatives").orElseThrow()
            .toBuilder().whenMissing(MissingPolicy.NOT_APPLICABLE).build())
        .build();
    ScoreLine line = evaluator.evaluate(campaign, SmallFactory.data(), H1).result("a1")
        .orElseThrow().scorecard().line("initiatives").orElseThrow();

    assertThat(line.explain())
        .isEqualTo("initiatives (Sáng kiến): not applicable (no value)");
  }
}
