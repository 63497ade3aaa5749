package io.emulation.core.scoring.builtin;

import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a formula's parameters while collecting every problem found, so that one reader serves
 * {@code validate} (which returns the problems), {@code range} and {@code isMonotone} (which need
 * valid parameters) and {@code score} (which throws on invalid ones).
 *
 * <p>Every getter returns {@link Optional#empty()} when the parameter is missing where required,
 * has the wrong type or breaks its bound, after recording a {@link ParameterProblem}; a reader
 * can therefore run cross-parameter checks only on values that are present and valid. Not
 * thread-safe: create one per read.
 */
final class ParameterCheck {

  /** What a numeric parameter must satisfy besides being a number. */
  enum Bound {
    /** Any number. */
    ANY("a number", ""),
    /** A number greater than zero. */
    POSITIVE("a number > 0", "> 0"),
    /** A number zero or greater. */
    NON_NEGATIVE("a number >= 0", ">= 0");

    private final String expected;
    private final String condition;

    Bound(String expected, String condition) {
      this.expected = expected;
      this.condition = condition;
    }

    boolean accepts(BigDecimal value) {
      return switch (this) {
        case ANY -> true;
        case POSITIVE -> value.signum() > 0;
        case NON_NEGATIVE -> value.signum() >= 0;
      };
    }
  }

  private final FormulaParameters parameters;
  private final String path;
  private final List<ParameterProblem> problems;

  private ParameterCheck(FormulaParameters parameters, String path,
      List<ParameterProblem> problems) {
    this.parameters = parameters;
    this.path = path;
    this.problems = problems;
  }

  /** A check of top-level parameters. */
  static ParameterCheck of(FormulaParameters parameters) {
    return new ParameterCheck(parameters, "", new ArrayList<>());
  }

  /** The problems {@code reader} finds in {@code parameters}, in the order found. */
  static List<ParameterProblem> problems(FormulaParameters parameters,
      Function<ParameterCheck, ?> reader) {
    ParameterCheck check = of(parameters);
    reader.apply(check);
    return List.copyOf(check.problems);
  }

  /** What {@code reader} makes of {@code parameters}, or empty when they have any problem. */
  static <T> Optional<T> readIfValid(FormulaParameters parameters,
      Function<ParameterCheck, T> reader) {
    ParameterCheck check = of(parameters);
    T result = reader.apply(check);
    return check.problems.isEmpty() ? Optional.of(result) : Optional.empty();
  }

  /**
   * What {@code reader} makes of the input's parameters.
   *
   * @throws ScoringException naming the formula, criterion and participant and listing every
   *     problem, if there are any
   */
  static <T> T readValid(String formulaId, ScoringInput input,
      Function<ParameterCheck, T> reader) {
    // a criterion scores every participant with the same parameters instance: remember the
    // valid readings per thread, by identity of parameters and reader. A map, not a short
    // list: a campaign scores each participant's criteria in turn, so any list shorter than
    // the criteria is cycled through and never hits
    IdentityHashMap<FormulaParameters, Object[]> memo = MEMO.get();
    FormulaParameters parameters = input.parameters();
    Class<?> readerClass = reader.getClass();
    Object[] readings = memo.get(parameters);
    if (readings != null) {
      for (int i = 0; i < readings.length; i += 2) {
        if (readings[i] == readerClass) {
          @SuppressWarnings("unchecked")
          T remembered = (T) readings[i + 1];
          return remembered;
        }
      }
    }
    T result = readValidNow(formulaId, input, reader);
    if (readings == null && memo.size() >= MEMO_SIZE) {
      memo.clear();
    }
    Object[] more = readings == null ? new Object[2] : Arrays.copyOf(readings, readings.length + 2);
    more[more.length - 2] = readerClass;
    more[more.length - 1] = result;
    memo.put(parameters, more);
    return result;
  }

  /** How many parameters instances a thread remembers readings of before starting afresh. */
  private static final int MEMO_SIZE = 1024;

  /** Valid readings remembered per thread: parameters to (reader class, reading) pairs. */
  private static final ThreadLocal<IdentityHashMap<FormulaParameters, Object[]>> MEMO =
      ThreadLocal.withInitial(IdentityHashMap::new);

  private static <T> T readValidNow(String formulaId, ScoringInput input,
      Function<ParameterCheck, T> reader) {
    ParameterCheck check = of(input.parameters());
    T result = reader.apply(check);
    if (!check.problems.isEmpty()) {
      throw Inputs.fail(formulaId, input, "invalid parameters: " + check.problems.stream()
          .map(ParameterProblem::toString).collect(Collectors.joining("; ")));
    }
    return result;
  }

  /** The path of these parameters: empty at top level, e.g. {@code bands[2]} inside a list. */
  String path() {
    return path;
  }

  /** Whether the parameter is present, whatever its type. */
  boolean has(String name) {
    return parameters.contains(name);
  }

  /** Records a problem with the named parameter (empty name: these parameters as a whole). */
  void problem(String name, String message) {
    problems.add(ParameterProblem.of(qualify(name), message));
  }

  /** Records a problem for every parameter not named in {@code known}. */
  void allowOnly(String... known) {
    List<String> names = Arrays.asList(known);
    for (String name : parameters.names()) {
      if (!names.contains(name)) {
        problem(name, "unknown parameter; expected one of: " + String.join(", ", names));
      }
    }
  }

  /** A numeric parameter that must be present and satisfy {@code bound}. */
  Optional<BigDecimal> required(String name, Bound bound) {
    if (!has(name)) {
      problem(name, "is required: " + bound.expected);
      return Optional.empty();
    }
    return optional(name, bound);
  }

  /** A numeric parameter that may be absent (then empty, with no problem) or satisfy bound. */
  Optional<BigDecimal> optional(String name, Bound bound) {
    Optional<BigDecimal> value;
    try {
      value = parameters.decimal(name);
    } catch (ScoringException e) {
      problem(name, e.getMessage());
      return Optional.empty();
    }
    if (value.isPresent() && !bound.accepts(value.get())) {
      problem(name, "must be " + bound.condition + " but was " + Numbers.plain(value.get()));
      return Optional.empty();
    }
    return value;
  }

  /** A numeric parameter that is {@code fallback} when absent. */
  Optional<BigDecimal> optional(String name, Bound bound, BigDecimal fallback) {
    return has(name) ? optional(name, bound) : Optional.of(fallback);
  }

  /** A text parameter that is {@code fallback} when absent and otherwise one of {@code allowed}. */
  Optional<String> choice(String name, String fallback, String... allowed) {
    Optional<String> value;
    try {
      value = parameters.text(name);
    } catch (ScoringException e) {
      problem(name, e.getMessage());
      return Optional.empty();
    }
    if (value.isEmpty()) {
      return Optional.of(fallback);
    }
    if (!Arrays.asList(allowed).contains(value.get())) {
      problem(name, "must be one of " + String.join(", ", allowed) + " but was '"
          + value.get() + "'");
      return Optional.empty();
    }
    return value;
  }

  /**
   * A required, non-empty list of groups, as one check per element that is a group (each knowing
   * its path, such as {@code bands[2]}); every element that is not a group is reported, and an
   * empty list as needing at least one {@code element}.
   */
  Optional<List<ParameterCheck>> groups(String name, String element) {
    if (!has(name)) {
      problem(name, "is required: a list of groups");
      return Optional.empty();
    }
    List<Object> elements;
    try {
      elements = parameters.list(name).orElseThrow();
    } catch (ScoringException e) {
      problem(name, e.getMessage());
      return Optional.empty();
    }
    if (elements.isEmpty()) {
      problem(name, "needs at least one " + element);
    }
    List<ParameterCheck> groups = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      String elementName = name + "[" + i + "]";
      if (elements.get(i) instanceof FormulaParameters group) {
        groups.add(new ParameterCheck(group, qualify(elementName), problems));
      } else {
        Object other = elements.get(i);
        problem(elementName, "must be a group of named values but was "
            + (other instanceof String text ? "'" + text + "'" : other));
      }
    }
    return Optional.of(groups);
  }

  private String qualify(String name) {
    if (path.isEmpty()) {
      return name;
    }
    return name.isEmpty() ? path : path + "." + name;
  }
}
