package io.emulation.core.award;

import com.google.common.collect.ImmutableList;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.Standing;
import io.emulation.core.text.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** Gives an award's quota places to its eligible participants by rank, unit by unit if asked. */
final class QuotaAllocation {
  private final AwardRule rule;
  private final List<ParticipantResult> candidates;
  private final List<ParticipantResult> eligible;
  private final Function<String, List<Message>> eligibleReasons;
  private final BiPredicate<String, String> holds;
  private final Function<List<ParticipantResult>, Map<String, List<ParticipantResult>>> unitsOf;
  private final List<RankKey> keys;
  private final GradingScale scale;

  QuotaAllocation(AwardRule rule, Campaign campaign, List<ParticipantResult> candidates,
      List<ParticipantResult> eligible, Function<String, List<Message>> eligibleReasons,
      BiPredicate<String, String> holds,
      Function<List<ParticipantResult>, Map<String, List<ParticipantResult>>> unitsOf) {
    this.rule = rule;
    this.unitsOf = unitsOf;
    this.candidates = candidates;
    this.eligible = eligible;
    this.eligibleReasons = eligibleReasons;
    this.holds = holds;
    List<RankKey> declared = rule.allocationOrder().isEmpty()
        ? campaign.rankPolicy().keys() : rule.allocationOrder();
    // as in RankPolicy, participant id orders the tied but never separates them, so a tie at
    // the cut-off stays a tie and the quota's tie policy decides it
    this.keys = declared.stream().filter(k -> !(k instanceof RankKey.ByParticipantId)).toList();
    this.scale = campaign.grading(rule.award().recipient());
  }

  /** A decision for every eligible participant. */
  Map<String, AwardDecision> allocate() {
    Map<String, AwardDecision> decisions = new LinkedHashMap<>();
    Quota quota = rule.quota();
    if (!quota.isLimited()) {
      eligible.forEach(e -> decisions.put(e.participantId(), decision(e, true, List.of())));
      return decisions;
    }
    Map<String, List<ParticipantResult>> eligibleByUnit = byUnit(eligible);
    Map<String, List<ParticipantResult>> candidatesByUnit = quota.per() == Quota.Per.UNIT
        ? unitsOf.apply(candidates) : Map.of("", candidates);
    for (Map.Entry<String, List<ParticipantResult>> group : eligibleByUnit.entrySet()) {
      List<ParticipantResult> everyone = candidatesByUnit.get(group.getKey());
      int holders = quota.ofAward().map(award -> (int) everyone.stream()
          .filter(c -> holds.test(c.participantId(), award)).count()).orElse(0);
      allocate(group.getKey(), group.getValue(), everyone.size(), holders, decisions);
    }
    return decisions;
  }

  private void allocate(String unit, List<ParticipantResult> group, int headcount, int holders,
      Map<String, AwardDecision> decisions) {
    Quota quota = rule.quota();
    Comparator<Standing> deciding = AwardEvaluator.order(keys);
    Map<String, ParticipantResult> byId = new LinkedHashMap<>();
    group.forEach(r -> byId.put(r.participantId(), r));
    List<Standing> ranked = new ArrayList<>(group.stream().map(this::standing).toList());
    ranked.sort(deciding.thenComparing(Standing::participantId));
    int places = quota.places(ranked.size(), headcount, holders);
    int grantedUpTo = Math.min(places, ranked.size());
    int tieStart = -1;
    int tieEnd = -1;
    if (places > 0 && places < ranked.size()
        && deciding.compare(ranked.get(places - 1), ranked.get(places)) == 0) {
      tieStart = places - 1;
      while (tieStart > 0 && deciding.compare(ranked.get(tieStart - 1), ranked.get(tieStart)) == 0) {
        tieStart--;
      }
      tieEnd = places;
      while (tieEnd + 1 < ranked.size()
          && deciding.compare(ranked.get(tieEnd), ranked.get(tieEnd + 1)) == 0) {
        tieEnd++;
      }
      grantedUpTo = quota.ties() == Quota.TiePolicy.ALL_IN ? tieEnd + 1 : tieStart;
    }
    Message placesText = quota.per() == Quota.Per.UNIT
        ? Message.of("award.quota.places.inUnit", places, unit, quota.description())
        : Message.of("award.quota.places", places, quota.description());
    for (int i = 0; i < ranked.size(); i++) {
      Standing standing = ranked.get(i);
      Message position = Message.of("award.quota.position", AwardTexts.ordinal(i + 1),
          ranked.size(), placesText);
      if (i >= tieStart && i <= tieEnd && tieStart >= 0) {
        Message values = AwardTexts.commaList(
            keys.stream().map(k -> k.value(standing)).toList());
        position = quota.ties() == Quota.TiePolicy.ALL_IN
            ? Message.of("award.quota.position.tiedAllIn", position,
                AwardTexts.ordinal(tieStart + 1), AwardTexts.ordinal(tieEnd + 1), values)
            : Message.of("award.quota.position.tiedAllOut", position,
                AwardTexts.ordinal(tieStart + 1), AwardTexts.ordinal(tieEnd + 1), values);
      }
      decisions.put(standing.participantId(), decision(byId.get(standing.participantId()),
          i < grantedUpTo, List.of(position)));
    }
  }

  /**
   * A decision with its reasons, never empty: a grant lists the eligibility conditions' reasons
   * (at least one), and a limited quota always gives each eligible participant a position.
   */
  private AwardDecision decision(ParticipantResult participant, boolean granted,
      List<Message> quotaReasons) {
    List<Message> conditions = eligibleReasons.apply(participant.participantId());
    ImmutableList<Message> reasons = granted
        ? ImmutableList.<Message>builder().addAll(conditions).addAll(quotaReasons).build()
        : ImmutableList.copyOf(quotaReasons);
    return new AwardDecision(participant.participantId(), rule.award().id(),
        granted ? AwardDecision.Outcome.GRANTED : AwardDecision.Outcome.NO_QUOTA_PLACE,
        reasons, Optional.empty());
  }

  private Standing standing(ParticipantResult result) {
    return new Standing(result.participant(), result.scorecard(), result.grade(),
        scale.position(result.grade().grade()));
  }

  private Map<String, List<ParticipantResult>> byUnit(List<ParticipantResult> results) {
    return rule.quota().per() == Quota.Per.UNIT ? byRankingUnit(results) : Map.of("", results);
  }

  /** The results grouped by ranking unit, units in order of first appearance. */
  static Map<String, List<ParticipantResult>> byRankingUnit(List<ParticipantResult> results) {
    Map<String, List<ParticipantResult>> groups = new LinkedHashMap<>();
    for (ParticipantResult result : results) {
      groups.computeIfAbsent(result.participant().rankingUnitId(), k -> new ArrayList<>())
          .add(result);
    }
    return groups;
  }
}
