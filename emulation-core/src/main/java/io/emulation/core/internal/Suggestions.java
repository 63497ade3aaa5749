package io.emulation.core.internal;

import io.emulation.core.text.Message;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" suggestions by edit distance. Internal: this package is not exported.
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * {@code " (did you mean 'x'?)"} for the closest candidate, or empty text if none is close, as
   * a message to put at the end of another.
   */
  public static Message suggestion(String given, Collection<String> candidates) {
    return suggesting(closest(given, candidates));
  }

  /** The " (did you mean 'x'?)" message for a candidate, or empty text. */
  public static Message suggesting(Optional<String> candidate) {
    return candidate.map(best -> Message.of("io.suggestion.didYouMean", best))
        .orElse(Message.literal(""));
  }

  /** The candidate closest to what was given, if it is close enough to suggest. */
  public static Optional<String> closest(String given, Collection<String> candidates) {
    String lower = given.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .min(Comparator.comparingInt((String c) -> distance(c.toLowerCase(Locale.ROOT), lower))
            .thenComparing(Comparator.naturalOrder()))
        .filter(best -> distance(best.toLowerCase(Locale.ROOT), lower)
            <= Math.max(2, given.length() / 3));
  }

  /** The Levenshtein distance between two texts. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
