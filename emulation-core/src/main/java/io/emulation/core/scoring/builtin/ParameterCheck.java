package io.emulation.core.scoring.builtin;

import com.google.common.collect.ImmutableList;
import io.emulation.core.text.Message;
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

/**
 * Reads a formula's parameters while collecting every problem found, so that one reader serves
 * {@code validate} (which returns the problems), {@code range} and {@code isMonotone} (which need
 * valid parameters) and {@code score} (which throws on invalid ones).
 *
 * <p>Every getter returns {@link Optional#empty()} when the parameter is missing where required,
 * has the wrong type or breaks its bound, after recording a {@link ParameterProblem} whose
 * message is a {@link Message}, so that it reads in the reader's language; a reader
 * can therefore run cross-parameter checks only on values that are present and valid. Not
 * thread-safe: create one per read.
 */
final class ParameterCheck {

  /** What a numeric parameter must satisfy besides being a number. */
  enum Bound {
    /** Any number. */
    ANY(""),
    /** A number greater than zero. */
    POSITIVE("> 0"),
    /** A number zero or greater. */
    NON_NEGATIVE(">= 0");

    /** The condition in symbols, the same in every language. */
    private final String condition;

    Bound(String condition) {
      this.condition = condition;
    }

    /** What a value must be, in words: {@code "a number > 0"}. */
    Message expected() {
      return switch (this) {
        case ANY -> A_NUMBER;
        case POSITIVE -> Message.of("formula.parameter.expected.positive");
        case NON_NEGATIVE -> Message.of("formula.parameter.expected.nonNegative");
      };
    }

    boolean accepts(BigDecimal value) {
      return switch (this) {
        case ANY -> true;
        case POSITIVE -> value.signum() > 0;
        case NON_NEGATIVE -> value.signum() >= 0;
      };
    }
  }

  private static final Message A_NUMBER = Message.of("formula.parameter.expected.number");
  private static final Message A_TEXT = Message.of("formula.parameter.expected.text");
  private static final Message A_LIST = Message.of("formula.parameter.expected.list");

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
      throw Inputs.fail(formulaId, input, Message.of("formula.fault.invalidParameters",
          check.problems.stream().map(ParameterCheck::described).collect(
              ImmutableList.toImmutableList())));
    }
    return result;
  }

  /** A problem as one message: its parameter, a colon and what is wrong, as its toString. */
  private static Message described(ParameterProblem problem) {
    Message what = Message.from(problem.explanation());
    return problem.parameter().isEmpty() ? what
        : Message.of("formula.parameter.problem", problem.parameter(), what);
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
  void problem(String name, Message message) {
    problems.add(ParameterProblem.of(qualify(name), message));
  }

  /** Records a problem for every parameter not named in {@code known}. */
  void allowOnly(String... known) {
    List<String> names = Arrays.asList(known);
    for (String name : parameters.names()) {
      if (!names.contains(name)) {
        problem(name, Message.of("formula.parameter.unknown", ImmutableList.copyOf(names)));
      }
    }
  }

  /** A numeric parameter that must be present and satisfy {@code bound}. */
  Optional<BigDecimal> required(String name, Bound bound) {
    if (!has(name)) {
      problem(name, Message.of("formula.parameter.required", bound.expected()));
      return Optional.empty();
    }
    return optional(name, bound);
  }

  /** A numeric parameter that may be absent (then empty, with no problem) or satisfy bound. */
  Optional<BigDecimal> optional(String name, Bound bound) {
    Optional<BigDecimal> value = typed(name, BigDecimal.class, A_NUMBER);
    if (value.isPresent() && !bound.accepts(value.get())) {
      problem(name, Message.of("formula.parameter.outOfBound", bound.condition,
          Numbers.exact(value.get())));
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
    if (!has(name)) {
      return Optional.of(fallback);
    }
    Optional<String> value = typed(name, String.class, A_TEXT);
    if (value.isPresent() && !Arrays.asList(allowed).contains(value.get())) {
      problem(name, Message.of("formula.parameter.notOneOf", ImmutableList.copyOf(allowed),
          value.get()));
      return Optional.empty();
    }
    return value;
  }

  /**
   * A required, non-empty list of groups, as one check per element that is a group (each knowing
   * its path, such as {@code bands[2]}); every element that is not a group is reported, and an
   * empty list as needing at least one {@code element}.
   */
  Optional<List<ParameterCheck>> groups(String name, Message element) {
    if (!has(name)) {
      problem(name, Message.of("formula.parameter.required",
          Message.of("formula.parameter.expected.groups")));
      return Optional.empty();
    }
    Optional<List<?>> list = typed(name, List.class, A_LIST)
        .map(value -> (List<?>) value);
    if (list.isEmpty()) {
      return Optional.empty();
    }
    List<?> elements = list.get();
    if (elements.isEmpty()) {
      problem(name, Message.of("formula.parameter.noElement", element));
    }
    List<ParameterCheck> groups = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      String elementName = name + "[" + i + "]";
      if (elements.get(i) instanceof FormulaParameters group) {
        groups.add(new ParameterCheck(group, qualify(elementName), problems));
      } else {
        Object other = elements.get(i);
        problem(elementName, Message.of("formula.parameter.notGroup", value(other)));
      }
    }
    return Optional.of(groups);
  }

  /**
   * The parameter's value when it is of {@code type}; empty when it is absent, or (after
   * recording a problem) of another type.
   */
  private <T> Optional<T> typed(String name, Class<T> type, Message expected) {
    Optional<Object> value = parameters.get(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!type.isInstance(value.get())) {
      problem(name, Message.of("formula.parameter.wrongType", name, expected,
          value(value.get())));
      return Optional.empty();
    }
    return Optional.of(type.cast(value.get()));
  }

  /**
   * A value as a problem shows it: text in quotes, a number as given, a group or list after
   * saying which it is.
   */
  private static Object value(Object value) {
    if (value instanceof String text) {
      return "'" + text + "'";
    }
    if (value instanceof FormulaParameters group) {
      return Message.of("formula.parameter.value.group", group.toString());
    }
    if (value instanceof List<?> list) {
      return Message.of("formula.parameter.value.list", list.toString());
    }
    return value instanceof BigDecimal number ? number : String.valueOf(value);
  }

  private String qualify(String name) {
    if (path.isEmpty()) {
      return name;
    }
    return name.isEmpty() ? path : path + "." + name;
  }
}
