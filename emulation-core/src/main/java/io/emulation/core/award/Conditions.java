package io.emulation.core.award;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.Grade;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.internal.Decimal128;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.Individual;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Explanation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The built-in {@link Condition}s: static factories, and the records they return (so conditions
 * compare and serialize by their parameters).
 *
 * <pre>{@code
 * Condition advancedWorker = Conditions.all(
 *     Conditions.minGrade("GOOD"),
 *     Conditions.registered(),
 *     Conditions.hiredMonthsBefore(6),
 *     Conditions.disciplineBelow(DisciplinaryLevel.REPRIMAND),
 *     Conditions.notUnderReview());
 * }</pre>
 *
 * <p>Council decisions read the votes in {@link AwardInputs#councilVotes()}; their records are in
 * {@link CouncilConditions}:
 *
 * <pre>{@code
 * Condition councilMajority = Conditions.all(
 *     Conditions.quorum(2, 3),
 *     Conditions.any(Conditions.councilApprovalMoreThan(new BigDecimal("50")),
 *         Conditions.chairmanCastingVote(new BigDecimal("50"))));
 * }</pre>
 *
 * <p>Every reason and description comes from the bundled catalogs, in Vietnamese and English:
 * {@code describe()} is English, {@code describe(Locale)} the language asked for, and a result's
 * {@link ConditionResult#reason()} renders in the reader's language. Ids and grade codes are kept
 * as written.
 *
 * @since 0.1
 */
public final class Conditions {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Conditions() {}

  /** All of the conditions hold. */
  public static Condition all(Condition... conditions) {
    return new All(ImmutableList.copyOf(Arrays.asList(conditions)));
  }

  /** At least one of the conditions holds. */
  public static Condition any(Condition... conditions) {
    return new Any(ImmutableList.copyOf(Arrays.asList(conditions)));
  }

  /** At least {@code count} of the conditions hold ("may miss one of the first four"). */
  public static Condition atLeast(int count, Condition... conditions) {
    return new AtLeast(count, ImmutableList.copyOf(Arrays.asList(conditions)));
  }

  /** The condition does not hold. */
  public static Condition not(Condition condition) {
    return new Not(condition);
  }

  /** The participant's grade is the given one or better. */
  public static Condition minGrade(String gradeCode) {
    return new MinGrade(gradeCode);
  }

  /** The participant's total is at least {@code min}. */
  public static Condition minScore(BigDecimal min) {
    return new MinScore(min);
  }

  /** No veto criterion failed for the participant. */
  public static Condition noVetoFailure() {
    return new NoVetoFailure();
  }

  /** No veto failed for any collective the individual belongs to ("absolute safety" of a unit). */
  public static Condition unitsHaveNoVetoFailure() {
    return new UnitsHaveNoVetoFailure();
  }

  /** The participant registered for the award being decided. */
  public static Condition registered() {
    return new Registered();
  }

  /** The individual was hired at least {@code months} months before the period ends. */
  public static Condition hiredMonthsBefore(int months) {
    return new HiredMonthsBefore(months);
  }

  /** The individual's disciplinary level in the period is below {@code level}. */
  public static Condition disciplineBelow(DisciplinaryLevel level) {
    return new DisciplineBelow(level);
  }

  /** The individual is not under disciplinary review or investigation. */
  public static Condition notUnderReview() {
    return new NotUnderReview();
  }

  /** The participant was granted the award earlier in this evaluation. */
  public static Condition holds(String awardId) {
    return new Holds(awardId);
  }

  /**
   * The participant held the award in each of the last {@code times} consecutive periods, this
   * one included, counting only past grants of kinds that count as history.
   */
  public static Condition heldConsecutively(String awardId, int times) {
    return new HeldConsecutively(awardId, times);
  }

  /** At least {@code count} initiatives recognised in the period with the given reach or wider. */
  public static Condition initiativesAtLeast(int count, AwardLevel reach) {
    return new InitiativesAtLeast(count, reach);
  }

  /** More than {@code percent}% of the collective's members hold the award. */
  public static Condition memberShareHoldingMoreThan(String awardId, BigDecimal percent) {
    return new MemberShareHolding(awardId, percent, true);
  }

  /** At least {@code percent}% of the collective's members hold the award. */
  public static Condition memberShareHoldingAtLeast(String awardId, BigDecimal percent) {
    return new MemberShareHolding(awardId, percent, false);
  }

  /** At least {@code percent}% of the collective's members have the grade or better. */
  public static Condition memberShareWithGradeAtLeast(String gradeCode, BigDecimal percent) {
    return new MemberShareWithGrade(gradeCode, percent);
  }

  /** At least {@code count} of the collective's members hold the award. */
  public static Condition membersHoldingAtLeast(String awardId, int count) {
    return new MembersHolding(awardId, count);
  }

  /** No member of the collective is disciplined at {@code level} or above. */
  public static Condition noMemberDisciplinedAtLeast(DisciplinaryLevel level) {
    return new NoMemberDisciplined(level);
  }

  /**
   * At least {@code numerator/denominator} of the council's members were present at the vote on
   * the participant and award (rounded up: 2/3 of 15 is 10).
   */
  public static Condition quorum(int numerator, int denominator) {
    return new CouncilConditions.Quorum(numerator, denominator);
  }

  /**
   * More than {@code percent}% of the council's votes cast, abstentions included, are for the
   * participant and award.
   */
  public static Condition councilApprovalMoreThan(BigDecimal percent) {
    return new CouncilConditions.ApprovalMoreThan(percent);
  }

  /**
   * A secret ballot in which at least {@code percent}% of all the council's members, present or
   * not, voted for the participant and award (90% for high titles).
   */
  public static Condition secretBallotApprovalAtLeast(BigDecimal percent) {
    return new CouncilConditions.SecretBallotApproval(percent);
  }

  /**
   * On an exact tie at {@code percent}% of the votes cast, the chairman voted for: combine as
   * {@code any(councilApprovalMoreThan(50), chairmanCastingVote(50))}.
   */
  public static Condition chairmanCastingVote(BigDecimal percent) {
    return new CouncilConditions.ChairmanCastingVote(percent);
  }

  // ---- composites

  /**
   * All of the conditions hold.
   *
   * @param conditions at least one
   */
  public record All(ImmutableList<Condition> conditions) implements BuiltInCondition {
    /** Checks the parts. */
    public All {
      checkArgument(!conditions.isEmpty(), "'all' needs at least one condition");
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      List<ConditionResult> results = evaluateAll(conditions, context);
      List<ConditionResult> unmet = results.stream().filter(r -> !r.met()).toList();
      return unmet.isEmpty() ? ConditionResult.met(join(results))
          : ConditionResult.unmet(join(unmet));
    }

    @Override
    public Message description() {
      Message text = Message.from(described(conditions.get(0)));
      for (Condition next : conditions.subList(1, conditions.size())) {
        text = Message.of("condition.all.describe", text, described(next));
      }
      return text;
    }

    @Override
    public Set<String> awardsRead() {
      return awardsOf(conditions);
    }

    @Override
    public List<Condition> children() {
      return conditions;
    }
  }

  /**
   * At least one of the conditions holds.
   *
   * @param conditions at least one
   */
  public record Any(ImmutableList<Condition> conditions) implements BuiltInCondition {
    /** Checks the parts. */
    public Any {
      checkArgument(!conditions.isEmpty(), "'any' needs at least one condition");
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      List<ConditionResult> results = evaluateAll(conditions, context);
      List<ConditionResult> met = results.stream().filter(ConditionResult::met).toList();
      return met.isEmpty()
          ? ConditionResult.unmet(Message.of("condition.any.unmet", reasons(results)))
          : ConditionResult.met(join(met));
    }

    @Override
    public Message description() {
      return Message.of("condition.any.describe", describedAll(conditions));
    }

    @Override
    public Set<String> awardsRead() {
      return awardsOf(conditions);
    }

    @Override
    public List<Condition> children() {
      return conditions;
    }
  }

  /**
   * At least {@code count} of the conditions hold.
   *
   * @param count how many must hold, 1 to the number of conditions
   * @param conditions the conditions
   */
  public record AtLeast(int count, ImmutableList<Condition> conditions)
      implements BuiltInCondition {
    /** Checks the parts. */
    public AtLeast {
      checkArgument(count >= 1 && count <= conditions.size(),
          "'at least %s of' needs 1 to %s conditions' worth", count, conditions.size());
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      List<ConditionResult> results = evaluateAll(conditions, context);
      long met = results.stream().filter(ConditionResult::met).count();
      return met >= count
          ? ConditionResult.met(Message.of("condition.atLeast.met", met, conditions.size(), count,
              reasons(results)))
          : ConditionResult.unmet(Message.of("condition.atLeast.unmet", met, conditions.size(),
              count, reasons(results.stream().filter(r -> !r.met()).toList())));
    }

    @Override
    public Message description() {
      return Message.of("condition.atLeast.describe", count, describedAll(conditions));
    }

    @Override
    public Set<String> awardsRead() {
      return awardsOf(conditions);
    }

    @Override
    public List<Condition> children() {
      return conditions;
    }
  }

  /**
   * The condition does not hold.
   *
   * @param condition the condition negated
   */
  public record Not(Condition condition) implements BuiltInCondition {
    /** Checks the part. */
    public Not {
      requireNonNull(condition, "condition");
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      ConditionResult inner = condition.evaluate(context);
      return ConditionResult.of(!inner.met(), Message.of("condition.not", inner.reason()));
    }

    @Override
    public Message description() {
      return Message.of("condition.not.describe", described(condition));
    }

    @Override
    public Set<String> awardsRead() {
      return condition.awardsRead();
    }

    @Override
    public List<Condition> children() {
      return List.of(condition);
    }
  }

  // ---- the participant's own result

  /**
   * The participant's grade is {@code gradeCode} or better.
   *
   * @param gradeCode a grade code of the campaign's scale
   */
  public record MinGrade(String gradeCode) implements BuiltInCondition {
    /** Checks the part. */
    public MinGrade {
      requireNonNull(gradeCode, "gradeCode");
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      Grade grade = context.result().grade().grade();
      return isMet(context)
          ? ConditionResult.met(Message.of("condition.minGrade.met", grade.code(), gradeCode))
          : ConditionResult.unmet(Message.of("condition.minGrade.unmet", grade.code(), gradeCode));
    }

    @Override
    public Message description() {
      return Message.of("condition.minGrade.describe", gradeCode);
    }

    boolean isMet(ConditionContext context) {
      return isAtLeast(context.gradingScale(), context.result().grade().grade(), gradeCode);
    }
  }

  /**
   * The participant's total is at least {@code min}.
   *
   * @param min the least total
   */
  public record MinScore(BigDecimal min) implements BuiltInCondition {
    /** Checks the part. */
    public MinScore {
      requireNonNull(min, "min");
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      return ConditionResult.of(isMet(context),
          Message.of("condition.minScore", context.result().scorecard().total(), min));
    }

    boolean isMet(ConditionContext context) {
      return context.result().scorecard().total().compareTo(min) >= 0;
    }

    @Override
    public Message description() {
      return Message.of("condition.minScore.describe", min);
    }
  }

  /** No veto criterion failed. */
  public record NoVetoFailure() implements BuiltInCondition {
    @Override
    public ConditionResult evaluate(ConditionContext context) {
      return isMet(context) ? ConditionResult.met(Message.of("condition.noVetoFailure.met"))
          : ConditionResult.unmet(Message.of("condition.noVetoFailure.unmet",
              context.result().scorecard().vetoFailures()));
    }

    @Override
    public Message description() {
      return Message.of("condition.noVetoFailure.met");
    }

    boolean isMet(ConditionContext context) {
      return context.result().scorecard().vetoFailures().isEmpty();
    }
  }

  /** No collective the individual belongs to failed a veto. */
  public record UnitsHaveNoVetoFailure() implements BuiltInCondition {
    @Override
    public ConditionResult evaluate(ConditionContext context) {
      List<String> failed = context.collectivesOf().stream()
          .filter(unit -> unit.scorecard().hasVetoFailure())
          .map(unit -> unit.participantId() + " (" + String.join(", ",
              unit.scorecard().vetoFailures()) + ")")
          .toList();
      return failed.isEmpty()
          ? ConditionResult.met(Message.of("condition.unitsHaveNoVetoFailure.met"))
          : ConditionResult.unmet(Message.of("condition.unitsHaveNoVetoFailure.unmet", failed));
    }

    @Override
    public Message description() {
      return Message.of("condition.unitsHaveNoVetoFailure.met");
    }

    @Override
    public Optional<ParticipantKind> onlyFor() {
      return Optional.of(ParticipantKind.INDIVIDUAL);
    }
  }

  /** The participant registered for the award being decided. */
  public record Registered() implements BuiltInCondition {
    @Override
    public ConditionResult evaluate(ConditionContext context) {
      return isMet(context)
          ? ConditionResult.met(Message.of("condition.registered.met", context.award().id()))
          : ConditionResult.unmet(Message.of("condition.registered.unmet", context.award().id()));
    }

    @Override
    public Message description() {
      return Message.of("condition.registered.describe");
    }

    boolean isMet(ConditionContext context) {
      return isMet(context, context.participant().id());
    }

    /** Whether the participant with this id, the context's own, registered. */
    boolean isMet(ConditionContext context, String participantId) {
      return context.inputs().registrations().isRegistered(participantId, context.award().id());
    }
  }

  // ---- facts about an individual

  /**
   * The individual was hired at least {@code months} months before the period ends, counting
   * the period's last day in: for the year 2021 and 6 months, hired on 1 July 2021 or earlier.
   *
   * @param months how many months, {@code >= 0}
   */
  public record HiredMonthsBefore(int months) implements BuiltInCondition {
    /** Checks the part. */
    public HiredMonthsBefore {
      checkArgument(months >= 0, "months must be >= 0 but was %s", months);
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      Optional<LocalDate> hired = individual(context).hireDate();
      LocalDate latest = latest(context);
      if (hired.isEmpty()) {
        return ConditionResult.unmet(Message.of("condition.hiredMonthsBefore.unknown", latest));
      }
      return ConditionResult.of(isMet(context),
          Message.of("condition.hiredMonthsBefore", hired.get(), latest, months,
              context.period().toString()));
    }

    boolean isMet(ConditionContext context) {
      Optional<LocalDate> hired = individual(context).hireDate();
      return hired.isPresent() && !hired.get().isAfter(latest(context));
    }

    /** The latest hire date that qualifies. */
    private LocalDate latest(ConditionContext context) {
      return latest(context.period());
    }

    /** The last hire date that meets the condition in a period. */
    LocalDate latest(Period period) {
      // the period ends at the end of its last day: hired on the day after the end minus the
      // months, one has served exactly that many months (1 July for a calendar year's 6 months)
      LocalDate end = period.end();
      return months == 0 ? end : end.plusDays(1).minusMonths(months);
    }

    @Override
    public Message description() {
      return Message.of("condition.hiredMonthsBefore.describe", months);
    }

    @Override
    public Optional<ParticipantKind> onlyFor() {
      return Optional.of(ParticipantKind.INDIVIDUAL);
    }
  }

  /**
   * The individual's disciplinary level is below {@code level}.
   *
   * @param level the lowest level that disqualifies
   */
  public record DisciplineBelow(DisciplinaryLevel level) implements BuiltInCondition {
    /** Checks the part. */
    public DisciplineBelow {
      requireNonNull(level, "level");
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      return ConditionResult.of(isMet(context),
          Message.of("condition.disciplineBelow", individual(context).discipline(), level));
    }

    boolean isMet(ConditionContext context) {
      return !individual(context).discipline().isAtLeast(level);
    }

    @Override
    public Message description() {
      return Message.of("condition.disciplineBelow.describe", level);
    }

    @Override
    public Optional<ParticipantKind> onlyFor() {
      return Optional.of(ParticipantKind.INDIVIDUAL);
    }
  }

  /** The individual is not under disciplinary review or investigation. */
  public record NotUnderReview() implements BuiltInCondition {
    @Override
    public ConditionResult evaluate(ConditionContext context) {
      return isMet(context) ? ConditionResult.met(Message.of("condition.notUnderReview.met"))
          : ConditionResult.unmet(Message.of("condition.notUnderReview.unmet"));
    }

    boolean isMet(ConditionContext context) {
      return !individual(context).isUnderReview();
    }

    @Override
    public Message description() {
      return Message.of("condition.notUnderReview.met");
    }

    @Override
    public Optional<ParticipantKind> onlyFor() {
      return Optional.of(ParticipantKind.INDIVIDUAL);
    }
  }

  /**
   * At least {@code count} initiatives recognised in the period with {@code reach} or wider.
   *
   * @param count how many, {@code >= 1}
   * @param reach the least reach
   */
  public record InitiativesAtLeast(int count, AwardLevel reach) implements BuiltInCondition {
    /** Checks the parts. */
    public InitiativesAtLeast {
      checkArgument(count >= 1, "initiative count must be >= 1 but was %s", count);
      requireNonNull(reach, "reach");
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      long found = found(context);
      return ConditionResult.of(found >= count, Message.of("condition.initiativesAtLeast", found,
          reach, context.period().toString(), count));
    }

    boolean isMet(ConditionContext context) {
      return found(context) >= count;
    }

    /** How many of the participant's initiatives count. */
    private long found(ConditionContext context) {
      return found(context.initiativesOf(context.participant().id()), context.period());
    }

    /** Whether enough of a participant's initiatives count in a period. */
    boolean isMet(List<Initiative> initiatives, Period period) {
      return found(initiatives, period) >= count;
    }

    private long found(List<Initiative> initiatives, Period period) {
      long found = 0;
      for (Initiative initiative : initiatives) {
        if (initiative.reach().compareTo(reach) >= 0 && period.contains(initiative.recognised())) {
          found++;
        }
      }
      return found;
    }

    @Override
    public Message description() {
      return Message.of("condition.initiativesAtLeast.describe", count, reach);
    }
  }

  // ---- awards

  /**
   * The participant was granted {@code awardId} earlier in this evaluation.
   *
   * @param awardId the award
   */
  public record Holds(String awardId) implements BuiltInCondition {
    /** Checks the part. */
    public Holds {
      requireNonNull(awardId, "awardId");
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      String period = context.period().toString();
      return isMet(context) ? ConditionResult.met(Message.of("condition.holds.met", awardId, period))
          : ConditionResult.unmet(Message.of("condition.holds.unmet", awardId, period));
    }

    @Override
    public Message description() {
      return Message.of("condition.holds.describe", awardId);
    }

    boolean isMet(ConditionContext context) {
      return holdsOwn(context, awardId);
    }

    @Override
    public Set<String> awardsRead() {
      return Set.of(awardId);
    }
  }

  /**
   * The participant held {@code awardId} in each of the last {@code times} consecutive periods
   * of the evaluated period's shape, this one included; past grants of ad-hoc and themed kinds
   * do not count.
   *
   * @param awardId the award
   * @param times how many consecutive periods, {@code >= 1}
   */
  public record HeldConsecutively(String awardId, int times) implements BuiltInCondition {
    /** Checks the parts. */
    public HeldConsecutively {
      requireNonNull(awardId, "awardId");
      checkArgument(times >= 1, "times must be >= 1 but was %s", times);
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      int streak = streak(context);
      return ConditionResult.of(streak >= times, Message.of("condition.heldConsecutively",
          awardId, streak, context.period().toString(), times));
    }

    boolean isMet(ConditionContext context) {
      return isMet(context, context.participant().id());
    }

    /** Whether the participant with this id, the context's own, has the streak. */
    boolean isMet(ConditionContext context, String participantId) {
      return streak(context, participantId) >= times;
    }

    /** How many consecutive periods, this one first, the participant held the award in. */
    private int streak(ConditionContext context) {
      return streak(context, context.participant().id());
    }

    private int streak(ConditionContext context, String participantId) {
      if (!holdsOwn(context, awardId)) {
        return 0;
      }
      List<PastAward> past = context.inputs().history().grantsTo(participantId);
      int streak = 1;
      var period = context.period();
      while (streak < times) {
        period = period.previous();
        if (!heldIn(past, period)) {
          break;
        }
        streak++;
      }
      return streak;
    }

    /** Whether the grants include this award in a period, of a kind that counts as history. */
    private boolean heldIn(List<PastAward> past, Period period) {
      for (PastAward grant : past) {
        if (grant.awardId().equals(awardId) && grant.kind().countsAsHistory()
            && grant.period().equals(period)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Message description() {
      return Message.of("condition.heldConsecutively.describe", awardId, times);
    }

    @Override
    public Set<String> awardsRead() {
      return Set.of(awardId);
    }
  }

  // ---- members of a collective

  /**
   * A share of the collective's members hold {@code awardId}: more than {@code percent} when
   * {@code strictlyMore}, else at least.
   *
   * @param awardId the award
   * @param percent the share, 0 to 100
   * @param strictlyMore whether the share must exceed the percent
   */
  public record MemberShareHolding(String awardId, BigDecimal percent, boolean strictlyMore)
      implements BuiltInCondition {
    /** Checks the parts. */
    public MemberShareHolding {
      requireNonNull(awardId, "awardId");
      checkPercent(percent);
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      return share(context, members -> membersHolding(context, awardId),
          Message.of("condition.memberShare.hold", awardId), percent, strictlyMore);
    }

    @Override
    public Message description() {
      return (strictlyMore
          ? Message.of("condition.memberShareHolding.describe.moreThan", percent, awardId)
          : Message.of("condition.memberShareHolding.describe.atLeast", percent, awardId));
    }

    @Override
    public Set<String> awardsRead() {
      return Set.of(awardId);
    }

    @Override
    public Optional<ParticipantKind> onlyFor() {
      return Optional.of(ParticipantKind.COLLECTIVE);
    }
  }

  /**
   * At least {@code percent}% of the collective's members have {@code gradeCode} or better.
   *
   * @param gradeCode a grade code of the individuals' scale
   * @param percent the share, 0 to 100
   */
  public record MemberShareWithGrade(String gradeCode, BigDecimal percent)
      implements BuiltInCondition {
    /** Checks the parts. */
    public MemberShareWithGrade {
      requireNonNull(gradeCode, "gradeCode");
      checkPercent(percent);
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      GradingScale scale = context.memberGradingScale();
      return share(context, members -> members.stream()
              .filter(member -> isAtLeast(scale, member.grade().grade(), gradeCode)).count(),
          Message.of("condition.memberShare.graded", gradeCode), percent, false);
    }

    @Override
    public Message description() {
      return Message.of("condition.memberShareWithGrade.describe", percent, gradeCode);
    }

    @Override
    public Optional<ParticipantKind> onlyFor() {
      return Optional.of(ParticipantKind.COLLECTIVE);
    }
  }

  /**
   * At least {@code count} of the collective's members hold {@code awardId}.
   *
   * @param awardId the award
   * @param count how many, {@code >= 1}
   */
  public record MembersHolding(String awardId, int count) implements BuiltInCondition {
    /** Checks the parts. */
    public MembersHolding {
      requireNonNull(awardId, "awardId");
      checkArgument(count >= 1, "member count must be >= 1 but was %s", count);
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      long holders = membersHolding(context, awardId);
      return ConditionResult.of(holders >= count,
          Message.of("condition.membersHolding", holders, awardId, count));
    }

    @Override
    public Message description() {
      return Message.of("condition.membersHolding.describe", count, awardId);
    }

    @Override
    public Set<String> awardsRead() {
      return Set.of(awardId);
    }

    @Override
    public Optional<ParticipantKind> onlyFor() {
      return Optional.of(ParticipantKind.COLLECTIVE);
    }
  }

  /**
   * No member of the collective is disciplined at {@code level} or above.
   *
   * @param level the lowest level that disqualifies the collective
   */
  public record NoMemberDisciplined(DisciplinaryLevel level) implements BuiltInCondition {
    /** Checks the part. */
    public NoMemberDisciplined {
      requireNonNull(level, "level");
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      List<Message> disciplined = context.members().stream()
          .filter(m -> m.participant() instanceof Individual person
              && person.discipline().isAtLeast(level))
          .map(m -> Message.of("condition.noMemberDisciplined.member", m.participantId(),
              ((Individual) m.participant()).discipline()))
          .toList();
      return disciplined.isEmpty()
          ? ConditionResult.met(Message.of("condition.noMemberDisciplined.met", level))
          : ConditionResult.unmet(Message.of("condition.noMemberDisciplined.unmet", level,
              AwardTexts.commaList(disciplined)));
    }

    @Override
    public Message description() {
      return Message.of("condition.noMemberDisciplined.met", level);
    }

    @Override
    public Optional<ParticipantKind> onlyFor() {
      return Optional.of(ParticipantKind.COLLECTIVE);
    }
  }

  /**
   * A condition made by a plugin's {@link ConditionType}, kept with the type id and parameters
   * it was made from, so it compares and serializes by them.
   *
   * @param typeId the condition type's id
   * @param parameters the parameters it was made from
   * @param condition the condition the type made
   */
  public record Custom(String typeId, io.emulation.scoring.spi.FormulaParameters parameters,
      Condition condition) implements Condition {
    /** Checks the parts. */
    public Custom {
      requireNonNull(typeId, "typeId");
      requireNonNull(parameters, "parameters");
      requireNonNull(condition, "condition");
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      return condition.evaluate(context);
    }

    @Override
    public String describe() {
      return condition.describe();
    }

    @Override
    public String describe(Locale locale) {
      return condition.describe(locale);
    }

    @Override
    public Set<String> awardsRead() {
      return condition.awardsRead();
    }

    @Override
    public Optional<ParticipantKind> onlyFor() {
      return condition.onlyFor();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Custom that && typeId.equals(that.typeId)
          && parameters.equals(that.parameters);
    }

    @Override
    public int hashCode() {
      return typeId.hashCode() * 31 + parameters.hashCode();
    }
  }

  // ---- helpers

  /**
   * Whether a condition holds, without its reason: the simple built-in conditions answer
   * without building one (by the same test their {@code evaluate} gives its verdict by), others
   * are evaluated.
   */
  static boolean isMet(Condition condition, ConditionContext context) {
    if (condition instanceof MinGrade minGrade) {
      return minGrade.isMet(context);
    } else if (condition instanceof Holds holds) {
      return holds.isMet(context);
    } else if (condition instanceof HeldConsecutively held) {
      return held.isMet(context);
    } else if (condition instanceof Registered registered) {
      return registered.isMet(context);
    } else if (condition instanceof HiredMonthsBefore hired) {
      return hired.isMet(context);
    } else if (condition instanceof DisciplineBelow discipline) {
      return discipline.isMet(context);
    } else if (condition instanceof NotUnderReview review) {
      return review.isMet(context);
    } else if (condition instanceof NoVetoFailure veto) {
      return veto.isMet(context);
    } else if (condition instanceof InitiativesAtLeast initiatives) {
      return initiatives.isMet(context);
    } else if (condition instanceof MinScore minScore) {
      return minScore.isMet(context);
    }
    return condition.evaluate(context).met();
  }

  /** Whether the context's own participant holds an award (by position in the engine). */
  private static boolean holdsOwn(ConditionContext context, String awardId) {
    return context instanceof AwardCheck.Candidate candidate ? candidate.holdsOwn(awardId)
        : context.holds(context.participant().id(), awardId);
  }

  private static List<ConditionResult> evaluateAll(List<Condition> conditions,
      ConditionContext context) {
    return conditions.stream().map(c -> c.evaluate(context)).toList();
  }

  /** The results' reasons as one: the only one as it is, several joined with "; ". */
  private static Message join(List<ConditionResult> results) {
    return results.size() == 1 ? results.get(0).reason() : reasons(results);
  }

  private static Message reasons(List<ConditionResult> results) {
    return Message.of("condition.composite.reasons", results.stream()
        .map(ConditionResult::reason).collect(ImmutableList.toImmutableList()));
  }

  /** The condition's description in the language it is read in. */
  private static Explanation described(Condition condition) {
    return condition::describe;
  }

  private static ImmutableList<Explanation> describedAll(List<Condition> conditions) {
    return conditions.stream().map(Conditions::described)
        .collect(ImmutableList.toImmutableList());
  }

  private static Set<String> awardsOf(List<Condition> conditions) {
    return conditions.stream().flatMap(c -> c.awardsRead().stream())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static boolean isAtLeast(GradingScale scale, Grade grade, String minimumCode) {
    Grade minimum = scale.grade(minimumCode).orElseThrow(() -> new IllegalStateException(
        "grade '" + minimumCode + "' is not in the scale " + scale.grades()));
    return scale.isAtLeast(grade, minimum);
  }

  private static Individual individual(ConditionContext context) {
    if (context.participant() instanceof Individual person) {
      return person;
    }
    throw new IllegalStateException("condition applies to individuals only, not to "
        + context.participant().id());
  }

  private static void checkPercent(BigDecimal percent) {
    requireNonNull(percent, "percent");
    checkArgument(percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0,
        "percent must be 0 to 100 but was %s", percent);
  }

  /** How many of the context's members hold an award (by position in the engine). */
  private static long membersHolding(ConditionContext context, String awardId) {
    return context instanceof AwardCheck.Candidate candidate
        ? candidate.membersHolding(awardId)
        : context.members().stream()
            .filter(member -> context.holds(member.participantId(), awardId)).count();
  }

  private static ConditionResult share(ConditionContext context,
      ToLongFunction<List<ParticipantResult>> matchingOf, Message what, BigDecimal percent,
      boolean strictly) {
    List<ParticipantResult> members = context.members();
    if (members.isEmpty()) {
      return ConditionResult.unmet(Message.of("condition.memberShare.noMembers", what));
    }
    long matching = matchingOf.applyAsLong(members);
    BigDecimal share = Decimal128.divide(BigDecimal.valueOf(matching).multiply(HUNDRED),
        BigDecimal.valueOf(members.size()));
    int order = share.compareTo(percent);
    boolean met = strictly ? order > 0 : order >= 0;
    BigDecimal shown = share.setScale(2, RoundingMode.HALF_UP);
    return ConditionResult.of(met, strictly
        ? Message.of("condition.memberShare.moreThan", matching, members.size(), shown, what,
            percent)
        : Message.of("condition.memberShare.atLeast", matching, members.size(), shown, what,
            percent));
  }
}
