package io.emulation.core.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Streams made parallel, and arrays sorted on several threads, or not, by a condition: the one
 * switch between the engine's parallel and sequential runs (which give equal results).
 * Internal: this package is not exported.
 */
public final class Parallel {
  private Parallel() {}

  /** The numbers 0 to {@code size}, exclusive: a parallel stream from that many on. */
  public static IntStream range(int size, int parallelFrom) {
    return when(size >= parallelFrom, IntStream.range(0, size));
  }

  /** {@code stream.parallel()} if {@code parallel}, else the stream as it is. */
  public static IntStream when(boolean parallel, IntStream stream) {
    return parallel ? stream.parallel() : stream;
  }

  /** {@code stream.parallel()} if {@code parallel}, else the stream as it is. */
  public static <T> Stream<T> when(boolean parallel, Stream<T> stream) {
    return parallel ? stream.parallel() : stream;
  }

  /** Sorts the longs, on several threads if {@code parallel}. */
  public static void sort(boolean parallel, long[] values) {
    if (parallel) {
      Arrays.parallelSort(values);
    } else {
      Arrays.sort(values);
    }
  }

  /**
   * Sorts a range of the array by {@code order}, on several threads if {@code parallel} (a
   * short range is sorted on the calling thread either way).
   */
  public static <T> void sort(boolean parallel, T[] values, int from, int to,
      Comparator<? super T> order) {
    if (parallel) {
      Arrays.parallelSort(values, from, to, order);
    } else {
      Arrays.sort(values, from, to, order);
    }
  }
}
