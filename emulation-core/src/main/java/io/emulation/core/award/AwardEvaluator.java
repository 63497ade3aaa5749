package io.emulation.core.award;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.Grade;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.internal.Suggestions;
import io.emulation.core.org.Individual;
import io.emulation.core.org.Participant;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.Standing;
import io.emulation.core.scoring.ScoringError;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Explanation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
  private final AwardRuleSet rules;

  private AwardEvaluator(AwardRuleSet rules) {
    this.rules = rules;
  }

  /** An evaluator for a rule set. */
  public static AwardEvaluator of(AwardRuleSet rules) {
    return new AwardEvaluator(requireNonNull(rules, "rules"));
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
    Decider decider = new Decider(campaign, evaluation, inputs);
    List<AwardDecision> decisions = new ArrayList<>();
    for (AwardRule rule : rules.decisionOrder()) {
      decisions.addAll(decider.decide(rule));
    }
    Map<String, Participant> participants = new LinkedHashMap<>();
    evaluation.all().forEach(r -> participants.put(r.participantId(), r.participant()));
    return new AwardResult(campaign.id(), evaluation.period(), rules.rules(), decisions,
        participants);
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

  /** The state of one evaluation: grants so far, members, and the per-rule decisions. */
  private final class Decider {
    private final Campaign campaign;
    private final EvaluationResult evaluation;
    private final AwardInputs inputs;
    private Map<String, List<Initiative>> initiativesByParticipant;
    private final Map<String, Set<String>> grants = new HashMap<>();
    private final Map<String, List<ParticipantResult>> members = new HashMap<>();
    private final Map<String, List<ParticipantResult>> collectivesOf = new HashMap<>();

    Decider(Campaign campaign, EvaluationResult evaluation, AwardInputs inputs) {
      this.campaign = campaign;
      this.evaluation = evaluation;
      this.inputs = inputs;

      for (ParticipantResult collective : evaluation.collectives()) {
        List<ParticipantResult> evaluated = new ArrayList<>();
        for (Individual member : campaign.organisation().membersOf(collective.participantId())) {
          evaluation.result(member.id()).ifPresent(evaluated::add);
        }
        // by id, so reasons listing members never depend on the order people were added in
        evaluated.sort(Comparator.comparing(ParticipantResult::participantId));
        members.put(collective.participantId(), List.copyOf(evaluated));
        evaluated.forEach(m -> collectivesOf.computeIfAbsent(m.participantId(),
            k -> new ArrayList<>()).add(collective));
      }
    }

    List<AwardDecision> decide(AwardRule rule) {
      Award award = rule.award();
      List<ParticipantResult> candidates = award.recipient() == ParticipantKind.INDIVIDUAL
          ? evaluation.individuals() : evaluation.collectives();
      List<String> higher = rules.excludedBy(award.id());
      Map<String, AwardDecision> denied = new HashMap<>();
      Map<String, List<Message>> eligibleReasons = new HashMap<>();
      List<ParticipantResult> eligible = new ArrayList<>();
      for (ParticipantResult candidate : candidates) {
        String id = candidate.participantId();
        Optional<String> taken = higher.stream().filter(h -> holds(id, h)).findFirst();
        if (taken.isPresent()) {
          denied.put(id, new AwardDecision(id, award.id(), AwardDecision.Outcome.EXCLUDED,
              ImmutableList.of(Message.of("award.decision.excluded", taken.get())), taken));
          continue;
        }
        if (candidate.hasErrors()) {
          denied.put(id, new AwardDecision(id, award.id(), AwardDecision.Outcome.WITHHELD,
              ImmutableList.of(Message.of("award.decision.withheld",
                  candidate.scorecard().errors().stream().map(ScoringError::criterionId)
                      .distinct().collect(ImmutableList.toImmutableList()))),
              Optional.empty()));
          continue;
        }
        List<ConditionResult> results = check(rule.eligibility(), context(award, candidate));
        List<Message> unmet = results.stream().filter(r -> !r.met())
            .map(ConditionResult::reason).toList();
        if (unmet.isEmpty()) {
          eligible.add(candidate);
          eligibleReasons.put(id, results.stream().map(ConditionResult::reason).toList());
        } else {
          denied.put(id, new AwardDecision(id, award.id(), AwardDecision.Outcome.NOT_ELIGIBLE,
              ImmutableList.copyOf(unmet), Optional.empty()));
        }
      }
      Map<String, AwardDecision> allocated =
          new QuotaAllocation(rule, campaign, candidates, eligible, eligibleReasons,
              this::holds).allocate();
      allocated.values().stream().filter(AwardDecision::granted)
          .forEach(d -> grants.computeIfAbsent(award.id(), k -> new HashSet<>())
              .add(d.participantId()));
      List<AwardDecision> decisions = new ArrayList<>(candidates.size());
      for (ParticipantResult candidate : candidates) {
        String id = candidate.participantId();
        decisions.add(allocated.containsKey(id) ? allocated.get(id) : denied.get(id));
      }
      return decisions;
    }

    /** The initiatives by participant, in input order; built on first use. */
    private Map<String, List<Initiative>> initiativesByParticipant() {
      if (initiativesByParticipant == null) {
        Map<String, List<Initiative>> index = new HashMap<>();
        for (Initiative initiative : inputs.initiatives()) {
          index.computeIfAbsent(initiative.participantId(), k -> new ArrayList<>())
              .add(initiative);
        }
        initiativesByParticipant = index;
      }
      return initiativesByParticipant;
    }

    private boolean holds(String participantId, String awardId) {
      return grants.getOrDefault(awardId, Set.of()).contains(participantId);
    }

    /** The top-level conditions' results, so each unmet one is its own reason. */
    private List<ConditionResult> check(Condition eligibility, ConditionContext context) {
      if (eligibility instanceof Conditions.All all) {
        return all.conditions().stream().map(c -> c.evaluate(context)).toList();
      }
      return List.of(eligibility.evaluate(context));
    }

    private ConditionContext context(Award award, ParticipantResult candidate) {
      return new ConditionContext() {
        @Override
        public ParticipantResult result() {
          return candidate;
        }

        @Override
        public Award award() {
          return award;
        }

        @Override
        public Period period() {
          return evaluation.period();
        }

        @Override
        public GradingScale gradingScale() {
          return campaign.grading(candidate.participant().kind());
        }

        @Override
        public GradingScale memberGradingScale() {
          return campaign.grading(ParticipantKind.INDIVIDUAL);
        }

        @Override
        public List<ParticipantResult> members() {
          return members.getOrDefault(candidate.participantId(), List.of());
        }

        @Override
        public List<ParticipantResult> collectivesOf() {
          return collectivesOf.getOrDefault(candidate.participantId(), List.of());
        }

        @Override
        public boolean holds(String participantId, String awardId) {
          return Decider.this.holds(participantId, awardId);
        }

        @Override
        public Optional<ParticipantResult> resultOf(String participantId) {
          return evaluation.result(participantId);
        }

        @Override
        public AwardInputs inputs() {
          return inputs;
        }

        @Override
        public List<Initiative> initiativesOf(String participantId) {
          return initiativesByParticipant().getOrDefault(participantId, List.of());
        }
      };
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
