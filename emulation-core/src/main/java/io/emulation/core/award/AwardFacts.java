package io.emulation.core.award;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.internal.Parallel;
import io.emulation.core.org.ParticipantKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every award decision on one evaluation reads besides the grants: the campaign, the
 * evaluation, the inputs, who belongs where, and the initiatives by participant. Kept by the
 * decided awards so their reasons can be derived when read. Immutable and thread-safe.
 */
final class AwardFacts {
  /** From this many initiatives on, their participants are found on several threads. */
  private static final int PARALLEL_FROM = 10_000;

  private final Campaign campaign;
  private final EvaluationResult evaluation;
  private final AwardInputs inputs;
  private final Membership membership;
  private final Supplier<Map<String, List<Initiative>>> initiatives;
  private final Supplier<ByPosition> individualInitiatives;
  private final Supplier<ByPosition> collectiveInitiatives;

  AwardFacts(Campaign campaign, EvaluationResult evaluation, AwardInputs inputs,
      Membership membership) {
    this.campaign = campaign;
    this.evaluation = evaluation;
    this.inputs = inputs;
    this.membership = membership;
    this.initiatives = Suppliers.memoize(() -> byParticipant(inputs.initiatives()));
    this.individualInitiatives = Suppliers.memoize(
        () -> byPosition(ParticipantKind.INDIVIDUAL));
    this.collectiveInitiatives = Suppliers.memoize(
        () -> byPosition(ParticipantKind.COLLECTIVE));
  }

  /**
   * The initiatives of the participants of a kind, by position: those of the participant at
   * {@code p} are {@code initiatives[starts[p]]} up to (without) {@code initiatives[starts[p +
   * 1]]}, in input order. Found by position rather than by id, which at a million people meant
   * hashing each id and following it into a map, for every award reading initiatives.
   */
  private record ByPosition(int[] starts, ImmutableList<Initiative> initiatives) {
    List<Initiative> at(int position) {
      return initiatives.subList(starts[position], starts[position + 1]);
    }
  }

  private ByPosition byPosition(ParticipantKind kind) {
    List<Initiative> all = inputs.initiatives();
    // each initiative's participant found on its own: on several threads for many
    int[] of = Parallel.range(all.size(), PARALLEL_FROM)
        .map(i -> membership.positionOf(kind, all.get(i).participantId())).toArray();
    int[] starts = new int[candidates(kind).size() + 1];
    for (int position : of) {
      if (position >= 0) {
        starts[position + 1]++;
      }
    }
    for (int p = 1; p < starts.length; p++) {
      starts[p] += starts[p - 1];
    }
    int[] next = starts.clone();
    Initiative[] ordered = new Initiative[starts[starts.length - 1]];
    for (int i = 0; i < of.length; i++) {
      if (of[i] >= 0) {
        ordered[next[of[i]]++] = all.get(i);
      }
    }
    return new ByPosition(starts, ImmutableList.copyOf(ordered));
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

  /** The initiatives of the participant at a position of a kind's list, in input order. */
  List<Initiative> initiativesAt(ParticipantKind kind, int position) {
    return (kind == ParticipantKind.INDIVIDUAL ? individualInitiatives : collectiveInitiatives)
        .get().at(position);
  }

  /** The initiatives of one participant, in input order. */
  List<Initiative> initiativesOf(String participantId) {
    return initiatives.get().getOrDefault(participantId, List.of());
  }
}
