package io.emulation.core.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.grading.GradeDecision;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.internal.IdNumbers;
import io.emulation.core.internal.Parallel;
import io.emulation.core.org.Participant;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.ranking.Placement;
import io.emulation.core.ranking.RankPolicy;
import io.emulation.core.ranking.Standing;
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.scoring.ScoringError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

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
  private final ImmutableList<ParticipantResult> individuals;
  private final ImmutableList<ParticipantResult> collectives;
  private final ImmutableMap<String, ParticipantResult> byId;
  private final ImmutableList<ScoringError> errors;

  private EvaluationResult(String campaignId, Period period,
      List<ParticipantResult> individuals, List<ParticipantResult> collectives,
      Set<String> withErrors) {
    this.campaignId = campaignId;
    this.period = period;
    this.individuals = ImmutableList.copyOf(individuals);
    this.collectives = ImmutableList.copyOf(collectives);
    ImmutableMap.Builder<String, ParticipantResult> index = ImmutableMap.builder();
    individuals.forEach(r -> index.put(r.participantId(), r));
    collectives.forEach(r -> index.put(r.participantId(), r));
    this.byId = index.build();
    // only the scorecards with an errored line, known from scoring, have errors: the others
    // are not visited again
    List<ScoringError> all = new ArrayList<>();
    if (!withErrors.isEmpty()) {
      for (ParticipantResult r : byId.values()) {
        if (withErrors.contains(r.participantId())) {
          all.addAll(r.scorecard().errors());
        }
      }
    }
    all.sort(null);
    this.errors = ImmutableList.copyOf(all);
  }

  /**
   * Grades and ranks the scorecards.
   *
   * @param withErrors the ids of the participants whose scorecards {@linkplain
   *     Scorecard#hasErrors() have errors}
   */
  static EvaluationResult assemble(Campaign campaign, Period period,
      Map<String, Participant> inScope, Map<String, Scorecard> scorecards,
      Set<String> withErrors, int parallelFrom) {
    return new EvaluationResult(campaign.id(), period,
        rank(campaign, ParticipantKind.INDIVIDUAL, inScope, scorecards, parallelFrom),
        rank(campaign, ParticipantKind.COLLECTIVE, inScope, scorecards, parallelFrom),
        withErrors);
  }

  /**
   * Grades and ranks the participants of a kind. Grades, and ranks within units, are made on
   * several threads from {@code parallelFrom} participants when the requirements, or the keys,
   * are the built-in values; those of other types are asked on one thread, as they always were.
   * The results, which ask nothing of such types, are made on several threads from that many.
   */
  private static List<ParticipantResult> rank(Campaign campaign, ParticipantKind kind,
      Map<String, Participant> inScope, Map<String, Scorecard> scorecards, int parallelFrom) {
    GradingScale scale = campaign.grading(kind);
    RankPolicy policy = campaign.rankPolicy();
    List<Participant> ofKind =
        inScope.values().stream().filter(p -> p.kind() == kind).toList();
    // grades depend on nothing but their own scorecard: each is decided in its slot
    Standing[] graded = new Standing[ofKind.size()];
    boolean many = graded.length >= parallelFrom;
    IntStream all = IntStream.range(0, graded.length);
    Parallel.when(many && scale.hasOnlyBuiltInRequirements(), all).forEach(i -> {
      Participant participant = ofKind.get(i);
      Scorecard scorecard = scorecards.get(participant.id());
      GradeDecision grade = scale.grade(scorecard);
      graded[i] = new Standing(participant, scorecard, grade, scale.position(grade.grade()));
    });
    List<Standing> standings = Arrays.asList(graded);
    Map<String, List<Standing>> byUnit = new LinkedHashMap<>();
    for (Standing standing : standings) {
      byUnit.computeIfAbsent(standing.participant().rankingUnitId(), u -> new ArrayList<>())
          .add(standing);
    }
    // each unit ranks on its own, collected in unit order
    Stream<List<Standing>> units = byUnit.values().stream();
    List<ImmutableList<Placement>> unitPlacements =
        Parallel.when(many && policy.hasOnlyBuiltInKeys(), units)
            .map(policy::rank).toList();
    // placements are matched to standings by the standings' places, found by id in a table
    // of ints: at a million people, two maps by id held 90 MB more at the evaluation's peak
    IdNumbers places = IdNumbers.of(ofKind.stream().map(Participant::id).toList());
    Placement[] inUnit = new Placement[graded.length];
    Parallel.when(many, unitPlacements.stream()).forEach(unit -> unit.forEach(
        placement -> inUnit[places.of(placement.participantId())] = placement));
    boolean builtInKeys = policy.hasOnlyBuiltInKeys();
    List<Placement> overall = policy.rank(standings);
    // each result is made in its slot from arrays no longer written
    ParticipantResult[] results = new ParticipantResult[overall.size()];
    IntStream placed = IntStream.range(0, results.length);
    Parallel.when(many, placed).forEach(i -> {
      Placement placement = overall.get(i);
      int place = places.of(placement.participantId());
      Standing s = graded[place];
      results[i] = ParticipantResult.ranked(s.participant(), s.scorecard(), s.grade(),
          s.gradePosition(), policy, builtInKeys, placement, inUnit[place]);
    });
    return Arrays.asList(results);
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
    return Optional.ofNullable(byId.get(requireNonNull(participantId, "participantId")));
  }

  /** Results keyed by participant id, individuals first, each best first. */
  public ImmutableMap<String, ParticipantResult> byParticipant() {
    return byId;
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
