package io.emulation.core.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.emulation.core.award.RandomAwardCampaigns.Decided;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.Grade;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.preset.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in conditions answer the engine's own contexts, which read the participants'
 * columns and initiatives by position, exactly as they answer any other context that says the
 * same of the participant (which they read through the results, records and initiatives by id):
 * every condition below, for every participant of seeded random factories.
 */
class ColumnConditionsPropertyTest {
  private static final AwardRuleSet LAW_2022 = Presets.law2022();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void individualsMeetAConditionThroughTheColumnsExactlyWhenTheyMeetItThroughTheirRecords(
      long seed) {
    assertColumnsAgree(seed, ParticipantKind.INDIVIDUAL);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void collectivesMeetAConditionThroughTheColumnsExactlyWhenTheyMeetItThroughTheirResults(
      long seed) {
    assertColumnsAgree(seed, ParticipantKind.COLLECTIVE);
  }

  private static void assertColumnsAgree(long seed, ParticipantKind kind) {
    RandomAwardCampaigns factory = RandomAwardCampaigns.generate(seed);
    Decided decided = factory.decide(LAW_2022);
    AwardResult.Basis basis = decided.awards().basis();
    Campaign campaign = factory.campaign();
    AwardFacts facts = new AwardFacts(campaign, decided.evaluation(), factory.inputs(),
        basis.membership());
    AwardRule rule = LAW_2022.rules().stream()
        .filter(r -> r.award().recipient() == kind).findFirst().orElseThrow();
    AwardCheck check = new AwardCheck(rule, facts, basis.awards(), ImmutableList.of());
    GradingScale scale = campaign.grading(kind);
    List<Condition> all = kind == ParticipantKind.INDIVIDUAL ? individualConditions(scale)
        : sharedConditions(scale);
    basis.awards().keySet().forEach(award -> {
      all.add(Conditions.holds(award));
      for (int times = 1; times <= 3; times++) {
        all.add(Conditions.heldConsecutively(award, times));
      }
    });

    int met = 0;
    for (int p = 0; p < check.candidates().size(); p++) {
      AwardCheck.Candidate candidate = check.new Candidate(p);
      ConditionContext elsewhere = new Delegating(candidate);
      for (Condition condition : all) {
        boolean byColumns = candidate.meets(condition);
        assertThat(byColumns)
            .as("seed %s, %s, %s", seed, candidate.result().participantId(), condition)
            .isEqualTo(Conditions.isMet(condition, elsewhere))
            .isEqualTo(condition.evaluate(candidate).met());
        met += byColumns ? 1 : 0;
      }
    }
    assertThat(met).as("seed %s: some conditions met", seed).isPositive();
  }

  private static List<Condition> individualConditions(GradingScale scale) {
    List<Condition> conditions = sharedConditions(scale);
    conditions.add(Conditions.registered());
    conditions.add(Conditions.notUnderReview());
    for (int months : new int[] {0, 6, 24, 120}) {
      conditions.add(Conditions.hiredMonthsBefore(months));
    }
    for (DisciplinaryLevel level : DisciplinaryLevel.values()) {
      conditions.add(Conditions.disciplineBelow(level));
    }
    for (AwardLevel reach : AwardLevel.values()) {
      conditions.add(Conditions.initiativesAtLeast(1, reach));
      conditions.add(Conditions.initiativesAtLeast(2, reach));
    }
    return conditions;
  }

  private static List<Condition> sharedConditions(GradingScale scale) {
    List<Condition> conditions = new ArrayList<>();
    for (Grade grade : scale.grades()) {
      conditions.add(Conditions.minGrade(grade.code()));
    }
    conditions.add(Conditions.noVetoFailure());
    return conditions;
  }

  /** Says what the engine's context says, but is not one: conditions read it the general way. */
  private record Delegating(ConditionContext context) implements ConditionContext {
    @Override
    public ParticipantResult result() {
      return context.result();
    }

    @Override
    public Award award() {
      return context.award();
    }

    @Override
    public Period period() {
      return context.period();
    }

    @Override
    public GradingScale gradingScale() {
      return context.gradingScale();
    }

    @Override
    public GradingScale memberGradingScale() {
      return context.memberGradingScale();
    }

    @Override
    public List<ParticipantResult> members() {
      return context.members();
    }

    @Override
    public List<ParticipantResult> collectivesOf() {
      return context.collectivesOf();
    }

    @Override
    public boolean holds(String participantId, String awardId) {
      return context.holds(participantId, awardId);
    }

    @Override
    public Optional<ParticipantResult> resultOf(String participantId) {
      return context.resultOf(participantId);
    }

    @Override
    public AwardInputs inputs() {
      return context.inputs();
    }

    @Override
    public List<Initiative> initiativesOf(String participantId) {
      return context.initiativesOf(participantId);
    }
  }
}
