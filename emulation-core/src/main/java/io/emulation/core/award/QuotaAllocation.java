package io.emulation.core.award;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.GradeDecision;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.Standing;
import io.emulation.core.text.Message;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Gives an award's quota places to its eligible participants by rank, unit by unit if asked.
 * Participants are named by their position in the evaluation's list of the recipient kind.
 */
final class QuotaAllocation {
  private final AwardRule rule;
  private final List<ParticipantResult> candidates;
  private final BitSet eligible;
  private final AwardCheck check;
  private final Supplier<Map<String, List<ParticipantResult>>> candidatesByUnit;
  private final List<RankKey> keys;
  private final GradingScale scale;

  /**
   * @param check the award's check: its candidates, and who holds what
   * @param eligible the positions of the eligible candidates
   * @param candidatesByUnit the candidates by ranking unit, for a quota per unit
   */
  QuotaAllocation(AwardRule rule, Campaign campaign, AwardCheck check, BitSet eligible,
      Supplier<Map<String, List<ParticipantResult>>> candidatesByUnit) {
    this.rule = rule;
    this.candidatesByUnit = candidatesByUnit;
    this.candidates = check.candidates();
    this.eligible = eligible;
    this.check = check;
    List<RankKey> declared = rule.allocationOrder().isEmpty()
        ? campaign.rankPolicy().keys() : rule.allocationOrder();
    // as in RankPolicy, participant id orders the tied but never separates them, so a tie at
    // the cut-off stays a tie and the quota's tie policy decides it
    this.keys = declared.stream().filter(k -> !(k instanceof RankKey.ByParticipantId)).toList();
    this.scale = campaign.grading(rule.award().recipient());
  }

  /**
   * Who of the eligible is granted, and for a limited quota each one's position.
   *
   * @param granted the positions granted the award
   * @param positions the quota position of each eligible participant, by position; {@code null}
   *     for an unlimited quota, which grants every eligible participant
   */
  record Places(BitSet granted, Message[] positions) {}

  /** The places of every eligible participant. */
  Places allocate() {
    Quota quota = rule.quota();
    if (!quota.isLimited()) {
      return new Places((BitSet) eligible.clone(), null);
    }
    Places places = new Places(new BitSet(candidates.size()), new Message[candidates.size()]);
    Map<String, List<Integer>> eligibleByUnit = new LinkedHashMap<>();
    for (int i = eligible.nextSetBit(0); i >= 0; i = eligible.nextSetBit(i + 1)) {
      String unit = quota.per() == Quota.Per.UNIT ? check.columns().unit(i) : "";
      eligibleByUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<String, List<Integer>> group : eligibleByUnit.entrySet()) {
      List<ParticipantResult> everyone = quota.per() == Quota.Per.UNIT
          ? candidatesByUnit.get().get(group.getKey()) : candidates;
      int holders = quota.ofAward().map(award -> check.holders(award, everyone)).orElse(0);
      allocate(group.getKey(), group.getValue(), everyone.size(), holders, places);
    }
    return places;
  }

  /** An eligible participant's standing, with its position among the candidates. */
  private record Ranked(Standing standing, int position) {}

  private void allocate(String unit, List<Integer> group, int headcount, int holders,
      Places into) {
    Quota quota = rule.quota();
    Comparator<Standing> deciding = AwardEvaluator.order(keys);
    List<Ranked> ranked = new ArrayList<>(group.size());
    for (int position : group) {
      ranked.add(new Ranked(standing(candidates.get(position)), position));
    }
    ranked.sort(Comparator.comparing(Ranked::standing,
        deciding.thenComparing(Standing::participantId)));
    int places = quota.places(ranked.size(), headcount, holders);
    int grantedUpTo = Math.min(places, ranked.size());
    int tieStart = -1;
    int tieEnd = -1;
    if (places > 0 && places < ranked.size() && deciding.compare(
        ranked.get(places - 1).standing(), ranked.get(places).standing()) == 0) {
      tieStart = places - 1;
      while (tieStart > 0 && deciding.compare(ranked.get(tieStart - 1).standing(),
          ranked.get(tieStart).standing()) == 0) {
        tieStart--;
      }
      tieEnd = places;
      while (tieEnd + 1 < ranked.size() && deciding.compare(ranked.get(tieEnd).standing(),
          ranked.get(tieEnd + 1).standing()) == 0) {
        tieEnd++;
      }
      grantedUpTo = quota.ties() == Quota.TiePolicy.ALL_IN ? tieEnd + 1 : tieStart;
    }
    Message placesText = quota.per() == Quota.Per.UNIT
        ? Message.of("award.quota.places.inUnit", places, unit, quota.description())
        : Message.of("award.quota.places", places, quota.description());
    for (int i = 0; i < ranked.size(); i++) {
      Standing standing = ranked.get(i).standing();
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
      int at = ranked.get(i).position();
      into.positions()[at] = position;
      if (i < grantedUpTo) {
        into.granted().set(at);
      }
    }
  }

  private Standing standing(ParticipantResult result) {
    // an evaluation's result makes its grade decision when read: read once
    GradeDecision grade = result.grade();
    return new Standing(result.participant(), result.scorecard(), grade,
        scale.position(grade.grade()));
  }
}
