package io.emulation.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * One thing wrong with a definition or with data: where it is and what is wrong. Problems sort by
 * location so that a report reads top to bottom.
 *
 * @param location where the problem is, as a path such as {@code campaign 'q2'/criteria/output}
 *     or {@code file.csv:12:3}; never {@code null}, may be empty for the whole input
 * @param message what is wrong, naming the ids involved; never blank
 * @since 0.1
 */
public record Problem(String location, String message) implements Comparable<Problem> {
  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::location).thenComparing(Problem::message);

  /** Checks both parts. */
  public Problem {
    requireNonNull(location, "location");
    requireNonNull(message, "message");
    checkArgument(!message.isBlank(), "a problem at '%s' needs a message", location);
  }

  /** A problem at a location. */
  public static Problem at(String location, String message) {
    return new Problem(location, message);
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return location.isEmpty() ? message : location + ": " + message;
  }
}
