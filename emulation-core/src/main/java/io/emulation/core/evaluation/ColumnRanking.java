package io.emulation.core.evaluation;

import io.emulation.core.internal.Parallel;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.RankMethod;
import io.emulation.core.ranking.RankPolicy;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks participants of one kind from columns by place, exactly as {@link RankPolicy#rank} ranks
 * their standings, without a standing, entry or placement object per participant: each
 * participant's deciding keys are packed into one {@code long} (smaller is better), sorted with
 * the participant's index, and each run of equal keys ordered by id.
 *
 * <p>It applies to policies whose deciding keys are the total, the grade and direct production
 * first ({@link #of} says when): those are every built-in key but a criterion's points, whose
 * values scorecards kept as objects may hold at any scale.
 */
final class ColumnRanking {
  /** Runs of at most this many equal keys are put in id order by insertion. */
  private static final int INSERTION_RUN = 16;

  private final RankMethod method;
  private final String[] ids;
  private final long[] packed;
  private final boolean parallel;

  private ColumnRanking(RankMethod method, String[] ids, long[] packed, boolean parallel) {
    this.method = method;
    this.ids = ids;
    this.packed = packed;
    this.parallel = parallel;
  }

  /**
   * A ranking of the places whose columns are given, or {@code null} when the policy has a key
   * it cannot rank by, or the keys' values do not fit one {@code long} beside an index of
   * {@code ids.length} places.
   *
   * @param totals the totals, unscaled at one scale; {@link Long#MIN_VALUE} where not known so
   * @param grades the grades' positions in their scale, 0 for the best
   * @param direct whether each is a direct production worker
   */
  static ColumnRanking of(RankPolicy policy, String[] ids, long[] totals, int[] grades,
      boolean[] direct, boolean parallel) {
    List<RankKey> keys = policy.keys();
    int deciders = keys.indexOf(RankKey.byParticipantId());
    List<RankKey> deciding = keys.subList(0, deciders < 0 ? keys.size() : deciders);
    int size = ids.length;
    // each key's value is a distance from its best, so that smaller is better
    long[] best = new long[deciding.size()];
    int[] widths = new int[deciding.size()];
    int used = Integer.SIZE - Integer.numberOfLeadingZeros(Math.max(size - 1, 0));
    for (int k = 0; k < deciding.size(); k++) {
      RankKey key = deciding.get(k);
      long low = Long.MAX_VALUE;
      long high = Long.MIN_VALUE;
      for (int place = 0; place < size; place++) {
        long value;
        if (key instanceof RankKey.ByTotal) {
          if (totals[place] == Long.MIN_VALUE) {
            return null;
          }
          value = -totals[place];
        } else if (key instanceof RankKey.ByGrade) {
          value = grades[place];
        } else if (key instanceof RankKey.DirectProductionFirst) {
          value = direct[place] ? 0 : 1;
        } else {
          return null;
        }
        low = Math.min(low, value);
        high = Math.max(high, value);
      }
      long span = size == 0 ? 0 : high - low; // negative when it overflows
      if (span < 0) {
        return null;
      }
      best[k] = low;
      widths[k] = Long.SIZE - Long.numberOfLeadingZeros(span);
      used += widths[k];
    }
    if (used >= Long.SIZE) {
      return null;
    }
    long[] packed = new long[size];
    for (int place = 0; place < size; place++) {
      long key = 0;
      for (int k = 0; k < best.length; k++) {
        RankKey of = deciding.get(k);
        long value = of instanceof RankKey.ByTotal ? -totals[place]
            : of instanceof RankKey.ByGrade ? grades[place] : direct[place] ? 0 : 1;
        key = key << widths[k] | (value - best[k]);
      }
      packed[place] = key;
    }
    return new ColumnRanking(policy.method(), ids, packed, parallel);
  }

  /**
   * Ranks the places given, as {@link RankPolicy#rank} ranks their standings: writes for each
   * listing index {@code i} (best first) the place listed there, its rank and how many others
   * share it.
   */
  void rank(int[] places, int[] placeAt, int[] rank, int[] tiedWith) {
    int size = places.length;
    int indexBits = Integer.SIZE - Integer.numberOfLeadingZeros(Math.max(size - 1, 0));
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) {
      keys[i] = packed[places[i]] << indexBits | i;
    }
    Parallel.sort(parallel, keys);
    long index = (1L << indexBits) - 1;
    for (int i = 0; i < size; i++) {
      placeAt[i] = places[(int) (keys[i] & index)];
    }
    int run = 0;
    for (int start = 0, end; start < size; start = end + 1) {
      end = start;
      while (end + 1 < size && keys[end + 1] >>> indexBits == keys[start] >>> indexBits) {
        end++;
      }
      run++;
      byId(placeAt, start, end + 1);
      for (int i = start; i <= end; i++) {
        rank[i] = method.rank(i, start, run);
        tiedWith[i] = method.tiedWith(start, end);
      }
    }
  }

  /** Puts the places from {@code from} to {@code to} (exclusive) in id order. */
  private void byId(int[] placeAt, int from, int to) {
    if (to - from <= INSERTION_RUN) {
      for (int i = from + 1; i < to; i++) {
        int place = placeAt[i];
        int j = i - 1;
        while (j >= from && ids[placeAt[j]].compareTo(ids[place]) > 0) {
          placeAt[j + 1] = placeAt[j];
          j--;
        }
        placeAt[j + 1] = place;
      }
      return;
    }
    Integer[] run = new Integer[to - from];
    for (int i = from; i < to; i++) {
      run[i - from] = placeAt[i];
    }
    Parallel.sort(parallel, run, 0, run.length, Comparator.comparing(place -> ids[place]));
    for (int i = from; i < to; i++) {
      placeAt[i] = run[i - from];
    }
  }
}
