package io.emulation.examples;

import io.emulation.core.award.AwardInputs;
import io.emulation.core.award.AwardResult;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.EvaluationResult;

/** The quick start's small campaign, for tests that need a few people rather than four hundred. */
public final class QuickStartFixture {
  private QuickStartFixture() {}

  /** The quick start's campaign. */
  public static Campaign campaign() {
    return QuickStart.campaign();
  }

  /** Its half-year result. */
  public static EvaluationResult result() {
    return QuickStart.evaluate();
  }

  /** The inputs its awards are decided with. */
  public static AwardInputs inputs() {
    return QuickStart.inputs();
  }

  /** Its awards under the 2022 law. */
  public static AwardResult awards() {
    return QuickStart.awards(result());
  }
}
