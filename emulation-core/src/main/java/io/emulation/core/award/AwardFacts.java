package io.emulation.core.award;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.org.ParticipantKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every award decision on one evaluation reads besides the grants: the campaign, the
 * evaluation, the inputs, who belongs where, and the initiatives by participant. Kept by the
 * decided awards so their reasons can be derived when read. Immutable and thread-safe.
 */
final class AwardFacts {
  private final Campaign campaign;
  private final EvaluationResult evaluation;
  private final AwardInputs inputs;
  private final Membership membership;
  private final Supplier<Map<String, List<Initiative>>> initiatives;

  AwardFacts(Campaign campaign, EvaluationResult evaluation, AwardInputs inputs,
      Membership membership) {
    this.campaign = campaign;
    this.evaluation = evaluation;
    this.inputs = inputs;
    this.membership = membership;
    this.initiatives = Suppliers.memoize(() -> byParticipant(inputs.initiatives()));
  }

  private static Map<String, List<Initiative>> byParticipant(List<Initiative> initiatives) {
    Map<String, List<Initiative>> index = new HashMap<>();
    for (Initiative initiative : initiatives) {
      index.computeIfAbsent(initiative.participantId(), k -> new ArrayList<>()).add(initiative);
    }
    return index;
  }

  Campaign campaign() {
    return campaign;
  }

  EvaluationResult evaluation() {
    return evaluation;
  }

  AwardInputs inputs() {
    return inputs;
  }

  Membership membership() {
    return membership;
  }

  /** The evaluated participants of a kind, best first: the positions decisions are kept by. */
  List<ParticipantResult> candidates(ParticipantKind kind) {
    return kind == ParticipantKind.INDIVIDUAL ? evaluation.individuals()
        : evaluation.collectives();
  }

  /** The initiatives of one participant, in input order. */
  List<Initiative> initiativesOf(String participantId) {
    return initiatives.get().getOrDefault(participantId, List.of());
  }
}
