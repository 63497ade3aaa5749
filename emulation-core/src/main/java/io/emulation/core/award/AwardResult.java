package io.emulation.core.award;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.org.Individual;
import io.emulation.core.org.Participant;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every award decision of one evaluation: for each (participant, award) considered, granted or
 * denied with its reasons, in the order the rules were decided. Immutable; equal inputs give
 * equal results.
 *
 * <p>A result keeps each award's outcomes compactly (who was eligible and who was granted, by
 * position) and builds a decision with its reasons when it is read: {@link #recipients}, {@link
 * #awardsOf} and {@link #summary} read only the outcomes, {@link #decision} and {@link #explain}
 * build the decisions asked for, and {@link #decisions()} builds every decision on its first call
 * and keeps them for the life of the result (six awards for a million people are six million
 * decisions: read them per award or per participant when the result is large).
 *
 * @since 0.1
 */
public final class AwardResult {
  private final String campaignId;
  private final Period period;
  private final ImmutableList<AwardRule> rules;
  private final ImmutableMap<String, DecidedAward> awards;
  private final Basis basis;
  private final Supplier<ImmutableList<AwardDecision>> decisions;

  /**
   * What a result was decided from, kept so a what-if ({@link AwardEvaluator#reevaluate}) can
   * re-decide only what a rule change reaches: the rules, the evaluation and inputs, and each
   * award's decisions (in decision order) with who was eligible and who was granted.
   */
  record Basis(AwardRuleSet ruleSet, Campaign campaign, EvaluationResult evaluation,
      AwardInputs inputs, ImmutableMap<String, DecidedAward> awards, Membership membership) {}

  AwardResult(Basis basis) {
    this.basis = basis;
    this.campaignId = basis.campaign().id();
    this.period = basis.evaluation().period();
    this.rules = basis.ruleSet().rules();
    this.awards = basis.awards();
    this.decisions = Suppliers.memoize(() -> this.awards.values().stream()
        .flatMap(award -> award.decisions().stream())
        .collect(ImmutableList.toImmutableList()));
  }

  Basis basis() {
    return basis;
  }

  /** The campaign. */
  public String campaignId() {
    return campaignId;
  }

  /** The period. */
  public Period period() {
    return period;
  }

  /**
   * Every decision, award by award in decision order, participants best first; built on the
   * first call and kept (see the class description).
   */
  public ImmutableList<AwardDecision> decisions() {
    return decisions.get();
  }

  /**
   * The decisions on one award, participants in the campaign's listing order; empty for an award
   * the rules do not have. Built on the first call and kept, like {@link #decisions()}.
   *
   * @since 0.2
   */
  public ImmutableList<AwardDecision> decisions(String awardId) {
    DecidedAward award = awards.get(requireNonNull(awardId, "awardId"));
    return award == null ? ImmutableList.of() : award.decisions();
  }

  /** The decision on one award for one participant. */
  public Optional<AwardDecision> decision(String participantId, String awardId) {
    DecidedAward award = awards.get(awardId);
    return award == null ? Optional.empty() : position(award, participantId).map(award::decision);
  }

  /** Where a participant is among those an award was decided for. */
  private Optional<Integer> position(DecidedAward award, String participantId) {
    return basis.membership().position(award.recipient(), participantId);
  }

  /** Who was granted an award, in the campaign's listing order (best first). */
  public ImmutableList<String> recipients(String awardId) {
    DecidedAward award = awards.get(requireNonNull(awardId, "awardId"));
    if (award == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> recipients = ImmutableList.builder();
    BitSet granted = award.granted();
    for (int i = granted.nextSetBit(0); i >= 0; i = granted.nextSetBit(i + 1)) {
      recipients.add(award.candidate(i).participantId());
    }
    return recipients.build();
  }

  /** The awards granted to a participant, in decision order. */
  public ImmutableList<String> awardsOf(String participantId) {
    requireNonNull(participantId, "participantId");
    ImmutableList.Builder<String> held = ImmutableList.builder();
    awards.forEach((id, award) -> position(award, participantId)
        .filter(award::isGranted).ifPresent(at -> held.add(id)));
    return held.build();
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
    List<String> lines = new ArrayList<>();
    for (DecidedAward award : awards.values()) {
      position(award, participantId)
          .ifPresent(at -> lines.add(award.decision(at).explain(locale)));
    }
    return String.join("\n", lines);
  }

  /** Counts of grants per award, per unit and in total. */
  public AwardSummary summary() {
    Map<String, Integer> perAward = new LinkedHashMap<>();
    rules.forEach(rule -> perAward.put(rule.award().id(), 0));
    Map<String, Integer> perUnit = new LinkedHashMap<>();
    Set<String> individuals = new LinkedHashSet<>();
    Set<String> collectives = new LinkedHashSet<>();
    int total = 0;
    for (Map.Entry<String, DecidedAward> entry : awards.entrySet()) {
      DecidedAward award = entry.getValue();
      BitSet granted = award.granted();
      for (int i = granted.nextSetBit(0); i >= 0; i = granted.nextSetBit(i + 1)) {
        total++;
        perAward.merge(entry.getKey(), 1, Integer::sum);
        Participant participant = award.candidate(i).participant();
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
    Map<K, Long> counts = new LinkedHashMap<>();
    for (DecidedAward award : awards.values()) {
      BitSet granted = award.granted();
      for (int i = granted.nextSetBit(0); i >= 0; i = granted.nextSetBit(i + 1)) {
        K counted = requireNonNull(key.apply(award.decision(i)),
            "element cannot be mapped to a null key");
        counts.merge(counted, 1L, Long::sum);
      }
    }
    return ImmutableMap.copyOf(counts);
  }

  private static String unitOf(Participant participant) {
    return participant instanceof Individual person ? person.unitId() : participant.id();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof AwardResult that && campaignId.equals(that.campaignId)
        && period.equals(that.period) && awards.keySet().equals(that.awards.keySet()))) {
      return false;
    }
    for (Map.Entry<String, DecidedAward> entry : awards.entrySet()) {
      DecidedAward theirs = that.awards.get(entry.getKey());
      if (entry.getValue() != theirs && !entry.getValue().decisions().equals(theirs.decisions())) {
        return false;
      }
    }
    return true;
  }

  /** The hash of the decisions by award, as a map of award id to its list of decisions. */
  @Override
  public int hashCode() {
    int hash = 0;
    for (Map.Entry<String, DecidedAward> entry : awards.entrySet()) {
      hash += entry.getKey().hashCode() ^ entry.getValue().decisions().hashCode();
    }
    return hash;
  }

  @Override
  public String toString() {
    return "AwardResult{" + campaignId + ", " + period + ", " + summary().describe() + "}";
  }
}
