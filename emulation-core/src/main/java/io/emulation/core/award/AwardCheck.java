package io.emulation.core.award;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The check of one award's rule as it was made: the facts of the evaluation and the awards
 * decided before it. Answers the same at any time, so a decision's reasons can be derived again
 * when read instead of kept. Participants are named by their position in the evaluation's list
 * of the award's recipient kind. Immutable and thread-safe.
 */
final class AwardCheck {
  private final AwardRule rule;
  private final AwardFacts facts;
  private final ImmutableMap<String, DecidedAward> before;
  private final ImmutableList<String> higher;
  private final ParticipantKind kind;
  private final List<ParticipantResult> candidates;
  private final ResultColumns columns;

  /**
   * @param before the awards decided before this one
   * @param higher the awards of higher precedence that exclude this one, highest first
   */
  AwardCheck(AwardRule rule, AwardFacts facts, ImmutableMap<String, DecidedAward> before,
      ImmutableList<String> higher) {
    this.rule = rule;
    this.facts = facts;
    this.before = before;
    this.higher = higher;
    this.kind = rule.award().recipient();
    this.candidates = facts.candidates(kind);
    this.columns = facts.membership().columns(kind);
  }

  AwardRule rule() {
    return rule;
  }

  /** The participants of the recipient kind, by position. */
  List<ParticipantResult> candidates() {
    return candidates;
  }

  /** What conditions read of the candidates, as columns by position. */
  ResultColumns columns() {
    return columns;
  }

  /** Whether a participant held an award when this one was decided. */
  boolean holds(String participantId, String awardId) {
    DecidedAward award = before.get(awardId);
    return award != null && award.holders().contains(participantId);
  }

  /** Whether the participant at a position held an award when this one was decided. */
  boolean holdsAt(int position, String awardId) {
    DecidedAward award = before.get(awardId);
    if (award == null) {
      return false;
    }
    return award.recipient() == kind ? award.granted().get(position)
        : award.holders().contains(candidates.get(position).participantId());
  }

  /** How many of the participants held an award when this one was decided. */
  int holders(String awardId, List<ParticipantResult> participants) {
    DecidedAward award = before.get(awardId);
    if (award == null) {
      return 0;
    }
    if (participants == candidates && award.recipient() == kind) {
      return award.granted().cardinality();
    }
    int holders = 0;
    for (ParticipantResult participant : participants) {
      if (award.holders().contains(participant.participantId())) {
        holders++;
      }
    }
    return holders;
  }

  /** The first award of higher precedence the participant at a position holds; else null. */
  String excludedBy(int position) {
    // by index: no iterator for each participant and award
    for (int i = 0; i < higher.size(); i++) {
      if (holdsAt(position, higher.get(i))) {
        return higher.get(i);
      }
    }
    return null;
  }

  /** The top-level conditions' results, so each unmet one is its own reason. */
  List<ConditionResult> check(int position) {
    ConditionContext context = new Candidate(position);
    Condition eligibility = rule.eligibility();
    if (eligibility instanceof Conditions.All all) {
      List<ConditionResult> results = new ArrayList<>(all.conditions().size());
      for (Condition condition : all.conditions()) {
        results.add(condition.evaluate(context));
      }
      return results;
    }
    return List.of(eligibility.evaluate(context));
  }

  /**
   * A context to check one participant after another with {@link #eligible(Candidate, int)},
   * which moves it: checking a million participants then makes no million contexts. For
   * built-in conditions alone, which keep nothing of a context.
   */
  Candidate cursor() {
    return new Candidate(0);
  }

  /**
   * Whether every top-level condition holds for the participant at a position, stopping at the
   * first that does not, without reasons: for built-in conditions, which are pure, so the
   * reasons can be derived again when read.
   *
   * @param context this check's {@link #cursor()}, moved to the position
   */
  boolean eligible(Candidate context, int position) {
    context.position = position;
    Condition eligibility = rule.eligibility();
    if (eligibility instanceof Conditions.All all) {
      List<Condition> conditions = all.conditions();
      for (int i = 0; i < conditions.size(); i++) {
        if (!context.meets(conditions.get(i))) {
          return false;
        }
      }
      return true;
    }
    return context.meets(eligibility);
  }

