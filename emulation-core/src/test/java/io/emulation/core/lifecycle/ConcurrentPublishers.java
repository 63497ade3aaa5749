package io.emulation.core.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs publishers on threads that all wait at a latch and start together, and reports how each
 * fared. No timing: the latch releases them at once and the test waits for every one to end.
 */
public final class ConcurrentPublishers {
  private ConcurrentPublishers() {}

  /** Runs {@code publisher} for 0 to {@code count - 1} at once; their outcomes in that order. */
  public static List<Outcome> race(int count, IntConsumer publisher)
      throws Exception {
    CountDownLatch ready = new CountDownLatch(count);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(count);
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(threads.submit(() -> {
          ready.countDown();
          go.await();
          try {
            publisher.accept(index);
            return new Outcome(true, Optional.empty());
          } catch (RuntimeException e) {
            return new Outcome(false, Optional.of(e));
          }
        }));
      }
      ready.await();
      go.countDown();
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * How one racing publisher fared.
   *
   * @param won whether it returned normally
   * @param failure what it threw, if it did not
   */
  public record Outcome(boolean won, Optional<RuntimeException> failure) {}
}
