package io.emulation.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.award.AwardResult;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.preset.Presets;
import io.emulation.examples.QuickStartFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Funnels count with the engine's own decisions, one condition after another. */
class AwardFunnelTest {
  private final EvaluationResult result = QuickStartFixture.result();
  private final AwardResult awards = QuickStartFixture.awards();
  private final List<AwardFunnel> funnels = AwardFunnel.of(QuickStartFixture.campaign(), result,
      Presets.law2022(), QuickStartFixture.inputs(), awards);

  @Test
  void stepsNeverGrow() {
    for (AwardFunnel funnel : funnels) {
      int before = funnel.considered();
      for (AwardFunnel.Step step : funnel.steps()) {
        assertThat(step.remaining()).as(funnel.describe()).isLessThanOrEqualTo(before);
        before = step.remaining();
      }
    }
  }

  @Test
  void advancedWorkerFunnelFollowsTheRulesConditions() {
    AwardFunnel ldtt = funnels.stream().filter(f -> f.awardId().equals(Presets.LDTT))
        .findFirst().orElseThrow();

    // 8 people; cn04 (veto) and cn06 are only COMPLETED; cn08 joined in March
    assertThat(ldtt.describe()).isEqualTo("lao-dong-tien-tien: 8 individuals → 6 grade GOOD "
        + "or better → 6 registered for the award → 5 hired at least 6 months before the "
        + "period ends → 5 discipline below REPRIMAND → 5 not under review → 5 no veto failed");
  }

  @Test
  void quotaStepNamesTheQuotaAndTheGrants() {
    AwardFunnel fighter = funnels.stream().filter(f -> f.awardId().equals(Presets.CSTDCS))
        .findFirst().orElseThrow();

    assertThat(fighter.quota()).hasValueSatisfying(quota -> assertThat(quota)
        .hasToString("at most 15% of the lao-dong-tien-tien holders, rounded floor"));
    assertThat(fighter.granted()).isZero();
    assertThat(fighter.describe()).endsWith("→ 0 within the quota (at most 15% of the "
        + "lao-dong-tien-tien holders, rounded floor)");
  }
}
