package io.emulation.core.internal;

import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Streams made parallel or left sequential by a condition, the one switch between the engine's
 * parallel and sequential runs (which give equal results). Internal: this package is not
 * exported.
 */
public final class Parallel {
  private Parallel() {}

  /** {@code stream.parallel()} if {@code parallel}, else the stream as it is. */
  public static IntStream when(boolean parallel, IntStream stream) {
    return parallel ? stream.parallel() : stream;
  }

  /** {@code stream.parallel()} if {@code parallel}, else the stream as it is. */
  public static <T> Stream<T> when(boolean parallel, Stream<T> stream) {
    return parallel ? stream.parallel() : stream;
  }
}
