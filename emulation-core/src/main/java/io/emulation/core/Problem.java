package io.emulation.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.emulation.core.text.Message;
import java.util.Comparator;
import java.util.Locale;

/**
 * One thing wrong with a definition or with data: where it is and what is wrong. Problems sort by
 * location, numbers in locations by value ({@code bands[2]} before {@code bands[10]}, {@code
 * data.csv:9} before {@code data.csv:10}), so that a report reads top to bottom.
 *
 * @param location where the problem is, as a path such as {@code campaign 'q2'/criteria/output}
 *     or {@code file.csv:12:3}; never {@code null}, may be empty for the whole input
 * @param message what is wrong, naming the ids involved; never blank text
 * @since 0.1
 */
public record Problem(String location, Message message) implements Comparable<Problem> {
  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::location, Problem::compareNaturally)
          .thenComparing(problem -> problem.message().toString());

  /** Checks both parts. */
  public Problem {
    requireNonNull(location, "location");
    requireNonNull(message, "message");
    checkArgument(!message.isLiteral() || !message.toString().isBlank(),
        "a problem at '%s' needs a message", location);
  }

  /**
   * A problem at a location, described by text written in one language (kept as written in
   * every language); the library's own problems use {@link #at(String, Message)}.
   */
  public static Problem at(String location, String message) {
    return new Problem(location, Message.literal(requireNonNull(message, "message")));
  }

  /**
   * A problem at a location, described by a message rendered in the reader's language.
   *
   * @since 0.2
   */
  public static Problem at(String location, Message message) {
    return new Problem(location, message);
  }

  /**
   * What is wrong, in the given language (English for languages the library does not speak).
   *
   * @since 0.2
   */
  public String message(Locale locale) {
    return message.in(locale);
  }

  /**
   * The problem as one line in the given language: the location, a colon and the message
   * ({@code "data.csv:12:3: ..."}), or the message alone when the location is empty.
   *
   * @since 0.2
   */
  public String describe(Locale locale) {
    String text = message.in(locale);
    return location.isEmpty() ? text : location + ": " + text;
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

  /** The problem as one line in English, as {@link #describe(Locale)}. */
  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }
}
