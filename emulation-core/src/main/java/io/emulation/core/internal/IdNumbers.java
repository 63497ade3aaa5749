package io.emulation.core.internal;

import java.util.Collection;

/**
 * Ids numbered 0, 1, ... in the order given, found by id in an open-addressing table of {@code
 * int}s: 12 to 20 bytes an id, where a {@code HashMap} keeps an entry and a boxed number each
 * (about 50). Immutable and thread-safe.
 */
public final class IdNumbers {
  private final String[] ids;
  /** 1 + the number of the id hashed to a place or probed past it, 0 where none is. */
  private final int[] table;
  private final int shift;

  private IdNumbers(String[] ids, int[] hashes) {
    this.ids = ids;
    // a power of two from twice to four times as many places as ids: short probes
    this.table = new int[Integer.highestOneBit(Math.max(1, ids.length)) << 2];
    this.shift = Integer.numberOfLeadingZeros(table.length) + 1;
    for (int n = 0; n < ids.length; n++) {
      int place = place(hashes[n]);
      while (table[place] != 0) {
        place = (place + 1) & (table.length - 1);
      }
      table[place] = n + 1;
    }
  }

  /**
   * The ids, numbered in this order.
   *
   * @param ids distinct ids
   */
  public static IdNumbers of(Collection<String> ids) {
    String[] given = ids.toArray(String[]::new);
    int[] hashes = new int[given.length];
    for (int n = 0; n < given.length; n++) {
      hashes[n] = given[n].hashCode();
    }
    return new IdNumbers(given, hashes);
  }

  /**
   * The ids, numbered in this order, each with its {@code hashCode()} worked out before (on
   * several threads, say, while the ids were being read anyway): numbering them then touches
   * no id, which at a million ids scattered over the heap is most of the time it takes.
   *
   * @param ids distinct ids, kept as they are
   * @param hashes {@code ids[n].hashCode()} at each {@code n}
   */
  public static IdNumbers of(String[] ids, int[] hashes) {
    if (ids.length != hashes.length) {
      throw new IllegalArgumentException(
          ids.length + " ids but " + hashes.length + " hashes");
    }
    return new IdNumbers(ids, hashes);
  }

  /** Where an id's probe starts: its hash spread by Fibonacci hashing. */
  private int place(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  /** How many ids there are. */
  public int size() {
    return ids.length;
  }

  /** The number of an id, {@code -1} when it was not given. */
  public int of(String id) {
    for (int place = place(id.hashCode()); ; place = (place + 1) & (table.length - 1)) {
      int found = table[place];
      if (found == 0) {
        return -1;
      }
      if (ids[found - 1].equals(id)) {
        return found - 1;
      }
    }
  }
}
