package io.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs many tasks on a few threads at once, for the concurrency tests. */
public final class ConcurrentRuns {
  /** Threads sharing one evaluator. */
  public static final int THREADS = 8;
  /** Tasks per test: each of 4 campaigns is run 8 times. */
  public static final int TASKS = 32;

  private ConcurrentRuns() {}

  /**
   * Runs {@code count} tasks on {@value #THREADS} threads and waits for all; the first
   * {@value #THREADS} are held at a latch until every task is submitted, so they start together.
   */
  public static <T> List<Future<T>> runTogether(int count, IntFunction<Callable<T>> tasks)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int task = 0; task < count; task++) {
        Callable<T> work = tasks.apply(task);
        futures.add(pool.submit(() -> {
          start.await();
          return work.call();
        }));
      }
      start.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(5, TimeUnit.MINUTES))
          .as("all %d tasks finished", count).isTrue();
      return futures;
    } finally {
      pool.shutdownNow();
    }
  }
}
