package io.emulation.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.award.AwardResult;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.period.Period;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The compact, published form of one campaign's result for one period: per participant its kind,
 * unit, total, grade, overall rank and awards ({@link ParticipantSnapshot}). It is what a {@link
 * Revision} keeps and what diffs between revisions compare; the full explanations stay with the
 * evaluation that produced it.
 *
 * @param campaignId the campaign
 * @param period the period
 * @param participants every participant evaluated, individuals then collectives, each best first;
 *     ids unique
 * @since 0.1
 */
public record ResultSnapshot(String campaignId, Period period,
    ImmutableList<ParticipantSnapshot> participants) {

  /** Checks the parts and that no participant appears twice. */
  public ResultSnapshot {
    requireNonNull(campaignId, "campaignId");
    requireNonNull(period, "period");
    requireNonNull(participants, "participants");
    Set<String> ids = new HashSet<>();
    for (ParticipantSnapshot participant : participants) {
      checkArgument(ids.add(participant.participantId()),
          "snapshot of campaign '%s' for %s lists participant '%s' twice", campaignId, period,
          participant.participantId());
    }
  }

  /** The snapshot of an evaluation without awards. */
  public static ResultSnapshot of(EvaluationResult evaluation) {
    return build(requireNonNull(evaluation, "evaluation"), Optional.empty());
  }

  /**
   * The snapshot of an evaluation and the awards decided on it.
   *
   * @throws IllegalArgumentException when the awards are of another campaign or period
   */
  public static ResultSnapshot of(EvaluationResult evaluation, AwardResult awards) {
    requireNonNull(evaluation, "evaluation");
    requireNonNull(awards, "awards");
    checkArgument(awards.campaignId().equals(evaluation.campaignId())
            && awards.period().equals(evaluation.period()),
        "awards of campaign '%s' for %s do not belong to the evaluation of campaign '%s' for %s",
        awards.campaignId(), awards.period(), evaluation.campaignId(), evaluation.period());
    return build(evaluation, Optional.of(awards));
  }

  /** The snapshot of a review, with its awards when it has them. */
  public static ResultSnapshot of(Review review) {
    requireNonNull(review, "review");
    return review.awards().map(a -> of(review.result(), a)).orElseGet(() -> of(review.result()));
  }

  private static ResultSnapshot build(EvaluationResult evaluation, Optional<AwardResult> awards) {
    ImmutableList.Builder<ParticipantSnapshot> participants = ImmutableList.builder();
    for (ParticipantResult result : evaluation.all()) {
      participants.add(new ParticipantSnapshot(result.participantId(),
          result.participant().kind(), result.participant().rankingUnitId(),
          result.scorecard().total(), result.grade().grade().code(), result.overall().rank(),
          awards.map(a -> a.awardsOf(result.participantId())).orElse(ImmutableList.of())));
    }
    return new ResultSnapshot(evaluation.campaignId(), evaluation.period(),
        participants.build());
  }

  /** One participant's entry. */
  public Optional<ParticipantSnapshot> participant(String participantId) {
    requireNonNull(participantId, "participantId");
    return participants.stream().filter(p -> p.participantId().equals(participantId))
        .findFirst();
  }

  /** Who holds the award, in listing order. */
  public ImmutableList<String> recipients(String awardId) {
    requireNonNull(awardId, "awardId");
    return participants.stream().filter(p -> p.holds(awardId))
        .map(ParticipantSnapshot::participantId).collect(ImmutableList.toImmutableList());
  }
}
