package io.emulation.core.evaluation;

import io.emulation.core.internal.Parallel;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.RankMethod;
import io.emulation.core.ranking.RankPolicy;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks participants of one kind from columns by place, exactly as {@link RankPolicy#rank} ranks
 * their standings, without a standing, entry or placement object per participant: each
 * participant's deciding keys are packed into one {@code long} (smaller is better) above the
 * participant's place in id order, so that one sort of {@code long}s orders them by the keys
 * and ties by id, reading no id.
 *
 * <p>It applies to policies whose deciding keys are the total, the grade and direct production
 * first ({@link #of} says when): those are every built-in key but a criterion's points, whose
 * values scorecards kept as objects may hold at any scale.
 */
final class ColumnRanking {
  private final RankMethod method;
  private final IdOrder byId;
  /** How many low bits of a packed key hold the place in id order. */
  private final int idBits;
  private final long[] packed;
  private final boolean parallel;

  private ColumnRanking(RankMethod method, IdOrder byId, int idBits, long[] packed,
      boolean parallel) {
    this.method = method;
    this.byId = byId;
    this.idBits = idBits;
    this.packed = packed;
    this.parallel = parallel;
  }

  /** Places in id order, as {@link String#compareTo} orders the ids. */
  static final class IdOrder {
    /** By place: its rank in id order, from 0. */
    private final int[] rank;
    /** By rank in id order: the place. */
    private final int[] placeAt;

    private IdOrder(int[] rank, int[] placeAt) {
      this.rank = rank;
      this.placeAt = placeAt;
    }

    /** The order of distinct ids, by place; sorted on several threads when {@code parallel}. */
    static IdOrder of(String[] ids, boolean parallel) {
      Integer[] sorted = new Integer[ids.length];
      Arrays.setAll(sorted, place -> place);
      Parallel.sort(parallel, sorted, 0, sorted.length,
          Comparator.comparing(place -> ids[place]));
      int[] rank = new int[ids.length];
      int[] placeAt = new int[ids.length];
      for (int r = 0; r < sorted.length; r++) {
        placeAt[r] = sorted[r];
        rank[sorted[r]] = r;
      }
      return new IdOrder(rank, placeAt);
    }
  }

  /**
   * As {@link #of(RankPolicy, IdOrder, long[], int[], boolean[], boolean)}, putting the ids in
   * order first.
   */
  static ColumnRanking of(RankPolicy policy, String[] ids, long[] totals, int[] grades,
      boolean[] direct, boolean parallel) {
    return of(policy, IdOrder.of(ids, parallel), totals, grades, direct, parallel);
  }

  /**
   * A ranking of the places whose columns are given, or {@code null} when the policy has a key
   * it cannot rank by, or the keys' values do not fit one {@code long} beside a place in id
   * order.
   *
   * @param byId the places in id order
   * @param totals the totals, unscaled at one scale; {@link Long#MIN_VALUE} where not known so
   * @param grades the grades' positions in their scale, 0 for the best
   * @param direct whether each is a direct production worker
   */
  static ColumnRanking of(RankPolicy policy, IdOrder byId, long[] totals, int[] grades,
      boolean[] direct, boolean parallel) {
    List<RankKey> keys = policy.keys();
    int deciders = keys.indexOf(RankKey.byParticipantId());
    List<RankKey> deciding = keys.subList(0, deciders < 0 ? keys.size() : deciders);
    int size = totals.length;
    for (RankKey key : deciding) {
      boolean columned = key instanceof RankKey.ByTotal || key instanceof RankKey.ByGrade
          || key instanceof RankKey.DirectProductionFirst;
      if (!columned) {
        return null;
      }
    }
    // each key's value is a distance from its best, so that smaller is better; the place in id
    // order takes as many bits as an index of every place
    int idBits = Integer.SIZE - Integer.numberOfLeadingZeros(Math.max(size - 1, 0));
    long[] best = new long[deciding.size()];
    int[] widths = new int[deciding.size()];
    int used = idBits;
    for (int k = 0; k < deciding.size(); k++) {
      RankKey key = deciding.get(k);
      long low = Long.MAX_VALUE;
      long high = Long.MIN_VALUE;
      for (int place = 0; place < size; place++) {
        if (key instanceof RankKey.ByTotal && totals[place] == Long.MIN_VALUE) {
          return null;
        }
        long value = valueOf(key, place, totals, grades, direct);
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
        long value = valueOf(deciding.get(k), place, totals, grades, direct);
        key = key << widths[k] | (value - best[k]);
      }
      packed[place] = key;
    }
    return new ColumnRanking(policy.method(), byId, idBits, packed, parallel);
  }

  /** A key's value for the participant at a place: smaller is better. */
  private static long valueOf(RankKey key, int place, long[] totals, int[] grades,
      boolean[] direct) {
    if (key instanceof RankKey.ByTotal) {
      return -totals[place];
    }
    return key instanceof RankKey.ByGrade ? grades[place] : direct[place] ? 0 : 1;
  }

  /**
   * Ranks the places given, as {@link RankPolicy#rank} ranks their standings: writes for each
   * listing index {@code i} (best first) the place listed there, its rank and how many others
   * share it.
   */
  void rank(int[] places, int[] placeAt, int[] rank, int[] tiedWith) {
    int size = places.length;
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) {
      keys[i] = packed[places[i]] << idBits | byId.rank[places[i]];
    }
    Parallel.sort(parallel, keys);
    long idMask = (1L << idBits) - 1;
    for (int i = 0; i < size; i++) {
      placeAt[i] = byId.placeAt[(int) (keys[i] & idMask)];
    }
    int run = 0;
    for (int start = 0, end; start < size; start = end + 1) {
      end = start;
      while (end + 1 < size && keys[end + 1] >>> idBits == keys[start] >>> idBits) {
        end++;
      }
      run++;
      for (int i = start; i <= end; i++) {
        rank[i] = method.rank(i, start, run);
        tiedWith[i] = method.tiedWith(start, end);
      }
    }
  }
}
