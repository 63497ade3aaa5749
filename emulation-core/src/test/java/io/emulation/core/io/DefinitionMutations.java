package io.emulation.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a valid YAML or JSON definition: a line dropped, duplicated or swapped,
 * the text cut short, a value replaced by one of another type, by a huge number or by deep
 * nesting. The same seed always gives the same mutation.
 */
final class DefinitionMutations {
  /** A value after {@code key: } in YAML or {@code "key": } in JSON, up to a JSON comma. */
  private static final Pattern VALUE =
      Pattern.compile("^(\\s*(?:- )?\"?[A-Za-z][\\w-]*\"?: ?)(\\S.*?)(,?)$");
  private static final List<String> YAML_VALUES = List.of("true", "null", "~", "42", "-1.5",
      "'text'", "[]", "{}", "[1, 2]", "{a: 1}", "\"\"", "2021-02-30", "[[]]", "0x1F", ".nan",
      "*alias", "&anchor x", "!!str 1", "{all: []}");
  private static final List<String> JSON_VALUES = List.of("true", "null", "42", "-1.5",
      "\"text\"", "[]", "{}", "[1, 2]", "{\"a\": 1}", "\"\"", "\"2021-02-30\"", "[[]]", "1e5",
      "-0", "{\"all\": []}");

  /** The kinds of mutation, one per seed in turn. */
  enum Kind {
    DROP_LINE, DUPLICATE_LINE, SWAP_LINES, TRUNCATE, CHANGE_TYPE, HUGE_NUMBER, DEEP_NESTING
  }

  private DefinitionMutations() {}

  /** A mutation of {@code text}: what was done, and the text. */
  record Mutant(String description, String text) {}

  static Mutant mutate(String text, boolean json, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Kind kind = Kind.values()[(int) Math.floorMod(seed, (long) Kind.values().length)];
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    switch (kind) {
      case DROP_LINE -> {
        return new Mutant("line " + (at + 1) + " dropped", join(without(lines, at)));
      }
      case DUPLICATE_LINE -> {
        lines.add(at, lines.get(at));
        return new Mutant("line " + (at + 1) + " duplicated", join(lines));
      }
      case SWAP_LINES -> {
        int other = random.nextInt(lines.size());
        String line = lines.get(at);
        lines.set(at, lines.get(other));
        lines.set(other, line);
        return new Mutant("lines " + (at + 1) + " and " + (other + 1) + " swapped", join(lines));
      }
      case TRUNCATE -> {
        int length = random.nextInt(text.length());
        return new Mutant("cut at " + length, text.substring(0, length));
      }
      case CHANGE_TYPE -> {
        List<String> values = json ? JSON_VALUES : YAML_VALUES;
        return replaceValue(lines, random, values.get(random.nextInt(values.size())));
      }
      case HUGE_NUMBER -> {
        String number = switch (random.nextInt(4)) {
          case 0 -> "9".repeat(1 + random.nextInt(20_000));
          case 1 -> "1e" + random.nextInt(Integer.MAX_VALUE);
          case 2 -> "-1e-" + random.nextInt(Integer.MAX_VALUE);
          default -> "0." + "0".repeat(random.nextInt(500)) + "1";
        };
        return replaceValue(lines, random, number);
      }
      case DEEP_NESTING -> {
        int depth = 1 + random.nextInt(2_000);
        String nested = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
            : (json ? "{\"a\": " : "{a: ").repeat(depth) + "1" + "}".repeat(depth);
        return replaceValue(lines, random, nested);
      }
      default -> throw new AssertionError(kind);
    }
  }

  /** Replaces the value of a random {@code key: value} line, or appends when there is none. */
  private static Mutant replaceValue(List<String> lines, SplittableRandom random, String value) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (VALUE.matcher(lines.get(i)).matches()) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      lines.add(value);
      return new Mutant("appended " + abbreviate(value), join(lines));
    }
    int at = candidates.get(random.nextInt(candidates.size()));
    Matcher m = VALUE.matcher(lines.get(at));
    m.matches();
    lines.set(at, m.group(1) + (m.group(1).endsWith(" ") ? "" : " ") + value + m.group(3));
    return new Mutant("value at line " + (at + 1) + " replaced by " + abbreviate(value),
        join(lines));
  }

  private static String abbreviate(String value) {
    return value.length() <= 40 ? value
        : value.substring(0, 40) + "... (" + value.length() + " characters)";
  }

  private static List<String> without(List<String> lines, int at) {
    List<String> copy = new ArrayList<>(lines);
    copy.remove(at);
    return copy;
  }

  private static String join(List<String> lines) {
    return String.join("\n", lines);
  }
}
