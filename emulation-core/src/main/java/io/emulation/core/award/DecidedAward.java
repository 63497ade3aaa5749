package io.emulation.core.award;

import com.google.common.collect.ImmutableList;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.scoring.ScoringError;
import io.emulation.core.text.Message;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One award's decisions, kept compactly: an outcome per participant of the recipient kind (by
 * position in the evaluation's list of that kind), the quota position of each eligible one, and
 * the check the decisions were made by. A decision with its reasons is derived from these when
 * read: the check answers as it did when the award was decided, so the derived reasons are the
 * ones the decision was made for. Conditions from plugins are not asked again: their results
 * are kept. Also keeps what a what-if needs: who was eligible, who was granted, and the holders
 * by id. Immutable and thread-safe; the bit sets and arrays are never changed once built.
 */
final class DecidedAward {
  private final AwardCheck check;
  private final List<ParticipantResult> candidates;
  private final AwardDecision.Outcome[] outcomes;
  private final List<ConditionResult>[] kept;
  private final Message[] positions;
  private final BitSet eligible;
  private final BitSet granted;
  private final Set<String> holders;
  private volatile ImmutableList<AwardDecision> decisions;

  /**
   * @param outcomes the outcome at each position
   * @param kept the condition results at each position checked, for conditions from plugins;
   *     {@code null} when the check derives them again
   * @param positions the quota position of each eligible participant; {@code null} for an
   *     unlimited quota
   */
  DecidedAward(AwardCheck check, AwardDecision.Outcome[] outcomes, List<ConditionResult>[] kept,
      Message[] positions, BitSet eligible, BitSet granted, Set<String> holders) {
    this.check = check;
    this.candidates = check.candidates();
    this.outcomes = outcomes;
    this.kept = kept;
    this.positions = positions;
    this.eligible = eligible;
    this.granted = granted;
    this.holders = holders;
  }

  /** The kind of participant the award was decided for. */
  ParticipantKind recipient() {
    return check.rule().award().recipient();
  }

  /** The outcome at each position; callers must not change it. */
  AwardDecision.Outcome[] outcomes() {
    return outcomes;
  }

  /** The kept condition results, or {@code null}; callers must not change them. */
  List<ConditionResult>[] kept() {
    return kept;
  }

  /** Positions of the participants whose conditions held. */
  BitSet eligible() {
    return eligible;
  }

  /** Positions of the participants granted the award. */
  BitSet granted() {
    return granted;
  }

  /** Ids of the participants granted the award. */
  Set<String> holders() {
    return holders;
  }

  /** The participant at a position. */
  ParticipantResult candidate(int position) {
    return candidates.get(position);
  }

  /** One per participant of the recipient kind, in listing order; derived on first use. */
  ImmutableList<AwardDecision> decisions() {
    ImmutableList<AwardDecision> derived = decisions;
    if (derived == null) {
      synchronized (this) {
        derived = decisions;
        if (derived == null) {
          ImmutableList.Builder<AwardDecision> all =
              ImmutableList.builderWithExpectedSize(outcomes.length);
          for (int i = 0; i < outcomes.length; i++) {
            all.add(decide(i));
          }
          derived = all.build();
          decisions = derived;
        }
      }
    }
    return derived;
  }

  /** The decision at a position, with its reasons. */
  AwardDecision decision(int position) {
    ImmutableList<AwardDecision> derived = decisions;
    return derived != null ? derived.get(position) : decide(position);
  }

  private AwardDecision decide(int position) {
    ParticipantResult candidate = candidates.get(position);
    String id = candidate.participantId();
    String awardId = check.rule().award().id();
    AwardDecision.Outcome outcome = outcomes[position];
    return switch (outcome) {
      case EXCLUDED -> {
        String taken = check.excludedBy(position);
        yield new AwardDecision(id, awardId, outcome,
            ImmutableList.of(Message.of("award.decision.excluded", taken)), Optional.of(taken));
      }
      case WITHHELD -> new AwardDecision(id, awardId, outcome,
          ImmutableList.of(Message.of("award.decision.withheld",
              candidate.scorecard().errors().stream().map(ScoringError::criterionId)
                  .distinct().collect(ImmutableList.toImmutableList()))),
          Optional.empty());
      case NOT_ELIGIBLE -> {
        ImmutableList.Builder<Message> unmet = ImmutableList.builder();
        for (ConditionResult result : results(position)) {
          if (!result.met()) {
            unmet.add(result.reason());
          }
        }
        yield new AwardDecision(id, awardId, outcome, unmet.build(), Optional.empty());
      }
      case GRANTED -> {
        ImmutableList.Builder<Message> reasons = ImmutableList.builder();
        results(position).forEach(result -> reasons.add(result.reason()));
        if (positions != null) {
          reasons.add(positions[position]);
        }
        yield new AwardDecision(id, awardId, outcome, reasons.build(), Optional.empty());
      }
      case NO_QUOTA_PLACE -> new AwardDecision(id, awardId, outcome,
          ImmutableList.of(positions[position]), Optional.empty());
    };
  }

  private List<ConditionResult> results(int position) {
    return kept != null ? kept[position] : check.check(position);
  }

  /** Whether the decision at a position is a grant. */
  boolean isGranted(int position) {
    return granted.get(position);
  }
}
