package io.emulation.core.award;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.Grade;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.internal.Parallel;
import io.emulation.core.internal.Suggestions;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.Standing;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Explanation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Decides the awards of an evaluated campaign under a rule set: for every rule in dependency
 * order and every participant of the award's kind, checks exclusion and eligibility, then
 * allocates quota places by rank. Immutable and thread-safe.
 *
 * <p>A participant whose scorecard has scoring errors (an evaluation published under {@code
 * FaultPolicy.PUBLISH_WITH_ERRORS}) is granted nothing: every award is withheld, with a reason
 * naming the errored criteria, and its quota places go to the others.
 *
 * <pre>{@code
 * AwardResult awards = AwardEvaluator.of(rules).evaluate(campaign, evaluation, inputs);
 * awards.summary().describe();   // "19 collectives and 73 individuals commended (...)"
 * awards.summary().describe(Languages.VIETNAMESE);   // "19 tập thể và 73 cá nhân được ..."
 * }</pre>
 *
 * @since 0.1
 */
public final class AwardEvaluator {
  /** Fewer candidates of an award than this are checked on the calling thread alone. */
  static final int PARALLEL_FROM = 2_000;
  /** How many candidates are checked together, on one thread. */
  private static final int SLICE = 512;

  private final AwardRuleSet rules;
  /** How many candidates of an award are checked on several threads; beyond an int: never. */
  private final long parallelFrom;

  private AwardEvaluator(AwardRuleSet rules, long parallelFrom) {
    this.rules = rules;
    this.parallelFrom = parallelFrom;
  }

  /** An evaluator for a rule set, checking candidates on the calling thread. */
  public static AwardEvaluator of(AwardRuleSet rules) {
    return new AwardEvaluator(requireNonNull(rules, "rules"), Long.MAX_VALUE);
  }

  /**
   * This evaluator, checking the candidates of each award on several threads (the common
   * fork-join pool) when there are {@value #PARALLEL_FROM} or more of them. The decisions, their
   * reasons and the what-ifs are exactly those of {@link #of}'s evaluator, which checks on the
   * calling thread.
   *
   * <p>Opt in only when everything a condition may ask is safe to call from several threads at
   * once: the inputs' {@link Registrations}, {@link AwardHistory} and {@link CouncilVotes} (the
   * library's own implementations are; the contracts of the last two already ask it), and the
   * conditions of plugin {@link ConditionType}s (whose contract asks it too). At a million
   * people, the checks are most of the award step.
   *
   * @since 0.3
   */
  public AwardEvaluator inParallel() {
    return parallelFrom(PARALLEL_FROM);
  }

  /** This evaluator, checking on several threads from that many candidates of an award. */
  AwardEvaluator parallelFrom(int candidates) {
    return new AwardEvaluator(rules, candidates);
  }

  /** The rule set. */
  public AwardRuleSet rules() {
    return rules;
  }

  /**
   * Decides every award for every participant of the evaluation.
   *
   * @throws InvalidDefinitionException when the rules name grades or criteria the campaign lacks
   */
  public AwardResult evaluate(Campaign campaign, EvaluationResult evaluation, AwardInputs inputs) {
    requireNonNull(campaign, "campaign");
    requireNonNull(evaluation, "evaluation");
    requireNonNull(inputs, "inputs");
    checkAgainst(campaign);
    return decide(campaign, evaluation, inputs, Optional.empty());
  }

  /**
   * A what-if after a change of rules: the awards of the evaluation and inputs {@code previous}
   * was decided on, under this evaluator's rules. The result equals {@link #evaluate} with that
   * campaign, evaluation and inputs; it is faster because only what the change reaches is
   * decided again. An award whose rule and exclusion groups are unchanged, and whose conditions
   * read no grant that changed, keeps its decisions; an award whose quota alone changed keeps
   * every participant's eligibility and re-allocates its places; an award reading grants that
   * changed re-checks only the participants whose grants changed (and, for collectives, whose
   * members' grants changed), then re-allocates. Awards with condition types from plugins, whose
   * reads are unknown, are decided again in full once anything they read changed.
   *
   * <pre>{@code
   * AwardResult now = AwardEvaluator.of(rules).evaluate(campaign, evaluation, inputs);
   * AwardRuleSet raised = rules.toBuilder().replaceRule(cstdcs.withQuota(twentyPercent)).build();
   * AwardResult whatIf = AwardEvaluator.of(raised).reevaluate(now);
   * }</pre>
   *
   * @throws InvalidDefinitionException when the rules name grades or criteria the campaign lacks
   * @since 0.2
   */
  public AwardResult reevaluate(AwardResult previous) {
    requireNonNull(previous, "previous");
    AwardResult.Basis basis = previous.basis();
    checkAgainst(basis.campaign());
    return decide(basis.campaign(), basis.evaluation(), basis.inputs(), Optional.of(previous));
  }

