package io.emulation.core.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.scoring.ScoringError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The outcome of evaluating a campaign for one period: a {@link ParticipantResult} for every
 * participant in scope, individuals and collectives each listed best first. Immutable; equal
 * inputs give equal results.
 *
 * @since 0.1
 */
public final class EvaluationResult {
  private final String campaignId;
  private final Period period;
  private final ResultTable individualTable;
  private final ResultTable collectiveTable;
  private final ImmutableList<ParticipantResult> individuals;
  private final ImmutableList<ParticipantResult> collectives;
  /** Made when first asked: at a million people, a map's entries are a million objects. */
  private final Supplier<ImmutableMap<String, ParticipantResult>> byId;
  private final ImmutableList<ScoringError> errors;

  private EvaluationResult(String campaignId, Period period, ResultTable individualTable,
      ResultTable collectiveTable, Set<String> withErrors) {
    this.campaignId = campaignId;
    this.period = period;
    this.individualTable = individualTable;
    this.collectiveTable = collectiveTable;
    this.individuals = individualTable.listed();
    this.collectives = collectiveTable.listed();
    this.byId = Suppliers.memoize(() -> {
      ImmutableMap.Builder<String, ParticipantResult> index =
          ImmutableMap.builderWithExpectedSize(individuals.size() + collectives.size());
      individuals.forEach(r -> index.put(r.participantId(), r));
      collectives.forEach(r -> index.put(r.participantId(), r));
      return index.buildOrThrow();
    });
    // only the scorecards with an errored line, known from scoring, have errors: the others
    // are not visited again
    List<ScoringError> all = new ArrayList<>();
    for (String id : withErrors) {
      all.addAll(result(id).orElseThrow().scorecard().errors());
    }
    all.sort(null);
    this.errors = ImmutableList.copyOf(all);
  }

  /**
   * Grades and ranks the scorecards.
   *
   * @param roster the participants in scope
   * @param scorecards theirs, by kind and place among those of the kind
   * @param withErrors the ids of the participants whose scorecards {@linkplain
   *     Scorecard#hasErrors() have errors}
   */
  static EvaluationResult assemble(Campaign campaign, Period period, Roster roster,
      Map<ParticipantKind, CompactScorecards> scorecards, Set<String> withErrors,
      int parallelFrom) {
    return new EvaluationResult(campaign.id(), period,
        ResultTable.gradeAndRank(campaign, roster.of(ParticipantKind.INDIVIDUAL),
            scorecards.get(ParticipantKind.INDIVIDUAL), parallelFrom),
        ResultTable.gradeAndRank(campaign, roster.of(ParticipantKind.COLLECTIVE),
            scorecards.get(ParticipantKind.COLLECTIVE), parallelFrom),
        withErrors);
  }

  /** The campaign evaluated. */
  public String campaignId() {
    return campaignId;
  }

  /** The period evaluated. */
  public Period period() {
    return period;
  }

  /** Individuals in scope, best first (by overall rank, then participant id). */
  public ImmutableList<ParticipantResult> individuals() {
    return individuals;
  }

  /** Collectives in scope, best first. */
  public ImmutableList<ParticipantResult> collectives() {
    return collectives;
  }

  /** Individuals then collectives, each best first. */
  public ImmutableList<ParticipantResult> all() {
    return ImmutableList.<ParticipantResult>builder().addAll(individuals).addAll(collectives)
        .build();
  }

  /**
   * Every formula fault in this result, sorted by criterion and participant; empty unless the
   * evaluator's {@link FaultPolicy} is {@link FaultPolicy#PUBLISH_WITH_ERRORS} (under {@link
   * FaultPolicy#FAIL} a fault throws instead). The participants concerned have {@link
   * ParticipantResult#hasErrors()}.
   *
   * @since 0.1
   */
  public ImmutableList<ScoringError> errors() {
    return errors;
  }

  /** Whether any scorecard has an errored line, making its grade and rank provisional. */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The result of one participant. */
  public Optional<ParticipantResult> result(String participantId) {
    requireNonNull(participantId, "participantId");
    int individual = individualTable.indexOf(participantId);
    if (individual >= 0) {
      return Optional.of(individuals.get(individual));
    }
    int collective = collectiveTable.indexOf(participantId);
    return collective < 0 ? Optional.empty() : Optional.of(collectives.get(collective));
  }

  /** Results keyed by participant id, individuals first, each best first. */
  public ImmutableMap<String, ParticipantResult> byParticipant() {
    return byId.get();
  }

  /**
   * Every number and decision for one participant, in English words.
   *
   * @throws IllegalArgumentException when the participant was not evaluated
   */
  public String explain(String participantId) {
    return explain(participantId, Locale.ENGLISH);
  }

  /**
   * Every number and decision for one participant, in words in the given language (see {@link
   * ParticipantResult#explain(Locale)}).
   *
   * @throws IllegalArgumentException when the participant was not evaluated
   * @since 0.2
   */
  public String explain(String participantId, Locale locale) {
    requireNonNull(locale, "locale");
    return result(participantId).map(r -> r.explain(locale)).orElseThrow(() ->
        new IllegalArgumentException("participant '" + participantId
            + "' was not evaluated in campaign '" + campaignId + "' for " + period));
  }

  /** Counts results by a key, such as grade code, in first-seen order. */
  public <K> ImmutableMap<K, Long> count(ParticipantKind kind,
      Function<ParticipantResult, K> key) {
    Map<K, Long> counts = new LinkedHashMap<>();
    (kind == ParticipantKind.INDIVIDUAL ? individuals : collectives)
        .forEach(r -> counts.merge(key.apply(r), 1L, Long::sum));
    return ImmutableMap.copyOf(counts);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EvaluationResult that
        && campaignId.equals(that.campaignId) && period.equals(that.period)
        && individuals.equals(that.individuals) && collectives.equals(that.collectives);
  }

  @Override
  public int hashCode() {
    return individuals.hashCode() * 31 + collectives.hashCode();
  }

  @Override
  public String toString() {
    return "EvaluationResult{" + campaignId + ", " + period + ", " + individuals.size()
        + " individuals, " + collectives.size() + " collectives"
        + (errors.isEmpty() ? "" : ", " + errors.size() + " scoring errors") + "}";
  }
}
