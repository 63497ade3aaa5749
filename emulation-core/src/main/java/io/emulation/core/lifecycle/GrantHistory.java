package io.emulation.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.award.Award;
import io.emulation.core.award.AwardDecision;
import io.emulation.core.award.AwardKind;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.PastAward;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.CampaignKind;
import io.emulation.core.period.Period;

/**
 * Turns the grants of an evaluation into {@link PastAward} history entries, with the kind that
 * decides whether they count for later merit titles. Grants of a themed campaign or a peak drive
 * (đợt thi đua cao điểm) are recorded as {@link AwardKind#THEMED}, whatever kind their rule
 * declares, so they never count for "held N consecutive times"; ad-hoc awards stay {@link
 * AwardKind#AD_HOC}; an ongoing campaign's grants keep their award's kind.
 *
 * <pre>{@code
 * AwardResult awards = AwardEvaluator.of(driveRules).evaluate(drive, evaluation, inputs);
 * historyStore.record(GrantHistory.of(drive, driveRules, awards));   // all THEMED
 * }</pre>
 *
 * @since 0.1
 */
public final class GrantHistory {
  private GrantHistory() {}

  /**
   * One entry per award granted, in decision order.
   *
   * @throws IllegalArgumentException when the awards are of another campaign, or grant an award
   *     the rules do not have
   */
  public static ImmutableList<PastAward> of(Campaign campaign, AwardRuleSet rules,
      AwardResult awards) {
    requireNonNull(campaign, "campaign");
    requireNonNull(rules, "rules");
    requireNonNull(awards, "awards");
    checkArgument(awards.campaignId().equals(campaign.id()),
        "awards of campaign '%s' are not grants of campaign '%s'", awards.campaignId(),
        campaign.id());
    ImmutableList.Builder<PastAward> grants = ImmutableList.builder();
    for (AwardDecision decision : awards.decisions()) {
      if (decision.granted()) {
        grants.add(entry(campaign, rules, decision.participantId(), decision.awardId(),
            awards.period()));
      }
    }
    return grants.build();
  }

  /**
   * One entry per award a published snapshot grants, participant by participant (to bring
   * history in line with a revision).
   *
   * @throws IllegalArgumentException when the snapshot is of another campaign, or grants an
   *     award the rules do not have
   */
  public static ImmutableList<PastAward> of(Campaign campaign, AwardRuleSet rules,
      ResultSnapshot snapshot) {
    requireNonNull(campaign, "campaign");
    requireNonNull(rules, "rules");
    requireNonNull(snapshot, "snapshot");
    checkArgument(snapshot.campaignId().equals(campaign.id()),
        "the snapshot of campaign '%s' holds no grants of campaign '%s'",
        snapshot.campaignId(), campaign.id());
    ImmutableList.Builder<PastAward> grants = ImmutableList.builder();
    for (ParticipantSnapshot participant : snapshot.participants()) {
      for (String awardId : participant.awards()) {
        grants.add(entry(campaign, rules, participant.participantId(), awardId,
            snapshot.period()));
      }
    }
    return grants.build();
  }

  /**
   * The kind a grant of {@code award} in {@code campaign} is recorded with: {@link
   * AwardKind#THEMED} for an award that would count as history, granted in a themed campaign or
   * peak drive; the award's own kind otherwise.
   */
  public static AwardKind kindOf(Campaign campaign, Award award) {
    requireNonNull(campaign, "campaign");
    requireNonNull(award, "award");
    return campaign.kind() != CampaignKind.ONGOING && award.kind().countsAsHistory()
        ? AwardKind.THEMED : award.kind();
  }

  private static PastAward entry(Campaign campaign, AwardRuleSet rules, String participantId,
      String awardId, Period period) {
    Award award = rules.rule(awardId).map(r -> r.award()).orElseThrow(() ->
        new IllegalArgumentException(LifecycleText.unknownGrantedAward(campaign.id(), awardId,
            rules).toString()));
    return new PastAward(participantId, awardId, period, kindOf(campaign, award));
  }
}
