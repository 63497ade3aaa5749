package io.emulation.core.award;

import io.emulation.core.Scorecards;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.GradeDecision;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.org.Collective;
import io.emulation.core.org.Individual;
import io.emulation.core.org.Participant;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.ranking.Placement;
import io.emulation.core.scoring.Scorecard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A hand-made {@link ConditionContext} for unit tests of conditions: one participant with a
 * scorecard graded on the standard scale, the year 2021 unless told otherwise, grants recorded
 * with {@link #grant}, and members or units given as results. Fluent and mutable.
 */
final class FakeContext implements ConditionContext {
  static final Period YEAR = Period.year(2021);
  static final GradingScale SCALE = GradingScale.standard();
  static final Award TITLE = Award.of("title", "A title", AwardKind.EMULATION_TITLE,
      ParticipantKind.INDIVIDUAL, AwardLevel.GRASSROOTS);
  static final Award UNIT_TITLE = Award.of("unit-title", "A unit title",
      AwardKind.EMULATION_TITLE, ParticipantKind.COLLECTIVE, AwardLevel.GRASSROOTS);

  private final ParticipantResult result;
  private Award award;
  private Period period = YEAR;
  private final List<ParticipantResult> members = new ArrayList<>();
  private final List<ParticipantResult> collectivesOf = new ArrayList<>();
  private final Set<String> grants = new HashSet<>();
  private final Map<String, ParticipantResult> others = new LinkedHashMap<>();
  private AwardInputs inputs = AwardInputs.none();

  private FakeContext(ParticipantResult result, Award award) {
    this.result = result;
    this.award = award;
  }

  /** An individual {@code id} of unit {@code w1} with total {@code total}, deciding TITLE. */
  static FakeContext person(String id, String total) {
    return of(Individual.of(id, "Person " + id, "w1"), Scorecards.withTotal(id, total));
  }

  /** An individual with total {@code total}, deciding TITLE. */
  static FakeContext person(Individual person, String total) {
    return of(person, Scorecards.withTotal(person.id(), total));
  }

  /** A participant with a scorecard, deciding TITLE or UNIT_TITLE by its kind. */
  static FakeContext of(Participant participant, Scorecard scorecard) {
    return new FakeContext(result(participant, scorecard),
        participant.kind() == ParticipantKind.INDIVIDUAL ? TITLE : UNIT_TITLE);
  }

  /** Collective {@code id} (unit of factory {@code f}) with total {@code total}. */
  static FakeContext unit(String id, String total) {
    return of(new Collective(id, "Unit " + id, "f"), Scorecards.withTotal(id, total));
  }

  /** A result graded on the standard scale, placed first of one. */
  static ParticipantResult result(Participant participant, Scorecard scorecard) {
    GradeDecision grade = SCALE.grade(scorecard);
    Placement placement = new Placement(participant.id(), 1, 1, 1, 0,
        io.emulation.core.text.Message.literal("total " + scorecard.total().toPlainString()));
    return new ParticipantResult(participant, scorecard, grade, placement, placement);
  }

  /** An individual of unit {@code w1} with a total, as a result. */
  static ParticipantResult member(String id, String total) {
    return result(Individual.of(id, "Person " + id, "w1"), Scorecards.withTotal(id, total));
  }

  /** An individual as a result with a total. */
  static ParticipantResult member(Individual person, String total) {
    return result(person, Scorecards.withTotal(person.id(), total));
  }

  FakeContext deciding(Award value) {
    this.award = value;
    return this;
  }

  FakeContext in(Period value) {
    this.period = value;
    return this;
  }

  FakeContext members(ParticipantResult... values) {
    for (ParticipantResult value : values) {
      members.add(value);
      others.put(value.participantId(), value);
    }
    return this;
  }

  FakeContext collectivesOf(ParticipantResult... values) {
    for (ParticipantResult value : values) {
      collectivesOf.add(value);
      others.put(value.participantId(), value);
    }
    return this;
  }

  /** Records that {@code participantId} was granted {@code awardId} in this evaluation. */
  FakeContext grant(String participantId, String awardId) {
    grants.add(participantId + "\u0000" + awardId);
    return this;
  }

  FakeContext inputs(AwardInputs value) {
    this.inputs = value;
    return this;
  }

  @Override
  public ParticipantResult result() {
    return result;
  }

  @Override
  public Award award() {
    return award;
  }

  @Override
  public Period period() {
    return period;
  }

  @Override
  public GradingScale gradingScale() {
    return SCALE;
  }

  @Override
  public GradingScale memberGradingScale() {
    return SCALE;
  }

  @Override
  public List<ParticipantResult> members() {
    return List.copyOf(members);
  }

  @Override
  public List<ParticipantResult> collectivesOf() {
    return List.copyOf(collectivesOf);
  }

  @Override
  public boolean holds(String participantId, String awardId) {
    return grants.contains(participantId + "\u0000" + awardId);
  }

  @Override
  public Optional<ParticipantResult> resultOf(String participantId) {
    return participantId.equals(result.participantId()) ? Optional.of(result)
        : Optional.ofNullable(others.get(participantId));
  }

  @Override
  public AwardInputs inputs() {
    return inputs;
  }
}
