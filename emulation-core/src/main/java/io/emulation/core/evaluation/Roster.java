package io.emulation.core.evaluation;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.internal.IdNumbers;
import io.emulation.core.internal.Parallel;
import io.emulation.core.org.Individual;
import io.emulation.core.org.Participant;
import io.emulation.core.org.ParticipantKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Who a compiled campaign evaluates: the participants in scope in the organisation's order
 * (individuals, then collectives), numbered in that order, and for each kind what indexing and
 * ranking read of them (ids, ranking units, direct production, the order of the ids), as
 * columns. A campaign is immutable, so this is made once, on the first evaluation, and shared by
 * every evaluation of the compiled campaign: at a million people, reading each participant and
 * hashing and ordering their ids took every evaluation longer than ranking them. Immutable and
 * thread-safe.
 */
final class Roster {
  /** From this many participants of a kind, their columns are read on several threads. */
  private static final int PARALLEL_FROM = CompiledCampaign.PARALLEL_FROM;

  private final Map<String, Participant> inScope;
  private final List<Participant> ordered;
  private final IdNumbers numbers;
  private final ParticipantKind[] kinds;
  /** By number: the participant's place among those of its kind. */
  private final int[] placeOf;
  private final Map<ParticipantKind, OfKind> byKind = new EnumMap<>(ParticipantKind.class);

  private Roster(Campaign campaign, Map<String, Participant> inScope) {
    this.inScope = Collections.unmodifiableMap(inScope);
    this.ordered = List.copyOf(inScope.values());
    int size = ordered.size();
    String[] ids = new String[size];
    int[] hashes = new int[size];
    this.kinds = new ParticipantKind[size];
    Parallel.range(size, PARALLEL_FROM).forEach(number -> {
      Participant participant = ordered.get(number);
      ids[number] = participant.id();
      hashes[number] = ids[number].hashCode();
      kinds[number] = participant.kind();
    });
    this.numbers = IdNumbers.of(ids, hashes);
    this.placeOf = new int[size];
    for (ParticipantKind kind : ParticipantKind.values()) {
      List<Participant> ofKind = new ArrayList<>();
      List<Integer> theirNumbers = new ArrayList<>();
      for (int number = 0; number < size; number++) {
        if (kinds[number] == kind) {
          placeOf[number] = ofKind.size();
          ofKind.add(ordered.get(number));
          theirNumbers.add(number);
        }
      }
      // each collective's members in scope, by place among the individuals (placed in the
      // loop before), for its members' line
      int[][] members = new int[kind == ParticipantKind.COLLECTIVE ? ofKind.size() : 0][];
      for (int place = 0; place < members.length; place++) {
        members[place] = campaign.organisation().membersOf(ofKind.get(place).id()).stream()
            .mapToInt(member -> numbers.of(member.id()))
            .filter(number -> number >= 0 && kinds[number] == ParticipantKind.INDIVIDUAL)
            .map(number -> placeOf[number]).toArray();
      }
      byKind.put(kind, new OfKind(kind, ofKind,
          theirNumbers.stream().mapToInt(Integer::intValue).toArray(), members));
    }
  }

  /** The participants the campaign evaluates. */
  static Roster of(Campaign campaign) {
    Map<String, Participant> inScope = new LinkedHashMap<>();
    Stream.concat(campaign.organisation().individuals().stream(),
            campaign.organisation().collectives().stream())
        .filter(p -> campaign.scope().includes(p, campaign.organisation()))
        .forEach(p -> inScope.put(p.id(), p));
    return new Roster(campaign, inScope);
  }

  /** The participants in scope by id, in order. */
  Map<String, Participant> inScope() {
    return inScope;
  }

  /** The participants in scope, in order: a participant's number is its index here. */
  List<Participant> ordered() {
    return ordered;
  }

  /** The participants' numbers by id. */
  IdNumbers numbers() {
    return numbers;
  }

  /** By number, each participant's kind. */
  ParticipantKind[] kinds() {
    return kinds.clone();
  }

  /** The participant's place among those of its kind, by its number. */
  int placeOf(int number) {
    return placeOf[number];
  }

  OfKind of(ParticipantKind kind) {
    return byKind.get(kind);
  }

  /** The participants of one kind, by place (their order among those in scope), as columns. */
  final class OfKind {
    private final ParticipantKind kind;
    private final List<Participant> participants;
    private final int[] numbers;
    private final String[] ids;
    private final String[] units;
    private final boolean[] direct;
    private final ColumnRanking.IdOrder byId;
    /** For collectives, by place: their members' places among the individuals in scope. */
    private final int[][] members;

    private OfKind(ParticipantKind kind, List<Participant> participants, int[] numbers,
        int[][] members) {
      this.kind = kind;
      this.members = members;
      this.participants = List.copyOf(participants);
      this.numbers = numbers;
      int size = participants.size();
      this.ids = new String[size];
      this.units = new String[size];
      this.direct = new boolean[size];
      Parallel.range(size, PARALLEL_FROM).forEach(place -> {
        Participant participant = participants.get(place);
        ids[place] = participant.id();
        units[place] = participant.rankingUnitId();
        direct[place] = participant instanceof Individual person && person.isDirectProduction();
      });
      this.byId = ColumnRanking.IdOrder.of(ids, size >= PARALLEL_FROM);
    }

    ParticipantKind kind() {
      return kind;
    }

    Participant participant(int place) {
      return participants.get(place);
    }

    int size() {
      return ids.length;
    }

    /** The participant's number among all in scope, by place. */
    int number(int place) {
      return numbers[place];
    }

    String id(int place) {
      return ids[place];
    }

    String unit(int place) {
      return units[place];
    }

    /** The ranking units' ids, by place; not to be written. */
    String[] units() {
      return units;
    }

    /** Whether each is a direct production worker, by place; not to be written. */
    boolean[] direct() {
      return direct;
    }

    ColumnRanking.IdOrder byId() {
      return byId;
    }

    /**
     * The places among the individuals in scope of the members of the collective at a place,
     * in the organisation's order of members; for collectives only.
     */
    int[] members(int place) {
      return members[place].clone();
    }

    /** The place of a participant of this kind; -1 for any other id. */
    int placeOf(String participantId) {
      int number = Roster.this.numbers.of(participantId);
      return number < 0 || kinds[number] != kind ? -1 : Roster.this.placeOf[number];
    }
  }
}
