package io.emulation.core.io;

import com.google.common.collect.ImmutableList;
import io.emulation.core.internal.Suggestions;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the properties of one object of a document, remembering which names were asked for so
 * that {@link #finish()} reports every other name as unknown, with a "did you mean".
 */
final class Fields {
  private final DocNode.Obj object;
  private final Mapping mapping;
  private final Set<String> known = new LinkedHashSet<>();

  private Fields(DocNode.Obj object, Mapping mapping) {
    this.object = object;
    this.mapping = mapping;
  }

  /** The node as an object, or empty with a problem. */
  static Optional<Fields> of(DocNode node, Message what, Mapping mapping) {
    if (node instanceof DocNode.Obj obj) {
      return Optional.of(new Fields(obj, mapping));
    }
    mapping.problem(node, Message.of("io.type.notObject", what, node.describe()));
    return Optional.empty();
  }

  DocNode.Obj node() {
    return object;
  }

  Mapping mapping() {
    return mapping;
  }

  /** A property, if present; marks the name as known. */
  Optional<DocNode> get(String name) {
    known.add(name);
    DocNode.Field field = object.fields().get(name);
    return field == null ? Optional.empty() : Optional.of(field.value());
  }

  /** A property that must be present; a problem when it is not. */
  Optional<DocNode> require(String name) {
    Optional<DocNode> value = get(name);
    if (value.isEmpty()) {
      mapping.problem(object, Message.of("io.property.missing", name));
    }
    return value;
  }

  /** Whether a property is present (without marking it known). */
  boolean has(String name) {
    return object.fields().containsKey(name);
  }

  Optional<String> text(String name) {
    return get(name).flatMap(n -> mapping.text(n, property(name)));
  }

  Optional<String> requiredText(String name) {
    return require(name).flatMap(n -> mapping.text(n, property(name)));
  }

  Optional<BigDecimal> decimal(String name) {
    return get(name).flatMap(n -> mapping.decimal(n, property(name)));
  }

  Optional<BigDecimal> requiredDecimal(String name) {
    return require(name).flatMap(n -> mapping.decimal(n, property(name)));
  }

  Optional<Integer> integer(String name) {
    return get(name).flatMap(n -> mapping.integer(n, property(name)));
  }

  Optional<Integer> requiredInteger(String name) {
    return require(name).flatMap(n -> mapping.integer(n, property(name)));
  }

  Optional<Boolean> flag(String name) {
    return get(name).flatMap(n -> mapping.flag(n, property(name)));
  }

  <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
    return get(name).flatMap(n -> mapping.choice(n, property(name), type));
  }

  <E extends Enum<E>> Optional<E> requiredChoice(String name, Class<E> type) {
    return require(name).flatMap(n -> mapping.choice(n, property(name), type));
  }

  /** A list property; a single value is not a list. */
  Optional<List<DocNode>> list(String name) {
    return get(name).flatMap(n -> asList(n, property(name), mapping));
  }

  /** A list of texts. */
  Optional<List<String>> texts(String name) {
    return list(name).map(items -> {
      List<String> texts = new ArrayList<>();
      items.forEach(item -> mapping.text(item, Message.of("io.what.elementOf", name))
          .ifPresent(texts::add));
      return texts;
    });
  }

  Optional<Fields> object(String name) {
    return get(name).flatMap(n -> of(n, property(name), mapping));
  }

  static Optional<List<DocNode>> asList(DocNode node, Message what, Mapping mapping) {
    if (node instanceof DocNode.Arr arr) {
      return Optional.of(arr.items());
    }
    mapping.problem(node, Message.of("io.type.notList", what, node.describe()));
    return Optional.empty();
  }

  /** Reports every property that was never asked for. */
  void finish() {
    for (DocNode.Field field : object.fields().values()) {
      if (!known.contains(field.name())) {
        mapping.problem(field, object, Message.of("io.property.unknown", field.name(),
            Suggestions.suggestion(field.name(), known), ImmutableList.copyOf(known)));
      }
    }
  }

  /** A property named in messages: {@code 'weight'}. */
  static Message property(String name) {
    return Message.of("io.what.property", name);
  }
}
