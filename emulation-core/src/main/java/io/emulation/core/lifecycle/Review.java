package io.emulation.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.emulation.core.award.AwardResult;
import io.emulation.core.evaluation.CompiledCampaign;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.period.Period;
import java.util.Optional;

/**
 * One review of a campaign: its kind, the evaluation of the period reviewed (a half-year or year
 * rolls its quarters' measurements up as each criterion declares) and, when awards were decided,
 * the award result.
 *
 * @param kind interim (sơ kết) or final (tổng kết)
 * @param result the evaluation of the period
 * @param awards the awards decided on it, if any; of the same campaign and period
 * @since 0.1
 */
public record Review(ReviewKind kind, EvaluationResult result, Optional<AwardResult> awards) {

  /** Checks that the awards belong to the evaluation. */
  public Review {
    requireNonNull(kind, "kind");
    requireNonNull(result, "result");
    requireNonNull(awards, "awards");
    awards.ifPresent(a -> checkArgument(a.campaignId().equals(result.campaignId())
            && a.period().equals(result.period()),
        "awards of campaign '%s' for %s do not belong to the review of campaign '%s' for %s",
        a.campaignId(), a.period(), result.campaignId(), result.period()));
  }

  /** A review without awards. */
  public static Review of(ReviewKind kind, EvaluationResult result) {
    return new Review(kind, result, Optional.empty());
  }

  /**
   * Evaluates the campaign for the period and makes a review of the kind usual for it ({@link
   * ReviewKind#usualFor}).
   */
  public static Review conduct(CompiledCampaign campaign, EvaluationData data, Period period) {
    return conduct(campaign, data, ReviewKind.usualFor(period), period);
  }

  /** Evaluates the campaign for the period and makes a review of the given kind. */
  public static Review conduct(CompiledCampaign campaign, EvaluationData data, ReviewKind kind,
      Period period) {
    return of(kind, requireNonNull(campaign, "campaign").evaluate(data, period));
  }

  /** A copy with the awards decided on the result. */
  public Review withAwards(AwardResult decided) {
    return new Review(kind, result, Optional.of(decided));
  }

  /** The campaign reviewed. */
  public String campaignId() {
    return result.campaignId();
  }

  /** The period reviewed. */
  public Period period() {
    return result.period();
  }
}