  /** What a condition sees of the participant at a position. */
  final class Candidate implements ConditionContext {
    private int position;
    /**
     * What the last grade and hire conditions asked for, worked out once for the candidates
     * a cursor moves over rather than once for each.
     */
    private Conditions.MinGrade gradeAsked;
    private int gradeLeast;
    private Conditions.HiredMonthsBefore hireAsked;
    private LocalDate hiredLatest;

    Candidate(int position) {
      this.position = position;
    }

    /**
     * Whether a built-in condition holds for this participant: read from the columns where it
     * is about the participant's own grade, failed vetoes, record, registration, initiatives or
     * streak of past grants, and the condition's own way otherwise. The answer is the same
     * either way ({@code ColumnConditionsPropertyTest}); the columns spare following the
     * participant's objects over the heap for each award.
     */
    boolean meets(Condition condition) {
      if (condition instanceof Conditions.MinGrade min) {
        if (min != gradeAsked) {
          gradeAsked = min;
          gradeLeast = ResultColumns.place(gradingScale(), min.gradeCode());
        }
        int own = columns.grade(position);
        if (own != ResultColumns.NONE && gradeLeast != ResultColumns.NONE) {
          return own <= gradeLeast;
        }
      } else if (condition instanceof Conditions.NoVetoFailure) {
        return !columns.vetoFailed(position);
      } else if (condition instanceof Conditions.Registered registered) {
        return registered.isMet(this, columns.id(position));
      } else if (condition instanceof Conditions.InitiativesAtLeast initiatives) {
        return initiatives.isMet(facts.initiativesAt(kind, position), period());
      } else if (condition instanceof Conditions.HeldConsecutively held) {
        return held.isMet(this, columns.id(position));
      } else if (columns.individuals()) {
        if (condition instanceof Conditions.HiredMonthsBefore hired) {
          if (hired != hireAsked) {
            hireAsked = hired;
            hiredLatest = hired.latest(period());
          }
          return columns.hiredBy(position, hiredLatest);
        } else if (condition instanceof Conditions.DisciplineBelow below) {
          return !columns.discipline(position).isAtLeast(below.level());
        } else if (condition instanceof Conditions.NotUnderReview) {
          return !columns.underReview(position);
        }
      }
      return Conditions.isMet(condition, this);
    }

    /** Whether this participant holds an award, answered by position. */
    boolean holdsOwn(String awardId) {
      return holdsAt(position, awardId);
    }

    /** How many of this collective's members hold an award, answered by position. */
    long membersHolding(String awardId) {
      DecidedAward award = before.get(awardId);
      if (award == null) {
        return 0;
      }
      long holding = 0;
      if (award.recipient() == ParticipantKind.INDIVIDUAL) {
        for (int member : facts.membership().memberPositions(columns.id(position))) {
          if (award.granted().get(member)) {
            holding++;
          }
        }
      } else {
        for (ParticipantResult member : members()) {
          if (award.holders().contains(member.participantId())) {
            holding++;
          }
        }
      }
      return holding;
    }

    @Override
    public ParticipantResult result() {
      return candidates.get(position);
    }

    @Override
    public Award award() {
      return rule.award();
    }

    @Override
    public Period period() {
      return facts.evaluation().period();
    }

    @Override
    public GradingScale gradingScale() {
      return facts.campaign().grading(kind);
    }

    @Override
    public GradingScale memberGradingScale() {
      return facts.campaign().grading(ParticipantKind.INDIVIDUAL);
    }

    @Override
    public List<ParticipantResult> members() {
      return facts.membership().membersOf(columns.id(position));
    }

    @Override
    public List<ParticipantResult> collectivesOf() {
      return kind == ParticipantKind.INDIVIDUAL ? facts.membership().collectivesOf(position)
          : List.of();
    }

    @Override
    public boolean holds(String participantId, String awardId) {
      return AwardCheck.this.holds(participantId, awardId);
    }

    @Override
    public Optional<ParticipantResult> resultOf(String participantId) {
      return facts.evaluation().result(participantId);
    }

    @Override
    public AwardInputs inputs() {
      return facts.inputs();
    }

    @Override
    public List<Initiative> initiativesOf(String participantId) {
      return facts.initiativesOf(participantId);
    }
  }
}
