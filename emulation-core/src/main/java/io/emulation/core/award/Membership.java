package io.emulation.core.award;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.internal.Parallel;
import io.emulation.core.org.Individual;
import io.emulation.core.org.ParticipantKind;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * Who belongs to which collective in one evaluation, the participants of each kind by ranking
 * unit, and what conditions read of each participant, as columns: built once per evaluation and
 * shared by the what-ifs decided on it. Thread-safe.
 */
final class Membership {
  /** Fewer collectives than this have their members found on the calling thread alone. */
  private static final int PARALLEL_FROM = 256;

  private final List<ParticipantResult> individuals;
  private final Map<String, int[]> memberPositions = new HashMap<>();
  private final List<ParticipantResult> collectives;
  private final Supplier<Links> collectivesOf;
  private final Supplier<Map<String, List<ParticipantResult>>> individualsByUnit;
  private final Supplier<Map<String, List<ParticipantResult>>> collectivesByUnit;
  private final Supplier<BitSet> individualErrors;
  private final Supplier<BitSet> collectiveErrors;
  private final ResultColumns individualColumns;
  private final Supplier<ResultColumns> collectiveColumns;

  private Membership(Campaign campaign, EvaluationResult evaluation) {
    individuals = evaluation.individuals();
    individualColumns = ResultColumns.of(individuals, ParticipantKind.INDIVIDUAL,
        campaign.grading(ParticipantKind.INDIVIDUAL));
    collectives = evaluation.collectives();
    collectiveColumns = Suppliers.memoize(() -> ResultColumns.of(collectives,
        ParticipantKind.COLLECTIVE, campaign.grading(ParticipantKind.COLLECTIVE)));
    // each collective's members are found on their own (the organisation and the positions are
    // immutable), on several threads for many collectives, and kept in collective order
    int[][] evaluated = new int[collectives.size()][];
    Parallel.range(evaluated.length, PARALLEL_FROM).forEach(c -> evaluated[c] =
        evaluatedMembers(campaign.organisation().membersOf(collectives.get(c).participantId())));
    for (int c = 0; c < evaluated.length; c++) {
      memberPositions.put(collectives.get(c).participantId(), evaluated[c]);
    }
    collectivesOf = Suppliers.memoize(() -> links(individuals.size()));
    individualsByUnit = Suppliers.memoize(() -> byUnit(individuals, individualColumns));
    collectivesByUnit = Suppliers.memoize(() -> byUnit(collectives, collectiveColumns.get()));
    individualErrors = Suppliers.memoize(() -> errors(evaluation, individuals));
    collectiveErrors = Suppliers.memoize(() -> errors(evaluation, collectives));
  }

  /**
   * The positions of a collective's evaluated members among the individuals, by id, so reasons
   * listing members never depend on the order people were added in.
   */
  private int[] evaluatedMembers(List<Individual> members) {
    String[] ids = new String[members.size()];
    for (int m = 0; m < ids.length; m++) {
      ids[m] = members.get(m).id();
    }
    Arrays.sort(ids);
    int[] positions = new int[ids.length];
    int found = 0;
    for (String id : ids) {
      int position = individualColumns.position(id);
      if (position >= 0) {
        positions[found++] = position;
      }
    }
    return Arrays.copyOf(positions, found);
  }

  /**
   * The results grouped by ranking unit, units in order of first appearance, each unit's
   * results in the order given: two passes over the units column.
   */
  private static Map<String, List<ParticipantResult>> byUnit(List<ParticipantResult> results,
      ResultColumns columns) {
    Map<String, Integer> numbers = new HashMap<>();
    List<String> units = new ArrayList<>();
    int[] unitOf = new int[columns.size()];
    int[] sizes = new int[columns.size()];
    for (int p = 0; p < unitOf.length; p++) {
      Integer number = numbers.get(columns.unit(p));
      if (number == null) {
        number = units.size();
        numbers.put(columns.unit(p), number);
        units.add(columns.unit(p));
      }
      unitOf[p] = number;
      sizes[number]++;
    }
    int[][] positions = new int[units.size()][];
    for (int u = 0; u < positions.length; u++) {
      positions[u] = new int[sizes[u]];
      sizes[u] = 0;
    }
    for (int p = 0; p < unitOf.length; p++) {
      positions[unitOf[p]][sizes[unitOf[p]]++] = p;
    }
    Map<String, List<ParticipantResult>> byUnit = new LinkedHashMap<>();
    for (int u = 0; u < positions.length; u++) {
      byUnit.put(units.get(u), new PositionList(results, positions[u]));
    }
    return byUnit;
  }