  private AwardResult decide(Campaign campaign, EvaluationResult evaluation, AwardInputs inputs,
      Optional<AwardResult> previous) {
    Membership membership = previous.map(p -> p.basis().membership())
        .orElseGet(() -> Membership.of(campaign, evaluation));
    Decider decider = new Decider(new AwardFacts(campaign, evaluation, inputs, membership));
    Map<String, DecidedAward> decided = new LinkedHashMap<>();
    Map<String, Set<String>> changedGrants = new HashMap<>();
    for (AwardRule rule : rules.decisionOrder()) {
      String id = rule.award().id();
      Reuse reuse = previous.map(p -> reuse(p.basis(), rule, changedGrants, membership))
          .orElse(Reuse.NOTHING);
      DecidedAward award = decider.decide(rule, reuse);
      decided.put(id, award);
      previous.ifPresent(p -> changedGrants.put(id, changed(p.basis().awards().get(id), award)));
    }
    return new AwardResult(new AwardResult.Basis(rules, campaign, evaluation, inputs,
        ImmutableMap.copyOf(decided), membership));
  }

  /** What of an earlier decision on the rule's award the rule's new decision can keep. */
  private Reuse reuse(AwardResult.Basis before, AwardRule rule,
      Map<String, Set<String>> changedGrants, Membership membership) {
    String id = rule.award().id();
    Optional<AwardRule> old = before.ruleSet().rule(id);
    if (old.isEmpty() || !old.get().award().equals(rule.award())
        || !old.get().eligibility().equals(rule.eligibility())
        || !before.ruleSet().excludedBy(id).equals(rules.excludedBy(id))) {
      return Reuse.NOTHING;
    }
    DecidedAward previous = before.awards().get(id);
    Set<String> changed = new HashSet<>();
    for (String need : AwardRuleSet.needs(rule, rules.exclusionGroups())) {
      changed.addAll(changedGrants.getOrDefault(need, Set.of()));
    }
    if (changed.isEmpty()) {
      return new Reuse(Optional.of(previous), old.get().equals(rule), new BitSet());
    }
    if (!builtIn(rule.eligibility())) {
      return Reuse.NOTHING;
    }
    ParticipantKind kind = rule.award().recipient();
    BitSet touched = new BitSet();
    for (String participant : changed) {
      membership.position(kind, participant).ifPresent(touched::set);
      if (kind == ParticipantKind.COLLECTIVE) {
        membership.collectivesOf(participant).forEach(collective -> membership
            .position(kind, collective.participantId()).ifPresent(touched::set));
      }
    }
    return new Reuse(Optional.of(previous), false, touched);
  }

  /** Whether every condition is a built-in one, whose reads of grants are known. */
  private static boolean builtIn(Condition condition) {
    return condition instanceof BuiltInCondition
        && condition.children().stream().allMatch(AwardEvaluator::builtIn);
  }

  /** Who gained or lost an award between an earlier decision on it (if any) and a new one. */
  private static Set<String> changed(DecidedAward before, DecidedAward after) {
    if (before == after) {
      return Set.of();
    }
    if (before == null || before.recipient() != after.recipient()) {
      Set<String> changed = new HashSet<>(after.holders());
      if (before != null) {
        before.holders().forEach(holder -> {
          if (!changed.remove(holder)) {
            changed.add(holder);
          }
        });
      }
      return changed;
    }
    BitSet differ = (BitSet) before.granted().clone();
    differ.xor(after.granted());
    Set<String> changed = new HashSet<>();
    for (int i = differ.nextSetBit(0); i >= 0; i = differ.nextSetBit(i + 1)) {
      changed.add(after.candidate(i).participantId());
    }
    return changed;
  }

  /**
   * What a decision on one award keeps of an earlier one: everything, or the eligibility of
   * every participant whose position is not touched by a change of grants, or nothing.
   */
  private record Reuse(Optional<DecidedAward> previous, boolean everything, BitSet touched) {
    static final Reuse NOTHING = new Reuse(Optional.empty(), false, new BitSet());
  }

