package io.emulation.core.evaluation;

import io.emulation.scoring.spi.Api;

/**
 * What an evaluator does when a formula misbehaves: throws, returns {@code null}, returns points
 * outside its declared range, or fails in one of its own contract methods ({@code validate},
 * {@code requirements}, {@code range}). Each such fault is a {@link
 * io.emulation.core.scoring.ScoringError} naming formula id, class and jar, criterion and
 * participant. Declared by the caller with {@link CampaignEvaluator#withFaultPolicy}; invalid
 * campaign definitions and invalid data are never faults and always throw.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public enum FaultPolicy {
  /**
   * The default: any fault fails the evaluation with a {@link
   * io.emulation.core.ScoringFailedException} listing every fault, and no result is published. A
   * formula whose {@code validate} or {@code requirements} fails makes the campaign fail to
   * compile ({@link io.emulation.core.InvalidDefinitionException}).
   */
  FAIL,
  /**
   * Publish the result with the faulty lines marked: each becomes a {@link
   * io.emulation.core.scoring.ScoreLine.Status#ERRORED} line worth 0 points (weight kept, no
   * verdict), the scorecard {@link io.emulation.core.scoring.Scorecard#hasErrors() has errors},
   * and {@link EvaluationResult#errors()} lists every fault. Such participants are graded and
   * ranked on what could be scored, so their grade and rank are provisional (an errored veto
   * criterion neither passes nor fails); the award engine withholds every award from them until
   * a clean evaluation.
   */
  PUBLISH_WITH_ERRORS
}