  /** The results at some positions of a list of results, as a list, without copying them. */
  private static final class PositionList extends AbstractList<ParticipantResult>
      implements RandomAccess {
    private final List<ParticipantResult> results;
    private final int[] positions;

    PositionList(List<ParticipantResult> results, int[] positions) {
      this.results = results;
      this.positions = positions;
    }

    @Override
    public ParticipantResult get(int index) {
      return results.get(positions[index]);
    }

    @Override
    public int size() {
      return positions.length;
    }
  }

  /**
   * The collectives of the individual at each position: the individual at position {@code p}
   * belongs to the collectives at the positions {@code collectives[starts[p]]} up to (without)
   * {@code collectives[starts[p + 1]]}, in the evaluation's order of collectives. Two arrays of
   * {@code int}s rather than a list per individual in a map by id, which at a million people
   * kept 100 MB and took most of the first what-if's time to build.
   */
  private record Links(int[] starts, int[] collectives) {}

  private Links links(int individuals) {
    int[] starts = new int[individuals + 1];
    for (ParticipantResult collective : collectives) {
      for (int member : memberPositions.get(collective.participantId())) {
        starts[member + 1]++;
      }
    }
    for (int p = 0; p < individuals; p++) {
      starts[p + 1] += starts[p];
    }
    int[] next = Arrays.copyOf(starts, individuals);
    int[] linked = new int[starts[individuals]];
    for (int c = 0; c < collectives.size(); c++) {
      for (int member : memberPositions.get(collectives.get(c).participantId())) {
        linked[next[member]++] = c;
      }
    }
    return new Links(starts, linked);
  }

  private static BitSet errors(EvaluationResult evaluation, List<ParticipantResult> results) {
    BitSet errors = new BitSet(results.size());
    if (!evaluation.hasErrors()) {
      return errors; // no scorecard has an errored line: none is walked
    }
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).hasErrors()) {
        errors.set(i);
      }
    }
    return errors;
  }

  /**
   * Whether the participant at a position of the kind's list has scoring errors: asked for every
   * participant and award, so answered from one pass over the scorecards.
   */
  boolean hasErrors(ParticipantKind kind, int position) {
    return (kind == ParticipantKind.INDIVIDUAL ? individualErrors : collectiveErrors).get()
        .get(position);
  }

  /** What conditions read of each participant of a kind, as columns by position. */
  ResultColumns columns(ParticipantKind kind) {
    return kind == ParticipantKind.INDIVIDUAL ? individualColumns : collectiveColumns.get();
  }

  /** Where a participant of a kind is in the evaluation's list of that kind. */
  Optional<Integer> position(ParticipantKind kind, String participantId) {
    int position = positionOf(kind, participantId);
    return position < 0 ? Optional.empty() : Optional.of(position);
  }

  /** Where a participant of a kind is in the evaluation's list of that kind; else -1. */
  int positionOf(ParticipantKind kind, String participantId) {
    return columns(kind).position(participantId);
  }

  static Membership of(Campaign campaign, EvaluationResult evaluation) {
    return new Membership(campaign, evaluation);
  }

  /** The evaluated members of a collective, by id; empty for an individual. */
  List<ParticipantResult> membersOf(String collectiveId) {
    int[] positions = memberPositions.get(collectiveId);
    return positions == null ? List.of() : new PositionList(individuals, positions);
  }

  /**
   * The positions of a collective's evaluated members in the evaluation's list of individuals,
   * in the order of {@link #membersOf}; empty for an individual.
   */
  int[] memberPositions(String collectiveId) {
    return memberPositions.getOrDefault(collectiveId, new int[0]);
  }

  /** The evaluated collectives an individual belongs to; empty for a collective. */
  List<ParticipantResult> collectivesOf(String participantId) {
    int position = individualColumns.position(participantId);
    return position < 0 ? List.of() : collectivesOf(position);
  }

  /**
   * The evaluated collectives of the individual at a position of the evaluation's list of
   * individuals, in the evaluation's order of collectives.
   */
  List<ParticipantResult> collectivesOf(int individual) {
    Links links = collectivesOf.get();
    List<ParticipantResult> of = new ArrayList<>(
        links.starts()[individual + 1] - links.starts()[individual]);
    for (int at = links.starts()[individual]; at < links.starts()[individual + 1]; at++) {
      of.add(collectives.get(links.collectives()[at]));
    }
    return Collections.unmodifiableList(of);
  }

  /** The participants of a kind by ranking unit, units in listing order. */
  Map<String, List<ParticipantResult>> byRankingUnit(ParticipantKind kind) {
    return kind == ParticipantKind.INDIVIDUAL ? individualsByUnit.get() : collectivesByUnit.get();
  }
}
