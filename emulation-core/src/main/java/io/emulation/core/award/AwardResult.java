package io.emulation.core.award;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.org.Individual;
import io.emulation.core.org.Participant;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
  private final ImmutableMap<String, ImmutableList<AwardDecision>> byAward;
  private final ImmutableMap<String, Participant> participants;
  private final Basis basis;
  private final Supplier<ImmutableList<AwardDecision>> decisions;
  private final Supplier<ImmutableMap<String, ImmutableMap<String, AwardDecision>>> index;

  /**
   * What a result was decided from, kept so a what-if ({@link AwardEvaluator#reevaluate}) can
   * re-decide only what a rule change reaches: the rules, the evaluation and inputs, and each
   * award's eligible participants with the reasons their conditions gave.
   */
  record Basis(AwardRuleSet ruleSet, Campaign campaign, EvaluationResult evaluation,
      AwardInputs inputs, ImmutableMap<String, DecidedAward> awards, Membership membership) {}

  AwardResult(Basis basis, Map<String, ImmutableList<AwardDecision>> byAward,
      ImmutableMap<String, Participant> participants) {
    this.basis = basis;
    this.campaignId = basis.campaign().id();
    this.period = basis.evaluation().period();
    this.rules = basis.ruleSet().rules();
    this.byAward = ImmutableMap.copyOf(byAward);
    this.participants = participants;
    this.decisions = Suppliers.memoize(() -> this.byAward.values().stream()
        .flatMap(List::stream).collect(ImmutableList.toImmutableList()));
    this.index = Suppliers.memoize(() -> ImmutableMap.copyOf(Maps.transformValues(this.byAward,
        list -> Maps.uniqueIndex(list, AwardDecision::participantId))));
  }

  Basis basis() {
    return basis;
  }

  ImmutableMap<String, ImmutableList<AwardDecision>> byAward() {
    return byAward;
  }

  ImmutableMap<String, Participant> participants() {
    return participants;
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
    return decisions.get();
  }

  /**
   * The decisions on one award, participants in the campaign's listing order; empty for an award
   * the rules do not have.
   *
   * @since 0.2
   */
  public ImmutableList<AwardDecision> decisions(String awardId) {
    return byAward.getOrDefault(requireNonNull(awardId, "awardId"), ImmutableList.of());
  }

  /** The decision on one award for one participant. */
  public Optional<AwardDecision> decision(String participantId, String awardId) {
    ImmutableMap<String, AwardDecision> ofAward = index.get().get(awardId);
    return ofAward == null ? Optional.empty() : Optional.ofNullable(ofAward.get(participantId));
  }

  /** Who was granted an award, in the campaign's listing order (best first). */
  public ImmutableList<String> recipients(String awardId) {
    return decisions(awardId).stream().filter(AwardDecision::granted)
        .map(AwardDecision::participantId).collect(ImmutableList.toImmutableList());
  }

  /** The awards granted to a participant, in decision order. */
  public ImmutableList<String> awardsOf(String participantId) {
    return ofParticipant(participantId).filter(AwardDecision::granted)
        .map(AwardDecision::awardId).collect(ImmutableList.toImmutableList());
  }

  private Stream<AwardDecision> ofParticipant(String participantId) {
    requireNonNull(participantId, "participantId");
    return index.get().values().stream().map(ofAward -> ofAward.get(participantId))
        .filter(Objects::nonNull);
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
    return ofParticipant(participantId).map(d -> d.explain(locale))
        .collect(Collectors.joining("\n"));
  }

  /** Counts of grants per award, per unit and in total. */
  public AwardSummary summary() {
    Map<String, Integer> perAward = new LinkedHashMap<>();
    rules.forEach(rule -> perAward.put(rule.award().id(), 0));
    Map<String, Integer> perUnit = new LinkedHashMap<>();
    Set<String> individuals = new LinkedHashSet<>();
    Set<String> collectives = new LinkedHashSet<>();
    int total = 0;
    for (AwardDecision decision : decisions()) {
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
    Map<K, Long> counts = decisions().stream().filter(AwardDecision::granted)
        .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()));
    return ImmutableMap.copyOf(counts);
  }

  private static String unitOf(Participant participant) {
    return participant instanceof Individual person ? person.unitId() : participant.id();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AwardResult that && campaignId.equals(that.campaignId)
        && period.equals(that.period) && byAward.equals(that.byAward);
  }

  @Override
  public int hashCode() {
    return byAward.hashCode();
  }

  @Override
  public String toString() {
    return "AwardResult{" + campaignId + ", " + period + ", " + summary().describe() + "}";
  }
}
