package io.emulation.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * One thing wrong with a definition or with data: where it is and what is wrong. Problems sort by
 * location, numbers in locations by value ({@code bands[2]} before {@code bands[10]}, {@code
 * data.csv:9} before {@code data.csv:10}), so that a report reads top to bottom.
 *
 * @param location where the problem is, as a path such as {@code campaign 'q2'/criteria/output}
 *     or {@code file.csv:12:3}; never {@code null}, may be empty for the whole input
 * @param message what is wrong, naming the ids involved; never blank
 * @since 0.1
 */
public record Problem(String location, String message) implements Comparable<Problem> {
  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::location, Problem::compareNaturally)
          .thenComparing(Problem::message);

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

  /** Compares texts with runs of digits compared by value. */
  private static int compareNaturally(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        String numberA = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
        String numberB = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
        int order = numberA.length() != numberB.length()
            ? Integer.compare(numberA.length(), numberB.length())
            : numberA.compareTo(numberB);
        if (order != 0) {
          return order;
        }
        i = endA;
        j = endB;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String text, int start) {
    int end = start;
    while (end < text.length() && isDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  @Override
  public String toString() {
    return location.isEmpty() ? message : location + ": " + message;
  }
}
