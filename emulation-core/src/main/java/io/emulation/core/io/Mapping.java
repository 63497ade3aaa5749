package io.emulation.core.io;

import io.emulation.core.Problem;
import io.emulation.core.ProblemsException;
import io.emulation.core.internal.Suggestions;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The state of mapping one document to the domain: the problems found so far, each at
 * {@code file:line:column} with its JSON path, and where each domain object came from, so that a
 * problem the domain reports ({@code criteria/output/weight}) points back into the file.
 */
final class Mapping {
  private final String file;
  private final List<Problem> problems;
  private final Map<String, DocNode> origins = new HashMap<>();

  Mapping(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  String file() {
    return file;
  }

  List<Problem> problems() {
    return problems;
  }

  /** How many problems were found, including any a {@link ProblemList} did not keep. */
  int problemCount() {
    return problems instanceof ProblemList list ? list.count() : problems.size();
  }

  /** A problem at a node. */
  void problem(DocNode node, Message message) {
    problems.add(Problem.at(where(node), message));
  }

  /** A problem at an object's key. */
  void problem(DocNode.Field field, DocNode parent, Message message) {
    problems.add(Problem.at(field.keyLocation() + " " + parent.path() + "." + field.name(),
        message));
  }

  static String where(DocNode node) {
    return node.location() + " " + node.path();
  }

  /**
   * Remembers that the domain path (as domain problems name it) was read from a node; a later
   * node of the same path wins, so a duplicate points at the second occurrence.
   */
  void origin(String domainPath, DocNode node) {
    origins.put(domainPath, node);
  }

  /**
   * Adds domain problems, located at the node their domain path (or its longest known prefix)
   * came from.
   */
  void domainProblems(List<Problem> domain, DocNode fallback) {
    for (Problem p : domain) {
      String path = p.location();
      DocNode node = null;
      while (node == null && !path.isEmpty()) {
        node = origins.get(path);
        int slash = path.lastIndexOf('/');
        path = slash < 0 ? "" : path.substring(0, slash);
      }
      problems.add(Problem.at(where(node == null ? fallback : node), p.message()));
    }
  }

  /**
   * Builds a domain value, turning a rejection by its constructor or builder into problems at
   * the node; empty when rejected. A precondition failure's text is English (the domain's
   * checks of single values), kept as written.
   */
  <T> Optional<T> build(DocNode node, Supplier<T> builder) {
    try {
      return Optional.ofNullable(builder.get());
    } catch (ProblemsException e) {
      domainProblems(e.problems(), node);
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      problem(node, Message.literal(String.valueOf(e.getMessage())));
    }
    return Optional.empty();
  }

  /** An enum constant from {@code kebab-case} or {@code UPPER_SNAKE} text. */
  <E extends Enum<E>> Optional<E> choice(DocNode node, Message what, Class<E> type) {
    Optional<String> text = text(node, what);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String wanted = text.get().trim().replace('-', '_').toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return Optional.of(constant);
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      allowed.add(kebab(constant));
    }
    problem(node, Message.of("io.choice.unknown", what, allowed, text.get(),
        Suggestions.suggestion(text.get(), allowed)));
    return Optional.empty();
  }

  /** Text from any non-null scalar (YAML writes {@code 2021} as a number). */
  Optional<String> text(DocNode node, Message what) {
    if (node instanceof DocNode.Scalar scalar && !scalar.isNull()) {
      return Optional.of(scalar.text());
    }
    problem(node, Message.of("io.type.notText", what, node.describe()));
    return Optional.empty();
  }

  /** A number, written as one (a quoted number is text). */
  Optional<BigDecimal> decimal(DocNode node, Message what) {
    if (node instanceof DocNode.Scalar scalar && scalar.numeric()) {
      // a number out of range is already reported by the parser
      return Optional.ofNullable(scalar.number());
    }
    problem(node, Message.of("io.type.notNumber", what, node.describe()));
    return Optional.empty();
  }

  /** A whole number. */
  Optional<Integer> integer(DocNode node, Message what) {
    return decimal(node, what).flatMap(value -> {
      try {
        return Optional.of(value.intValueExact());
      } catch (ArithmeticException e) {
        problem(node, Message.of("io.type.notWholeNumber", what, value));
        return Optional.empty();
      }
    });
  }

  /** A boolean. */
  Optional<Boolean> flag(DocNode node, Message what) {
    if (node instanceof DocNode.Scalar scalar && scalar.bool() != null) {
      return Optional.of(scalar.bool());
    }
    problem(node, Message.of("io.type.notBoolean", what, node.describe()));
    return Optional.empty();
  }

  /** An enum constant as written in documents. */
  static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
