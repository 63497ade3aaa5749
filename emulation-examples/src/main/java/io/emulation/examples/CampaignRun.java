package io.emulation.examples;

import static java.util.Objects.requireNonNull;

import io.emulation.core.award.AwardInputs;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.EvaluationResult;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@link CampaignFiles#run} read and decided: the campaign, its award rules and inputs, the
 * evaluation and, when the definition has award rules, the awards.
 *
 * @param definition the definition file read
 * @param campaign the campaign
 * @param rules the award rules, when the definition has them
 * @param inputs registrations, history and initiatives read
 * @param registrationsGiven whether a registrations file was given (without one nobody counts
 *     as registered)
 * @param result the evaluation
 * @param awards the awards, when there are rules
 * @since 0.1
 */
public record CampaignRun(Path definition, Campaign campaign, Optional<AwardRuleSet> rules,
    AwardInputs inputs, boolean registrationsGiven, EvaluationResult result,
    Optional<AwardResult> awards) {

  /** Checks the parts. */
  public CampaignRun {
    requireNonNull(definition, "definition");
    requireNonNull(campaign, "campaign");
    requireNonNull(rules, "rules");
    requireNonNull(inputs, "inputs");
    requireNonNull(result, "result");
    requireNonNull(awards, "awards");
  }
}
