package io.emulation.core.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.internal.Parallel;
import io.emulation.core.org.Individual;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How participants are ranked: an ordered list of {@link RankKey}s, each breaking the ties of the
 * ones before, and a {@link RankMethod} for participants the keys cannot tell apart. Participant
 * id always ends the ordering as the stable key, so listings never depend on input order; it
 * orders tied participants but never separates their ranks (except under {@link
 * RankMethod#ORDINAL}).
 *
 * @param method how tied participants are numbered
 * @param keys the keys in order, at least one
 * @since 0.1
 */
public record RankPolicy(RankMethod method, ImmutableList<RankKey> keys) {

  /** Checks the parts. */
  public RankPolicy {
    requireNonNull(method, "method");
    requireNonNull(keys, "keys");
    checkArgument(!keys.isEmpty(), "a rank policy needs at least one key");
    checkArgument(keys.indexOf(RankKey.byParticipantId()) < 0
            || keys.indexOf(RankKey.byParticipantId()) == keys.size() - 1,
        "participant id can only be the last rank key, but keys were %s", keys);
  }

  /** The default: highest total first, standard competition ranking ("1224"). */
  public static RankPolicy standard() {
    return of(RankMethod.STANDARD_COMPETITION, RankKey.byTotal());
  }

  /** A policy with the given method and keys in order. */
  public static RankPolicy of(RankMethod method, RankKey... keys) {
    return new RankPolicy(method, ImmutableList.copyOf(Arrays.asList(keys)));
  }

  /** A copy with another method. */
  public RankPolicy withMethod(RankMethod newMethod) {
    return new RankPolicy(newMethod, keys);
  }

  /**
   * Ranks the standings: the placements in listing order, best first.
   *
   * @param standings participants of one kind, with distinct ids
   */
  public ImmutableList<Placement> rank(Collection<Standing> standings) {
    // the keys before participant id, which orders tied participants (below) but never
    // separates their ranks
    int deciders = keys.indexOf(RankKey.byParticipantId());
    RankKey[] deciding = keys.subList(0, deciders < 0 ? keys.size() : deciders)
        .toArray(new RankKey[0]);
    Entry[] ordered = Entry.of(deciding, standings);
    Comparator<Entry> order = (a, b) -> {
      int byKeys = compare(deciding, a, b);
      return byKeys != 0 ? byKeys : a.id.compareTo(b.id);
    };
    // built-in keys are values whose text depends only on the standing, so it can be made
    // again when read instead of kept for every participant; they also compare values taken
    // beforehand, so a large ranking is sorted on several threads (ids are distinct, so the
    // order is total and any sort gives the one result); other keys are asked on one thread
    boolean builtIn = hasOnlyBuiltInKeys();
    if (!sortByTotalFirst(ordered, order, builtIn)) {
      Parallel.sort(builtIn, ordered, 0, ordered.length, order);
    }
    int total = ordered.length;
    ImmutableList.Builder<Placement> placements = ImmutableList.builderWithExpectedSize(total);
    int dense = 0;
    for (int start = 0, end; start < total; start = end + 1) {
      end = start;
      while (end + 1 < total && compare(deciding, ordered[end], ordered[end + 1]) == 0) {
        end++;
      }
      dense++;
      for (int i = start; i <= end; i++) {
        int rank = method.rank(i, start, dense);
        int tiedWith = method.tiedWith(start, end);
        Standing standing = ordered[i].standing;
        placements.add(builtIn
            ? new Placement(standing, rank, i + 1, total, tiedWith, this)
            : new Placement(standing.participantId(), rank, i + 1, total, tiedWith,
                explanation(standing)));
      }
    }
    return placements.build();
  }

  /**
   * Sorts entries whose first key is the total, {@linkplain Entry#first taken as a long}: by
   * that long, packed with each entry's index into an array of longs so that the sort reads no
   * entry, then each run of equal totals by the whole order. False, leaving the entries as they
   * are, when there are fewer than two, or the totals are not longs or span too wide a range to
   * share a long with an index. At a million participants most of a comparison sort's time goes
   * to reading entries and ids scattered over the heap, and runs of equal totals are usually
   * short.
   */
  private static boolean sortByTotalFirst(Entry[] entries, Comparator<Entry> order,
      boolean parallel) {
    int size = entries.length;
    if (size < 2 || !entries[0].hasFirst) {
      return false;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (Entry entry : entries) {
      min = Math.min(min, entry.first);
      max = Math.max(max, entry.first);
    }
    long span = max - min; // negative when it overflows
    int indexBits = Integer.SIZE - Integer.numberOfLeadingZeros(size - 1);
    if (span < 0 || Long.SIZE - Long.numberOfLeadingZeros(span) + indexBits >= Long.SIZE) {
      return false;
    }
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) {
      // highest total first: the distance below the highest, ascending
      keys[i] = (max - entries[i].first) << indexBits | i;
    }
    Parallel.sort(parallel, keys);
    Entry[] byTotal = new Entry[size];
    long index = (1L << indexBits) - 1;
    for (int j = 0; j < size; j++) {
      byTotal[j] = entries[(int) (keys[j] & index)];
    }
    System.arraycopy(byTotal, 0, entries, 0, size);
    List<int[]> runs = new ArrayList<>();
    for (int start = 0, end; start < size; start = end) {
      end = start + 1;
      while (end < size && entries[end].first == entries[start].first) {
        end++;
      }
      if (end - start > 1) {
        runs.add(new int[] {start, end});
      }
    }
    // many short runs are sorted side by side, a long one (totals not yet spread) on several
    // threads of its own
    Parallel.when(parallel, runs.stream()).forEach(run ->
        Parallel.sort(parallel, entries, run[0], run[1], order));
    return true;
  }

  /**
   * The first key that tells {@code a} and {@code b} apart decides; 0 when none does. The
   * built-in keys compare the values taken from the standings beforehand, which is what their
   * {@code compare} does; other keys are asked.
   */
  private static int compare(RankKey[] deciding, Entry a, Entry b) {
    for (int k = 0; k < deciding.length; k++) {
      int order;
      if (k == 0 && a.hasFirst) {
        order = Long.compare(b.first, a.first); // highest total first
      } else if (a.values[k] instanceof BigDecimal first) {
        order = ((BigDecimal) b.values[k]).compareTo(first); // most first
      } else if (a.values[k] instanceof Integer first) {
        order = Integer.compare(first, (Integer) b.values[k]); // grade: best position first
      } else if (a.values[k] instanceof Boolean first) {
        order = Boolean.compare((Boolean) b.values[k], first); // direct production first
      } else {
        order = deciding[k].compare(a.standing, b.standing);
      }
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  /**
   * A standing with what the deciding keys compare, taken once rather than at every comparison
   * of the sort: for each built-in key its value ({@code null} for other keys), and when the
   * first key is the total and every total has the same scale and fits a {@code long}, the
   * unscaled total.
   */
  private static final class Entry {
    final Standing standing;
    final String id;
    final Object[] values;
    boolean hasFirst;
    long first;

    private Entry(Standing standing, RankKey[] deciding) {
      this.standing = standing;
      this.id = standing.participantId();
      this.values = new Object[deciding.length];
      for (int k = 0; k < deciding.length; k++) {
        values[k] = valueOf(deciding[k], standing);
      }
    }

    static Entry[] of(RankKey[] deciding, Collection<Standing> standings) {
      Entry[] entries = new Entry[standings.size()];
      int i = 0;
      for (Standing standing : standings) {
        entries[i++] = new Entry(standing, deciding);
      }
      if (deciding.length > 0 && deciding[0] instanceof RankKey.ByTotal) {
        boolean fits = entries.length > 0;
        int scale = fits ? ((BigDecimal) entries[0].values[0]).scale() : 0;
        for (Entry entry : entries) {
          BigDecimal total = (BigDecimal) entry.values[0];
          fits &= total.scale() == scale && total.unscaledValue().bitLength() < 64;
        }
        if (fits) {
          for (Entry entry : entries) {
            entry.first = ((BigDecimal) entry.values[0]).unscaledValue().longValue();
            entry.hasFirst = true;
          }
        }
      }
      return entries;
    }

    /** What a built-in key compares: the same values as its {@code compare}; null otherwise. */
    private static Object valueOf(RankKey key, Standing standing) {
      if (key instanceof RankKey.ByTotal) {
        return standing.scorecard().total();
      }
      if (key instanceof RankKey.ByGrade) {
        return standing.gradePosition();
      }
      if (key instanceof RankKey.ByCriterionPoints points) {
        return standing.scorecard().points(points.criterionId()).orElse(BigDecimal.ZERO);
      }
      if (key instanceof RankKey.DirectProductionFirst) {
        return standing.participant() instanceof Individual person
            && person.isDirectProduction();
      }
      return null;
    }
  }

  /**
   * Whether every key is a built-in one (the records nested in {@link RankKey}), whose values
   * depend only on the standing: placements under such a policy make their explanations again
   * when read instead of keeping them.
   *
   * @since 0.2
   */
  public boolean hasOnlyBuiltInKeys() {
    return keys.stream().allMatch(key -> key.getClass().getEnclosingClass() == RankKey.class);
  }

  /**
   * The placement of a standing ranked under this policy, whose {@linkplain
   * Placement#explanation() explanation} is this policy's {@link #explanation(Standing)}, made
   * each time it is read rather than kept: for keeping a ranking's numbers and making its
   * placements when asked.
   *
   * @param standing who was ranked, with what was compared
   * @param rank the rank number, from 1
   * @param position the place in the ordered listing, from 1
   * @param of how many were ranked
   * @param tiedWith how many others share the rank
   * @since 0.2
   */
  public Placement placement(Standing standing, int rank, int position, int of, int tiedWith) {
    return new Placement(requireNonNull(standing, "standing"), rank, position, of, tiedWith,
        this);
  }

  /**
   * What places a standing under this policy, as its placements explain it: each key's value,
   * joined by {@code ", "}, e.g. {@code "grade GOOD, total 87.50"}; rendered when read.
   *
   * @since 0.2
   */
  public Message explanation(Standing standing) {
    requireNonNull(standing, "standing");
    Message values = keys.get(0).value(standing);
    for (RankKey key : keys.subList(1, keys.size())) {
      values = Message.of("rank.value.next", values, key.value(standing));
    }
    return values;
  }
}
