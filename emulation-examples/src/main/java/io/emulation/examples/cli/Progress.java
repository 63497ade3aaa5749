package io.emulation.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A progress bar on standard error, {@code [#####-----] 4/9 evaluating 2021-H1}, drawn only at
 * an interactive terminal and only once a run has taken about a second: short runs and runs in
 * scripts or CI logs print nothing. Redrawn in place when it changes (checked several times a
 * second from a daemon thread); {@link #close()} wipes it before the results are printed.
 */
final class Progress implements AutoCloseable {
  private static final int WIDTH = 24;
  private static final long DELAY_MILLIS = 1000;
  private static final long PERIOD_MILLIS = 150;

  private final PrintWriter err;
  private final boolean enabled;
  private ScheduledExecutorService timer;
  private int total = 1;
  private int done;
  private String label = "";
  private int drawnWidth;
  private String drawn = "";

  /** A bar drawn after a second when {@code terminal} is interactive. */
  Progress(PrintWriter err, Terminal terminal) {
    this.err = err;
    this.enabled = terminal.interactive();
  }

  /** Begins a run of about {@code steps} steps; starts the timer at a terminal. */
  synchronized void start(int steps) {
    total = Math.max(1, steps);
    done = 0;
    if (enabled && timer == null) {
      timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "emulation-progress");
        thread.setDaemon(true);
        return thread;
      });
      timer.scheduleAtFixedRate(this::draw, DELAY_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /** Starts a step; the steps before it count as done. */
  synchronized void step(String what) {
    label = what;
    done = Math.min(done + 1, total);
  }

  /** The bar as drawn: {@code [#####-----] 4/9 evaluating 2021-H1}. */
  synchronized String line() {
    int filled = Math.max(0, done - 1) * WIDTH / total;
    return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total
        + " " + label;
  }

  /** Draws the bar in place, if bars are drawn here. */
  synchronized void draw() {
    if (!enabled) {
      return;
    }
    String line = line();
    if (line.equals(drawn)) {
      return;
    }
    err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
    err.flush();
    drawn = line;
    drawnWidth = line.length();
  }

  /** Stops the timer and wipes the bar if one was drawn. */
  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
    if (drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
      drawn = "";
    }
  }
}
