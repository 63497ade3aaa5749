package io.emulation.core.evaluation;

import io.emulation.core.Problem;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MeasurementColumn;
import io.emulation.core.criteria.RollUp;
import io.emulation.core.internal.Decimal128;
import io.emulation.core.internal.IdNumbers;
import io.emulation.core.internal.Parallel;
import io.emulation.core.internal.Suggestions;
import io.emulation.core.org.Participant;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Measurements checked against a campaign and indexed by criterion, period and participant.
 *
 * <p>The participants in scope are numbered once, in the order given. Each criterion of the
 * campaign (by position in {@link Campaign#criteria()}) has a {@link Track} for each period it
 * has values in, which keeps the row of the column holding each participant's value and the
 * {@link Measurement}s given as objects: arrays of {@code int}s and references, made only for the
 * kinds of entry the period has, instead of objects per participant or per value. A kind of entry
 * is kept by participant number, or, when few participants have one ({@link #SPARSE}), as their
 * ascending numbers beside the entries, found by binary search. Periods whose columns list the
 * participants in the same order share their rows, a column listing them in their own order
 * needs none, and a column's value is not made into an object until it is read.
 *
 * <p>Nothing changes once {@link #of} returns, so scoring threads read the index without locks.
 */
final class MeasurementIndex {
  /** The source of a measurement that names none, shared. */
  private static final Message NO_SOURCE = Message.literal("");
  /**
   * A kind of entry of a track is kept sparse when fewer than one participant in this many has
   * one. A sparse entry costs 8 bytes (its participant's number and its row or reference), an
   * entry by participant number 4 bytes a participant: below this, sparse keeps at most an eighth
   * of the bytes, while a binary search through fewer than a sixteenth of the participants
   * stays short. While entries are added, a track keeps them in a hash table until they are no
   * longer few, so building costs little for few entries too.
   */
  static final int SPARSE = 16;
  /** While rows are numbered: the row's participant is the previous column's row's. */
  private static final int AS_PREVIOUS = -2;

  private final Map<String, Integer> positions;
  private final IdNumbers participants;
  /** By criterion position, the criterion's tracks, in the order their periods came. */
  private final Track[][] tracks;

  private MeasurementIndex(Map<String, Integer> positions, IdNumbers participants,
      Track[][] tracks) {
    this.positions = positions;
    this.participants = participants;
    this.tracks = tracks;
  }

  /**
   * Indexes the measurements and the columns' rows, adding a problem for each that does not fit
   * the campaign; the columns on several threads from {@code parallelFrom} participants in scope.
   *
   * @param numbers the participants in scope numbered in their order ({@link Roster})
   * @param kinds their kinds, by number
   */
  static MeasurementIndex of(Campaign campaign, Map<String, Participant> inScope,
      IdNumbers numbers, ParticipantKind[] kinds, List<Measurement> measurements,
      List<MeasurementColumn> columns, List<Problem> problems, int parallelFrom) {
    List<Criterion> all = campaign.criteria();
    Map<String, Integer> positions = new HashMap<>(all.size() * 2);
    for (int k = 0; k < all.size(); k++) {
      positions.putIfAbsent(all.get(k).id(), k);
    }
    List<Map<Period, TrackBuilder>> building = new ArrayList<>(all.size());
    for (int k = 0; k < all.size(); k++) {
      building.add(new LinkedHashMap<>());
    }
    for (int i = 0; i < measurements.size(); i++) {
      Measurement m = measurements.get(i);
      int at = i;
      Supplier<String> where = () -> locate(m, at);
      Integer position = positions.get(m.criterionId());
      Criterion criterion = position == null ? null : all.get(position);
      boolean fits = fits(campaign, inScope, m.participantId(), m.criterionId(), criterion,
          m.value(), where, problems);
      if (criterion == null) {
        problems.add(Problem.at(where.get(),
            Message.of("evaluation.measurement.unknownCriterion", m.participantId(),
                m.criterionId(), suggestion(campaign, m.criterionId()))));
      } else if (fits && !track(building, position, m.period(), numbers.size())
          .add(numbers.of(m.participantId()), m)) {
        problems.add(duplicate(where, m.criterionId(), m.participantId(), m.period()));
      }
    }
    indexColumns(campaign, inScope, columns, positions, numbers, kinds, building, problems,
        inScope.size() >= parallelFrom);
    return new MeasurementIndex(positions, numbers, build(building));
  }

  /**
   * Indexes the columns' rows, adding each column's problems in column order and, within a
   * column, in row order, as indexing them one by one would. Columns feeding different tracks
   * are indexed on several threads: the rows of each track are added by one thread, in column
   * order, so the same rows are found duplicates, and a track new to the index is entered where
   * its first fitting row would have entered it.
   */
  private static void indexColumns(Campaign campaign, Map<String, Participant> inScope,
      List<MeasurementColumn> columns, Map<String, Integer> positions, IdNumbers numbers,
      ParticipantKind[] kinds, List<Map<Period, TrackBuilder>> building, List<Problem> problems,
      boolean parallel) {
    List<Criterion> all = campaign.criteria();
    int[][] numbered = numberRows(columns, numbers, parallel);
    List<List<Problem>> found = new ArrayList<>(columns.size());
    // the columns feeding each track, in column order: a track the measurements began is
    // continued, another is new, and enters the index only if a row fits
    Map<TrackKey, Feed> feeds = new LinkedHashMap<>();
    Feed[] feedOf = new Feed[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      MeasurementColumn column = columns.get(c);
      found.add(new ArrayList<>());
      Integer position = positions.get(column.criterionId());
      if (position == null) {
        found.get(c).add(Problem.at(where(column, c), Message.of(
            "evaluation.column.unknownCriterion", column.criterionId(),
            suggestion(campaign, column.criterionId()))));
      } else {
        feedOf[c] = feeds.computeIfAbsent(new TrackKey(position, column.period()), key -> {
          TrackBuilder begun = building.get(position).get(key.period());
          return new Feed(key, begun != null ? begun : new TrackBuilder(key.period(),
              numbers.size()), new ArrayList<>());
        });
        feedOf[c].columns().add(c);
      }
    }
    boolean[] fitted = new boolean[columns.size()];
    Parallel.when(parallel, feeds.values().stream()).forEach(feed -> {
      for (int c : feed.columns()) {
        fitted[c] = indexRows(campaign, inScope, columns.get(c), where(columns.get(c), c),
            all.get(feed.key().position()), numbered[c], kinds, feed.track(), found.get(c));
        numbered[c] = null; // 4 MB a million rows, needed by no other column now
      }
    });
    for (int c = 0; c < columns.size(); c++) {
      problems.addAll(found.get(c));
      if (fitted[c]) {
        building.get(feedOf[c].key().position())
            .putIfAbsent(feedOf[c].key().period(), feedOf[c].track());
      }
    }
  }

  /** A criterion, by position, and a period: what a track is of. */
  private record TrackKey(int position, Period period) {}

  /** A track and the columns that feed it, in column order. */
  private record Feed(TrackKey key, TrackBuilder track, List<Integer> columns) {}

  /** How problems name a column. */
  private static String where(MeasurementColumn column, int c) {
    return "columns[" + c + "] (" + column.criterionId() + " " + column.period() + ")";
  }

  /**
   * The number of each column's participant, row by row ({@code -1} for an id not in scope).
   * Columns of one table list the same people in the same order: a row whose id is the very
   * string of the previous column's row takes its number from there instead of looking it up.
   */
  private static int[][] numberRows(List<MeasurementColumn> columns, IdNumbers numbers,
      boolean parallel) {
    int[][] numbered = new int[columns.size()][];
    IntStream byColumn = IntStream.range(0, columns.size());
    Parallel.when(parallel, byColumn).forEach(c -> {
      MeasurementColumn column = columns.get(c);
      MeasurementColumn previous = c > 0 ? columns.get(c - 1) : null;
      int same = previous == null ? 0 : Math.min(previous.size(), column.size());
      int[] ofRows = new int[column.size()];
      for (int r = 0; r < ofRows.length; r++) {
        String participantId = column.participantId(r);
        ofRows[r] = r < same && previous.participantId(r) == participantId ? AS_PREVIOUS
            : numbers.of(participantId);
      }
      numbered[c] = ofRows;
    });
    for (int c = 1; c < numbered.length; c++) {
      for (int r = 0; r < numbered[c].length; r++) {
        if (numbered[c][r] == AS_PREVIOUS) {
          numbered[c][r] = numbered[c - 1][r];
        }
      }
    }
    return numbered;
  }

  /**
   * Adds a column's fitting rows to its track, and a problem for each row that does not fit or
   * is a duplicate; whether any row fitted.
   */
  private static boolean indexRows(Campaign campaign, Map<String, Participant> inScope,
      MeasurementColumn column, String at, Criterion criterion, int[] numbered,
      ParticipantKind[] kinds, TrackBuilder track, List<Problem> problems) {
    boolean fitted = false;
    for (int r = 0; r < column.size(); r++) {
      int number = numbered[r];
      // the usual row, in scope, of the criterion's kind and not negative where that is not
      // allowed, fits without the checks that name a problem
      boolean fits = number >= 0 && kinds[number] == criterion.appliesTo()
          && (criterion.isNegativeAllowed() || column.signum(r) >= 0);
      String participantId = column.participantId(r);
      if (fits || fits(campaign, inScope, participantId, column.criterionId(), criterion,
          column.value(r), rowAt(column, r, at), problems)) {
        fitted = true;
        if (!track.add(number, column, r)) {
          problems.add(duplicate(rowAt(column, r, at), column.criterionId(), participantId,
              column.period()));
        }
      }
    }
    return fitted;
  }

  /** Where a column's row is: its {@code file:line}, or the column and the row's number. */
  private static Supplier<String> rowAt(MeasurementColumn column, int row, String columnAt) {
    return () -> column.source(row).orElse(columnAt + " row " + (row + 1));
  }

  /** The tracks built, by criterion position. */
  private static Track[][] build(List<Map<Period, TrackBuilder>> building) {
    // columns listing participants in the same order, as columns of one table do, share rows
    Map<IntBuffer, int[]> distinctRows = new HashMap<>();
    Track[][] tracks = new Track[building.size()][];
    for (int k = 0; k < tracks.length; k++) {
      tracks[k] = building.get(k).values().stream().map(track -> track.build(distinctRows))
          .toArray(Track[]::new);
    }
    return tracks;
  }

  private static TrackBuilder track(List<Map<Period, TrackBuilder>> building, int position,
      Period period, int participants) {
    return building.get(position).computeIfAbsent(period, p -> new TrackBuilder(p, participants));
  }

  private static Problem duplicate(Supplier<String> where, String criterionId,
      String participantId, Period period) {
    return Problem.at(where.get(), Message.of("evaluation.measurement.duplicate", criterionId,
        participantId, period.toString()));
  }

  private static Message suggestion(Campaign campaign, String criterionId) {
    return Suggestions.suggestion(criterionId,
        campaign.criteria().stream().map(Criterion::id).toList());
  }

  /**
   * Whether a measured value fits the campaign: its participant is known and in scope, of the
   * kind the criterion applies to, and the value is not negative where that is not allowed.
   * Adds a problem for each way it does not; a {@code null} criterion (unknown, reported by the
   * caller) fits nothing but is not reported again.
   */
  private static boolean fits(Campaign campaign, Map<String, Participant> inScope,
      String participantId, String criterionId, Criterion criterion, BigDecimal value,
      Supplier<String> where, List<Problem> problems) {
    // ids are unique across individuals and collectives, so the participant in scope is the
    // organisation's participant of that id
    Participant participant = inScope.get(participantId);
    boolean fits = criterion != null;
    if (participant == null) {
      participant = campaign.organisation().participant(participantId).orElse(null);
      fits = false;
      problems.add(Problem.at(where.get(), participant == null
          ? Message.of("evaluation.measurement.unknownParticipant", criterionId, participantId)
          : Message.of("evaluation.measurement.outsideScope", participantId, campaign.id())));
    }
    if (criterion == null) {
      return false;
    }
    if (participant != null && criterion.appliesTo() != participant.kind()) {
      problems.add(Problem.at(where.get(), Message.of("evaluation.measurement.otherKind",
          criterionId, criterion.appliesTo(), participantId, participant.kind())));
      fits = false;
    } else if (!criterion.isNegativeAllowed() && value.signum() < 0) {
      problems.add(Problem.at(where.get(), Message.of("evaluation.measurement.negative",
          criterionId, participantId, value)));
      fits = false;
    }
    return fits;
  }

  /**
   * The number of a participant in scope, for {@link Lookup#resolve}; {@code -1} for any other id.
   */
  int numberOf(String participantId) {
    return participants.of(participantId);
  }

  /**
   * Where the index keeps a criterion's entries, for {@link Lookup#resolve(int, String,
   * Criterion, int, List)}; {@code -1} for a criterion it does not know.
   */
  int position(String criterionId) {
    Integer position = positions.get(criterionId);
    return position == null ? -1 : position;
  }

  /**
   * What {@link Lookup#resolve} reads for a period: for each criterion, the track of exactly that
   * period and those of periods inside it, found once rather than for each participant; and
   * the same for the period a year before, if {@code withLastYear}.
   */
  Lookup lookup(Period period, boolean withLastYear) {
    return new Lookup(period, withLastYear);
  }

  /** The tracks to read for one period, and for the same period a year before. */
  final class Lookup {
    private final Period period;
    /** By criterion position, the track of exactly the period; {@code null} for none. */
    private final Track[] exact;
    /** By criterion position, the tracks of periods inside it, in the order they came. */
    private final Track[][] inside;
    private final Lookup lastYear;

    private Lookup(Period period, boolean withLastYear) {
      this.period = period;
      this.exact = new Track[tracks.length];
      this.inside = new Track[tracks.length][];
      for (int position = 0; position < tracks.length; position++) {
        List<Track> within = new ArrayList<>();
        for (Track track : tracks[position]) {
          if (track.period.equals(period)) {
            exact[position] = track;
          } else if (period.contains(track.period)) {
            within.add(track);
          }
        }
        inside[position] = within.toArray(new Track[0]);
      }
      this.lastYear = withLastYear ? new Lookup(period.minusYears(1), false) : null;
    }

    /** The period looked up. */
    Period period() {
      return period;
    }

    /**
     * Whether the participant's value of the criterion at a {@link MeasurementIndex#position
     * position} is a column's row of exactly the period, which {@link #resolve} gives with the
     * criterion's target; {@code false} when it is anything else or nothing.
     */
    boolean hasRow(int participant, int position) {
      return participant >= 0 && position >= 0 && exact[position] != null
          && exact[position].hasRow(participant);
    }

    /**
     * The participant's value of the criterion at a position when it is a column's row of
     * exactly the period ({@link #hasRow}), read without resolving it: {@link #resolve} would
     * give it with the criterion's target. {@code null} when the value is anything else or
     * nothing.
     */
    BigDecimal rowValue(int participant, int position) {
      return participant >= 0 && position >= 0 && exact[position] != null
          ? exact[position].rowValue(participant) : null;
    }

    /** The lookup of the same period a year before, if it was asked for. */
    Lookup lastYear() {
      return lastYear;
    }

    /**
     * The participant's value of a criterion in the period: its own measurement, or the roll-up
     * of the measurements of periods inside it; {@code null} when there is none. Overlapping
     * sub-periods are a problem, since rolling them up would count a stretch twice.
     *
     * @param participant the participant's {@link #numberOf number}
     * @param position the criterion's {@link MeasurementIndex#position position}
     */
    Resolved resolve(int participant, String participantId, Criterion criterion, int position,
        List<Problem> problems) {
      if (participant < 0 || position < 0) {
        return null;
      }
      Track own = exact[position];
      if (own != null) {
        Resolved resolved = own.own(participant, criterion);
        if (resolved != null) {
          return resolved;
        }
      }
      List<Measurement> parts = null;
      for (Track track : inside[position]) {
        Measurement m = track.measurement(participant);
        if (m != null) {
          if (parts == null) {
            parts = new ArrayList<>();
          }
          parts.add(m);
        }
      }
      return parts == null ? null : rollUp(parts, participantId, criterion, period, problems);
    }
  }

  /**
   * Whether the entries of a criterion in a period are kept {@linkplain #SPARSE sparse}; {@code
   * false} when it has none.
   */
  boolean sparse(String criterionId, Period period) {
    Integer position = positions.get(criterionId);
    return position != null && Arrays.stream(tracks[position])
        .anyMatch(track -> track.period.equals(period) && track.sparse());
  }

  /** The roll-up of the measurements of periods inside the one asked, if they do not overlap. */
  private static Resolved rollUp(List<Measurement> inside, String participantId,
      Criterion criterion, Period period, List<Problem> problems) {
    inside.sort(Comparator.comparing(Measurement::period));
    for (int i = 1; i < inside.size(); i++) {
      if (!inside.get(i).period().start().isAfter(inside.get(i - 1).period().end())) {
        problems.add(Problem.at("measurements", Message.of("evaluation.measurement.overlap",
            criterion.id(), participantId, inside.get(i - 1).period().toString(),
            inside.get(i).period().toString(), period.toString())));
        return null;
      }
    }
    BigDecimal value = rollUp(criterion.rollUp(), inside.stream().map(Measurement::value).toList());
    Optional<BigDecimal> target = inside.stream().allMatch(m -> m.target().isPresent())
        ? Optional.of(rollUp(criterion.rollUp(),
            inside.stream().map(m -> m.target().orElseThrow()).toList()))
        : criterion.target();
    Message parts = null;
    for (Measurement m : inside) {
      Message part = Message.of("evaluation.rollUp.part", m.period().toString(), m.value());
      parts = parts == null ? part : Message.of("evaluation.list.next", parts, part);
    }
    Message detail = Message.of("evaluation.rollUp", criterion.rollUp(), parts);
    return new Resolved(value, target, detail);
  }

  /** A measurement of exactly the period asked. */
  private static Resolved own(Measurement m, Criterion criterion) {
    return new Resolved(m.value(), m.target().isPresent() ? m.target() : criterion.target(),
        m.source().isEmpty() ? NO_SOURCE : Message.literal(m.source()));
  }

  /**
   * A column's row of exactly the period asked: as a {@link Measurement} without a target of
   * its own would be, with the row's source when the column names its file.
   */
  private static Resolved own(MeasurementColumn column, int row, Criterion criterion) {
    return new Resolved(column.value(row), criterion.target(),
        column.source(row).map(Message::literal).orElse(NO_SOURCE));
  }

  private static BigDecimal rollUp(RollUp how, List<BigDecimal> values) {
    return switch (how) {
      case SUM -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      case MEAN -> Decimal128.divide(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
          BigDecimal.valueOf(values.size()));
      case LAST -> values.get(values.size() - 1);
    };
  }

  private static String locate(Measurement m, int index) {
    return m.source().isEmpty() ? "measurements[" + index + "]" : m.source();
  }

  /**
   * Whether a kind of entry of a track, {@code entries} of them, is kept sparse: fewer than one
   * participant in {@value #SPARSE} has one.
   */
  private static boolean sparse(int entries, int participants) {
    return (long) entries * SPARSE < participants;
  }

  /** A criterion's entries for one period while they are added, checked for duplicates. */
  private static final class TrackBuilder {
    /** The places of the table of participants while it is first made. */
    private static final int FIRST_PLACES = 8;

    private final Period period;
    private final int participants;
    private final List<MeasurementColumn> columns = new ArrayList<>();
    /** Where each column's rows start among the rows of all columns, in column order. */
    private final List<Integer> starts = new ArrayList<>();
    /** The rows of all columns so far. */
    private int rowsSoFar;
    private int inColumns;
    private int measured;
    /**
     * While the entries are few, an open-addressing table: by place, 1 + the number of the
     * participant whose entries {@code rows} and {@code measurements} keep at that place, 0 where
     * none is. {@code null} once they are many: those are then by participant number.
     */
    private int[] numbers = new int[FIRST_PLACES];
    /** 1 + the row among those of all columns, or 0. */
    private int[] rows;
    private Measurement[] measurements;

    TrackBuilder(Period period, int participants) {
      this.period = period;
      this.participants = participants;
    }

    /** Adds a measurement; {@code false} when the participant already has a value here. */
    boolean add(int participant, Measurement m) {
      int at = claim(participant);
      if (at < 0) {
        return false;
      }
      if (measurements == null) {
        measurements = new Measurement[places()];
      }
      measurements[at] = m;
      measured++;
      return true;
    }

    /** Adds a column's row; {@code false} when the participant already has a value here. */
    boolean add(int participant, MeasurementColumn column, int row) {
      int at = claim(participant);
      if (at < 0) {
        return false;
      }
      if (columns.isEmpty() || columns.get(columns.size() - 1) != column) {
        columns.add(column);
        starts.add(rowsSoFar);
        // fails only past 2^31 rows in one period, far more than a heap holds
        rowsSoFar = Math.addExact(rowsSoFar, column.size());
      }
      if (rows == null) {
        rows = new int[places()];
      }
      rows[at] = starts.get(starts.size() - 1) + row + 1;
      inColumns++;
      return true;
    }

    /** The place for a new entry of the participant, {@code -1} when it has one already. */
    private int claim(int participant) {
      if (numbers != null && 2 * (inColumns + measured + 1) > numbers.length) {
        rehash(!sparse(inColumns + measured + 1, participants));
      }
      int at = place(participant);
      if (rows != null && rows[at] != 0 || measurements != null && measurements[at] != null) {
        return -1;
      }
      if (numbers != null) {
        numbers[at] = participant + 1;
      }
      return at;
    }

    private int places() {
      return numbers == null ? participants : numbers.length;
    }

    /** Where the participant's entries are or would go. */
    private int place(int participant) {
      if (numbers == null) {
        return participant;
      }
      int mask = numbers.length - 1;
      // Fibonacci hashing: the top bits of the number spread
      int at = (participant * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
      while (numbers[at] != 0 && numbers[at] != participant + 1) {
        at = (at + 1) & mask;
      }
      return at;
    }

    /** Moves the entries to a table twice as large, or by participant number if {@code many}. */
    private void rehash(boolean many) {
      int[] oldNumbers = numbers;
      int[] oldRows = rows;
      Measurement[] oldMeasurements = measurements;
      numbers = many ? null : new int[oldNumbers.length * 2];
      rows = oldRows == null ? null : new int[places()];
      measurements = oldMeasurements == null ? null : new Measurement[places()];
      for (int old = 0; old < oldNumbers.length; old++) {
        if (oldNumbers[old] != 0) {
          int at = place(oldNumbers[old] - 1);
          if (numbers != null) {
            numbers[at] = oldNumbers[old];
          }
          if (rows != null) {
            rows[at] = oldRows[old];
          }
          if (measurements != null) {
            measurements[at] = oldMeasurements[old];
          }
        }
      }
    }

    /**
     * The track: each kind of entry by participant number, or {@linkplain MeasurementIndex#SPARSE
     * sparse} as ascending participant numbers beside their entries; rows and numbers equal to
     * ones in {@code distinct} shared, and no rows when they are those of one column listing the
     * participants in their order.
     */
    Track build(Map<IntBuffer, int[]> distinct) {
      boolean sparseRows = sparse(inColumns, participants);
      boolean sparseMeasurements = sparse(measured, participants);
      if (numbers != null && !(sparseRows && sparseMeasurements)) {
        rehash(true);
      }
      boolean inOrder = columns.size() == 1;
      for (int n = 0; inOrder && n < inColumns; n++) {
        inOrder = rows[place(n)] == n + 1;
      }
      int[] rowNumbers = null;
      int[] keptRows = null;
      if (!inOrder && rows != null) {
        rowNumbers = sparseRows ? shared(numbersWith(at -> rows[at] != 0), distinct) : null;
        keptRows = shared(rowNumbers == null ? rows
            : Arrays.stream(rowNumbers).map(n -> rows[place(n)]).toArray(), distinct);
      }
      int[] measuredNumbers = null;
      Measurement[] keptMeasurements = measurements;
      if (measurements != null && sparseMeasurements) {
        measuredNumbers = shared(numbersWith(at -> measurements[at] != null), distinct);
        keptMeasurements = Arrays.stream(measuredNumbers).mapToObj(n -> measurements[place(n)])
            .toArray(Measurement[]::new);
      }
      return new Track(period, columns.toArray(MeasurementColumn[]::new),
          starts.stream().mapToInt(Integer::intValue).toArray(), rowNumbers, keptRows,
          inOrder ? inColumns : 0, measuredNumbers, keptMeasurements);
    }

    /** The numbers, ascending, of the participants whose place has an entry of a kind. */
    private int[] numbersWith(IntPredicate entryAt) {
      return IntStream.range(0, places()).filter(at -> numbers == null || numbers[at] != 0)
          .filter(entryAt).map(at -> numbers == null ? at : numbers[at] - 1).sorted().toArray();
    }

    private static int[] shared(int[] ints, Map<IntBuffer, int[]> distinct) {
      return distinct.computeIfAbsent(IntBuffer.wrap(ints), equal -> ints);
    }
  }

  /**
   * A criterion's entries for one period. Each kind of entry, rows and measurements, is kept
   * either by participant number or, when {@linkplain MeasurementIndex#SPARSE sparse}, as
   * ascending participant numbers beside their entries, found by binary search.
   */
  private static final class Track {
    private final Period period;
    private final MeasurementColumn[] columns;
    /** Where each column's rows start among the rows of all columns. */
    private final int[] starts;
    /** The participants {@code rows} are of, ascending; {@code null}: by participant number. */
    private final int[] rowNumbers;
    /** 1 + the row among those of all columns, or 0 for none; {@code null} if none. */
    private final int[] rows;
    /** When {@code rows} is {@code null}: the participants below it are the column's rows. */
    private final int inOrder;
    /** The participants {@code measurements} are of, ascending; {@code null}: by number. */
    private final int[] measuredNumbers;
    /** The measurements given as objects ({@code null} for a participant without one). */
    private final Measurement[] measurements;

    Track(Period period, MeasurementColumn[] columns, int[] starts, int[] rowNumbers, int[] rows,
        int inOrder, int[] measuredNumbers, Measurement[] measurements) {
      this.period = period;
      this.columns = columns;
      this.starts = starts;
      this.rowNumbers = rowNumbers;
      this.rows = rows;
      this.inOrder = inOrder;
      this.measuredNumbers = measuredNumbers;
      this.measurements = measurements;
    }

    /** The participant's value here, ready to score; {@code null} when it has none. */
    Resolved own(int participant, Criterion criterion) {
      return read(participant, criterion, (m, column, row, of) ->
          m != null ? MeasurementIndex.own(m, of) : MeasurementIndex.own(column, row, of));
    }

    /**
     * Whether the participant's entry here is a column's row, which has a value and no target
     * of its own, without reading it.
     */
    boolean hasRow(int participant) {
      int at = measurements == null ? -1 : at(measuredNumbers, participant);
      return (at < 0 || measurements[at] == null) && row(participant) >= 0;
    }

    /** The value of the participant's entry here when it is a column's row; else null. */
    BigDecimal rowValue(int participant) {
      int at = measurements == null ? -1 : at(measuredNumbers, participant);
      if (at >= 0 && measurements[at] != null) {
        return null;
      }
      int row = row(participant);
      if (row < 0) {
        return null;
      }
      int c = columnOf(row);
      return columns[c].value(row - starts[c]);
    }

    /** The participant's measurement here; {@code null} when it has none. */
    Measurement measurement(int participant) {
      return read(participant, null,
          (m, column, row, of) -> m != null ? m : column.measurement(row));
    }

    /** Whether each kind of entry given here is kept sparse. */
    boolean sparse() {
      return (rows == null || rowNumbers != null)
          && (measurements == null || measuredNumbers != null);
    }

    /** The participant's entry here, read by {@code reader}; {@code null} when it has none. */
    private <T> T read(int participant, Criterion criterion, Reader<T> reader) {
      int at = measurements == null ? -1 : at(measuredNumbers, participant);
      if (at >= 0 && measurements[at] != null) {
        return reader.read(measurements[at], null, -1, criterion);
      }
      int row = row(participant);
      if (row < 0) {
        return null;
      }
      int c = columnOf(row);
      return reader.read(null, columns[c], row - starts[c], criterion);
    }

    /** The participant's row among those of all columns, {@code -1} when it has none. */
    private int row(int participant) {
      if (rows == null) {
        return participant < inOrder ? participant : -1;
      }
      int at = at(rowNumbers, participant);
      return at < 0 ? -1 : rows[at] - 1;
    }

    /** Where a participant's entry is, negative when it has none in {@code numbers}. */
    private static int at(int[] numbers, int participant) {
      return numbers == null ? participant : Arrays.binarySearch(numbers, participant);
    }

    /** The position of the column holding a row of all columns. */
    private int columnOf(int row) {
      if (columns.length == 1) {
        return 0;
      }
      int found = Arrays.binarySearch(starts, row);
      return found >= 0 ? found : -found - 2;
    }
  }

  /**
   * Reads an entry of a track: given either its measurement (the column then {@code null}) or,
   * when it is a column's row, {@code null}, the column and the row.
   */
  @FunctionalInterface
  private interface Reader<T> {
    T read(Measurement m, MeasurementColumn column, int row, Criterion criterion);
  }

  /**
   * A value ready to score.
   *
   * @param value the value, rolled up if needed
   * @param target the measurement's own target(s) or the criterion's
   * @param detail where the value came from: the measurement's source (empty when it has
   *     none) or the roll-up of sub-periods
   */
  record Resolved(BigDecimal value, Optional<BigDecimal> target, Message detail) {}
}
