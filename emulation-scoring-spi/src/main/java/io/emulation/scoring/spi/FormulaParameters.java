package io.emulation.scoring.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters a campaign gives a formula for one criterion, such as {@code maxPoints: 50} or a
 * band table. An immutable, ordered map from name to value, where every value is one of:
 * {@link BigDecimal}, {@link String}, {@link Boolean}, a nested {@code FormulaParameters}, or an
 * unmodifiable {@link List} of those. Integral and decimal Java numbers are converted to
 * {@code BigDecimal} on the way in; {@code null}, NaN and infinities are rejected.
 *
 * <p>The typed getters return {@link Optional#empty()} for an absent parameter and throw a
 * {@link ScoringException} naming the parameter when it is present with the wrong type.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class FormulaParameters {
  private static final FormulaParameters EMPTY = new FormulaParameters(Map.of());

  private final Map<String, Object> values;

  private FormulaParameters(Map<String, Object> values) {
    this.values = values;
  }

  /** No parameters. */
  public static FormulaParameters empty() {
    return EMPTY;
  }

  /**
   * Parameters holding a copy of {@code values}, in their iteration order, converted as the class
   * description says.
   *
   * @throws ScoringException naming the parameter whose value has an unsupported type
   */
  public static FormulaParameters of(Map<String, ?> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      return EMPTY;
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      if (name == null || name.isBlank()) {
        throw new ScoringException("formula parameter names must not be blank");
      }
      copy.put(name, normalize(name, value));
    });
    return new FormulaParameters(Collections.unmodifiableMap(copy));
  }

  /** A builder, for parameters assembled in code. */
  public static Builder builder() {
    return new Builder();
  }

  /** The parameter names, in the order given. */
  public Set<String> names() {
    return values.keySet();
  }

  /** Whether the parameter is present. */
  public boolean contains(String name) {
    return values.containsKey(name);
  }

  /** Whether there are no parameters. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The raw value of a parameter, of one of the types in the class description. */
  public Optional<Object> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** A numeric parameter. */
  public Optional<BigDecimal> decimal(String name) {
    return typed(name, BigDecimal.class, "a number");
  }

  /** A text parameter. */
  public Optional<String> text(String name) {
    return typed(name, String.class, "a text");
  }

  /** A yes/no parameter. */
  public Optional<Boolean> flag(String name) {
    return typed(name, Boolean.class, "true or false");
  }

  /** A nested group of parameters. */
  public Optional<FormulaParameters> group(String name) {
    return typed(name, FormulaParameters.class, "a group of named values");
  }

  /** A list parameter; each element is of a type named in the class description. */
  public Optional<List<Object>> list(String name) {
    Optional<?> list = typed(name, List.class, "a list");
    return list.map(value -> {
      @SuppressWarnings("unchecked") // normalize() only stores List<Object>
      List<Object> elements = (List<Object>) value;
      return elements;
    });
  }

  /**
   * A list whose elements are all groups, such as a band table; throws a {@link
   * ScoringException} naming the element that is not a group.
   */
  public Optional<List<FormulaParameters>> groups(String name) {
    return list(name).map(elements -> {
      List<FormulaParameters> groups = new ArrayList<>(elements.size());
      for (int i = 0; i < elements.size(); i++) {
        if (!(elements.get(i) instanceof FormulaParameters group)) {
          throw new ScoringException("parameter '" + name + "[" + i
              + "]' must be a group of named values but was " + describe(elements.get(i)));
        }
        groups.add(group);
      }
      return List.copyOf(groups);
    });
  }

  /** A numeric parameter that must be present. */
  public BigDecimal requireDecimal(String name) {
    return decimal(name).orElseThrow(() -> missing(name, "a number"));
  }

  /** A list of groups that must be present. */
  public List<FormulaParameters> requireGroups(String name) {
    return groups(name).orElseThrow(() -> missing(name, "a list of groups"));
  }

  /** The parameters as an unmodifiable map, in their order. */
  public Map<String, Object> asMap() {
    return values;
  }

  private <T> Optional<T> typed(String name, Class<T> type, String expected) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!type.isInstance(value)) {
      throw new ScoringException(
          "parameter '" + name + "' must be " + expected + " but was " + describe(value));
    }
    return Optional.of(type.cast(value));
  }

  private static ScoringException missing(String name, String expected) {
    return new ScoringException("parameter '" + name + "' (" + expected + ") is required");
  }

  private static String describe(Object value) {
    if (value instanceof String text) {
      return "'" + text + "'";
    }
    if (value instanceof FormulaParameters) {
      return "a group " + value;
    }
    if (value instanceof List<?>) {
      return "a list " + value;
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return String.valueOf(value);
  }

  private static Object normalize(String name, Object value) {
    if (value == null) {
      throw new ScoringException("parameter '" + name + "' must not be null");
    }
    if (value instanceof BigDecimal || value instanceof String || value instanceof Boolean
        || value instanceof FormulaParameters) {
      return value;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw new ScoringException(
            "parameter '" + name + "' must be a finite number but was " + number);
      }
      return new BigDecimal(value.toString());
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> nested = new LinkedHashMap<>();
      // a null key stays null so that of() rejects it rather than naming a parameter "null"
      map.forEach((key, element) -> nested.put(key == null ? null : String.valueOf(key), element));
      try {
        return of(nested);
      } catch (ScoringException e) {
        throw new ScoringException("in parameter '" + name + "': " + e.getMessage(), e);
      }
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(normalize(name + "[" + i + "]", list.get(i)));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new ScoringException("parameter '" + name + "' has unsupported type "
        + value.getClass().getName() + "; use a number, text, boolean, map or list");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FormulaParameters that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }

  /**
   * Collects parameters in order; {@link #build()} converts them as {@link #of(Map)} does.
   *
   * @since 0.1
   */
  @Api(status = Api.Status.STABLE, since = "0.1")
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets one parameter, replacing an earlier value of the same name. */
    public Builder put(String name, Object value) {
      values.put(name, value);
      return this;
    }

    /** The parameters collected so far. */
    public FormulaParameters build() {
      return of(values);
    }
  }
}
