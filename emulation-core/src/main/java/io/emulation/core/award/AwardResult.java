package io.emulation.core.award;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.emulation.core.org.Individual;
import io.emulation.core.org.Participant;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every award decision of one evaluation: for each (participant, award) considered, granted or
 * denied with its reasons, in the order the rules were decided. Immutable; equal inputs give
 * equal results.
 *
 * @since 0.1
 */
public final class AwardResult {
  private final String campaignId;
  private final Period period;
  private final ImmutableList<AwardRule> rules;
  private final ImmutableList<AwardDecision> decisions;
  private final ImmutableMap<String, Participant> participants;

  AwardResult(String campaignId, Period period, List<AwardRule> rules,
      List<AwardDecision> decisions, Map<String, Participant> participants) {
    this.campaignId = campaignId;
    this.period = period;
    this.rules = ImmutableList.copyOf(rules);
    this.decisions = ImmutableList.copyOf(decisions);
    this.participants = ImmutableMap.copyOf(participants);
  }

  /** The campaign. */
  public String campaignId() {
    return campaignId;
  }

  /** The period. */
  public Period period() {
    return period;
  }

  /** Every decision, award by award in decision order, participants best first. */
  public ImmutableList<AwardDecision> decisions() {
    return decisions;
  }

  /** The decision on one award for one participant. */
  public Optional<AwardDecision> decision(String participantId, String awardId) {
    return decisions.stream()
        .filter(d -> d.participantId().equals(participantId) && d.awardId().equals(awardId))
        .findFirst();
  }

  /** Who was granted an award, in the campaign's listing order (best first). */
  public ImmutableList<String> recipients(String awardId) {
    return decisions.stream().filter(d -> d.granted() && d.awardId().equals(awardId))
        .map(AwardDecision::participantId).collect(ImmutableList.toImmutableList());
  }

  /** The awards granted to a participant, in decision order. */
  public ImmutableList<String> awardsOf(String participantId) {
    return decisions.stream().filter(d -> d.granted() && d.participantId().equals(participantId))
        .map(AwardDecision::awardId).collect(ImmutableList.toImmutableList());
  }

  /** Every decision on a participant, in English, one per line. */
  public String explain(String participantId) {
    return explain(participantId, Locale.ENGLISH);
  }

  /**
   * Every decision on a participant, in the given language, one per line.
   *
   * @since 0.2
   */
  public String explain(String participantId, Locale locale) {
    requireNonNull(participantId, "participantId");
    requireNonNull(locale, "locale");
    return decisions.stream().filter(d -> d.participantId().equals(participantId))
        .map(d -> d.explain(locale)).collect(Collectors.joining("\n"));
  }

  /** Counts of grants per award, per unit and in total. */
  public AwardSummary summary() {
    Map<String, Integer> perAward = new LinkedHashMap<>();
    rules.forEach(rule -> perAward.put(rule.award().id(), 0));
    Map<String, Integer> perUnit = new LinkedHashMap<>();
    Set<String> individuals = new LinkedHashSet<>();
    Set<String> collectives = new LinkedHashSet<>();
    int total = 0;
    for (AwardDecision decision : decisions) {
      if (decision.granted()) {
        total++;
        perAward.merge(decision.awardId(), 1, Integer::sum);
        Participant participant = participants.get(decision.participantId());
        perUnit.merge(unitOf(participant), 1, Integer::sum);
        (participant.kind() == ParticipantKind.INDIVIDUAL ? individuals : collectives)
            .add(participant.id());
      }
    }
    return new AwardSummary(ImmutableMap.copyOf(perAward), ImmutableMap.copyOf(perUnit),
        individuals.size(), collectives.size(), total);
  }

  /** Counts of grants by a key of the decision, such as award id, in first-seen order. */
  public <K> ImmutableMap<K, Long> countGrants(Function<AwardDecision, K> key) {
    Map<K, Long> counts = decisions.stream().filter(AwardDecision::granted)
        .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()));
    return ImmutableMap.copyOf(counts);
  }

  private static String unitOf(Participant participant) {
    return participant instanceof Individual person ? person.unitId() : participant.id();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AwardResult that && campaignId.equals(that.campaignId)
        && period.equals(that.period) && decisions.equals(that.decisions);
  }

  @Override
  public int hashCode() {
    return decisions.hashCode();
  }

  @Override
  public String toString() {
    return "AwardResult{" + campaignId + ", " + period + ", " + summary().describe() + "}";
  }
}