  private void checkAgainst(Campaign campaign) {
    List<Problem> problems = problems(campaign);
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException("award rules '" + rules.name() + "' for campaign '"
          + campaign.id() + "'", problems);
    }
  }

  /**
   * Every way the rules do not fit the campaign: grades its scales lack, allocation keys naming
   * criteria it lacks. Empty when {@link #evaluate} will accept the campaign.
   */
  public List<Problem> problems(Campaign campaign) {
    List<Problem> problems = new ArrayList<>();
    for (AwardRule rule : rules.rules()) {
      String where = "awards/" + rule.award().id();
      checkGrades(rule.eligibility(), campaign.grading(rule.award().recipient()),
          campaign.grading(ParticipantKind.INDIVIDUAL), where, problems);
      for (RankKey key : rule.allocationOrder()) {
        if (key instanceof RankKey.ByCriterionPoints byPoints
            && campaign.criterion(byPoints.criterionId()).isEmpty()) {
          problems.add(Problem.at(where + "/allocationOrder", Message.of(
              "award.problem.allocationCriterionUnknown", rule.award().id(),
              byPoints.criterionId(), campaign.id(), Suggestions.suggestion(
                  byPoints.criterionId(), campaign.criteria().stream().map(Criterion::id)
                      .toList()))));
        }
      }
    }
    return problems;
  }

  private static void checkGrades(Condition condition, GradingScale own, GradingScale members,
      String where, List<Problem> problems) {
    if (condition instanceof Conditions.MinGrade min && own.grade(min.gradeCode()).isEmpty()) {
      problems.add(Problem.at(where + "/conditions", Message.of("award.problem.gradeUnknown",
          described(condition), min.gradeCode(), codes(own),
          Suggestions.suggestion(min.gradeCode(), codes(own)))));
    }
    if (condition instanceof Conditions.MemberShareWithGrade share
        && members.grade(share.gradeCode()).isEmpty()) {
      problems.add(Problem.at(where + "/conditions", Message.of(
          "award.problem.memberGradeUnknown", described(condition), share.gradeCode(),
          codes(members), Suggestions.suggestion(share.gradeCode(), codes(members)))));
    }
    condition.children().forEach(child -> checkGrades(child, own, members, where, problems));
  }

  /** A condition's description in the language a problem is read in. */
  private static Explanation described(Condition condition) {
    return condition::describe;
  }

  /** The grade codes of a scale, best first. */
  private static ImmutableList<String> codes(GradingScale scale) {
    return scale.grades().stream().map(Grade::code).collect(ImmutableList.toImmutableList());
  }

  /** The state of one evaluation: the facts, and the awards decided so far. */
  private final class Decider {
    private final AwardFacts facts;
    private final Map<String, DecidedAward> decided = new LinkedHashMap<>();

    Decider(AwardFacts facts) {
      this.facts = facts;
    }

    /** The decisions on one rule's award, keeping what {@code reuse} allows. */
    DecidedAward decide(AwardRule rule, Reuse reuse) {
      Award award = rule.award();
      if (reuse.everything()) {
        DecidedAward kept = reuse.previous().orElseThrow();
        decided.put(award.id(), kept);
        return kept;
      }
      AwardCheck check = new AwardCheck(rule, facts, ImmutableMap.copyOf(decided),
          rules.excludedBy(award.id()));
      List<ParticipantResult> candidates = check.candidates();
      DecidedAward before = reuse.previous().orElse(null);
      int size = candidates.size();
      // start from the earlier decisions, so untouched ineligible participants cost nothing
      AwardDecision.Outcome[] outcomes = before == null ? new AwardDecision.Outcome[size]
          : before.outcomes().clone();
      List<ConditionResult>[] kept = before != null ? cloned(before.kept())
          : builtIn(rule.eligibility()) ? null : newResults(size);
      BitSet toCheck = before == null ? all(size) : reuse.touched();
      BitSet eligibleAt = before == null ? new BitSet(size) : (BitSet) before.eligible().clone();
      eligibleAt.andNot(toCheck);
      int[] checked = positions(toCheck, size);
      // each check reads only the facts and the awards decided before, and writes only its own
      // slots, so candidates may be checked on several threads; eligibility is gathered after
      boolean parallel = checked.length >= parallelFrom;
      FirstThrown thrown = new FirstThrown();
      // in slices, each checked on one thread with one context moved from candidate to candidate
      Parallel.when(parallel, IntStream.range(0, sliceCount(checked.length))).forEach(slice -> {
        AwardCheck.Candidate cursor = check.cursor();
        int end = Math.min(checked.length, sliceStart(slice + 1));
        for (int at = sliceStart(slice); at < end; at++) {
          int i = checked[at];
          try {
            outcomes[i] = outcome(check, cursor, i, kept);
          } catch (RuntimeException e) {
            if (!parallel) {
              throw e;
            }
            // the slice's later candidates cannot come first
            thrown.offer(i, e);
            return;
          }
        }
      });
      // what a condition threw for the first candidate, as on one thread
      thrown.rethrow();
      for (int i : checked) {
        if (outcomes[i] == null) {
          eligibleAt.set(i);
        }
      }
      QuotaAllocation.Places places = new QuotaAllocation(rule, facts.campaign(), check,
          eligibleAt, () -> facts.membership().byRankingUnit(award.recipient())).allocate();
      Set<String> holders = new HashSet<>();
      for (int i = eligibleAt.nextSetBit(0); i >= 0; i = eligibleAt.nextSetBit(i + 1)) {
        if (places.granted().get(i)) {
          outcomes[i] = AwardDecision.Outcome.GRANTED;
          holders.add(check.columns().id(i));
        } else {
          outcomes[i] = AwardDecision.Outcome.NO_QUOTA_PLACE;
        }
      }
      DecidedAward made = new DecidedAward(check, outcomes, kept, places.positions(), eligibleAt,
          places.granted(), holders);
      decided.put(award.id(), made);
      return made;
    }

    /**
     * Why the participant at a position cannot have the award before places are allocated, or
     * {@code null} when eligible; keeps the conditions' results in {@code kept} unless {@code
     * null}.
     */
    private AwardDecision.Outcome outcome(AwardCheck check, AwardCheck.Candidate cursor, int i,
        List<ConditionResult>[] kept) {
      if (check.excludedBy(i) != null) {
        return AwardDecision.Outcome.EXCLUDED;
      }
      if (facts.membership().hasErrors(check.rule().award().recipient(), i)) {
        return AwardDecision.Outcome.WITHHELD;
      }
      boolean eligible = kept == null ? check.eligible(cursor, i) : keep(check, i, kept);
      return eligible ? null : AwardDecision.Outcome.NOT_ELIGIBLE;
    }

    /** Checks the participant at a position, keeping the results; whether all held. */
    private static boolean keep(AwardCheck check, int position, List<ConditionResult>[] kept) {
      List<ConditionResult> results = check.check(position);
      kept[position] = results;
      return results.stream().allMatch(ConditionResult::met);
    }

    @SuppressWarnings("unchecked")
    private static List<ConditionResult>[] newResults(int size) {
      return (List<ConditionResult>[]) new List<?>[size];
    }

    private static List<ConditionResult>[] cloned(List<ConditionResult>[] results) {
      return results == null ? null : results.clone();
    }

    /** The positions set, below a size, in order. */
    private static int[] positions(BitSet set, int size) {
      BitSet below = set.get(0, size);
      int[] positions = new int[below.cardinality()];
      int count = 0;
      for (int i = below.nextSetBit(0); i >= 0; i = below.nextSetBit(i + 1)) {
        positions[count++] = i;
      }
      return positions;
    }

    /** How many slices of candidates there are. */
    private static int sliceCount(int candidates) {
      return (candidates + SLICE - 1) / SLICE;
    }

    /** Where a slice of candidates starts. */
    private static int sliceStart(int slice) {
      return slice * SLICE;
    }

    private static BitSet all(int size) {
      BitSet all = new BitSet(size);
      all.set(0, size);
      return all;
    }
  }

  /** Of the exceptions conditions threw on several threads, the one for the first position. */
  private static final class FirstThrown {
    private int position = Integer.MAX_VALUE;
    private RuntimeException thrown;

    synchronized void offer(int at, RuntimeException e) {
      if (at < position) {
        position = at;
        thrown = e;
      }
    }

    synchronized void rethrow() {
      if (thrown != null) {
        throw thrown;
      }
    }
  }

  /** Standings for rank keys: the comparator quota places go by. */
  static Comparator<Standing> order(List<RankKey> keys) {
    return (a, b) -> {
      for (RankKey key : keys) {
        int order = key.compare(a, b);
        if (order != 0) {
          return order;
        }
      }
      return 0;
    };
  }
}
