package io.emulation.core.award;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.emulation.core.EmulationException;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.ScoringFormula;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The custom condition types a rule definition may use, by id: discovered with {@link
 * ServiceLoader} or assembled in code. Immutable; there is no global registry.
 *
 * @since 0.1
 */
public final class ConditionRegistry {
  private final ImmutableSortedMap<String, ConditionType> types;

  private ConditionRegistry(Map<String, ConditionType> types) {
    this.types = ImmutableSortedMap.copyOf(types);
  }

  /** Every condition type discovered with the class loader that loaded this class. */
  public static ConditionRegistry load() {
    return load(ConditionRegistry.class.getClassLoader());
  }

  /**
   * Every condition type the {@link ConditionTypeProvider}s visible to {@code loader} provide.
   *
   * @throws EmulationException naming a provider that fails to load or two types of one id
   */
  public static ConditionRegistry load(ClassLoader loader) {
    Builder builder = builder();
    ServiceLoader.load(ConditionTypeProvider.class, loader).stream()
        .sorted(Comparator.comparing(p -> p.type().getName()))
        .forEach(provider -> {
          try {
            provider.get().conditionTypes().forEach(builder::add);
          } catch (RuntimeException | LinkageError e) {
            throw new EmulationException("condition type provider " + provider.type().getName()
                + " failed to load: " + e, e);
          }
        });
    return builder.build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The type with this id. */
  public Optional<ConditionType> find(String id) {
    return Optional.ofNullable(types.get(id));
  }

  /** The ids, sorted. */
  public Collection<String> ids() {
    return types.keySet();
  }

  /**
   * A condition of a registered type, wrapped in {@link Conditions.Custom} so it compares and
   * serializes by type id and parameters.
   *
   * @throws InvalidDefinitionException naming an unknown type or every parameter problem
   */
  public Condition create(String typeId, FormulaParameters parameters) {
    ConditionType type = find(typeId).orElseThrow(() -> new InvalidDefinitionException(
        "condition", List.of(Problem.at("conditions/" + typeId, "unknown condition type '"
            + typeId + "'; known types: " + types.keySet()))));
    List<ParameterProblem> problems = type.validate(parameters);
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException("condition '" + typeId + "'", problems.stream()
          .map(p -> Problem.at("conditions/" + typeId + "/" + p.parameter(), p.message()))
          .toList());
    }
    return new Conditions.Custom(typeId, parameters, type.create(parameters));
  }

  /**
   * Collects condition types; rejects malformed and duplicate ids.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final Map<String, ConditionType> types = new TreeMap<>();

    private Builder() {}

    /** Adds a type. */
    public Builder add(ConditionType type) {
      requireNonNull(type, "type");
      String id = type.id();
      if (id == null || !ScoringFormula.ID_PATTERN.matcher(id).matches()) {
        throw new EmulationException("condition type " + FormulaRegistry.origin(type)
            + " has id '" + id + "', which is not of the form namespace:name");
      }
      ConditionType previous = types.putIfAbsent(id, type);
      if (previous != null) {
        throw new EmulationException("two condition types have the id '" + id + "': "
            + FormulaRegistry.origin(previous) + " and " + FormulaRegistry.origin(type));
      }
      return this;
    }

    /** The registry. */
    public ConditionRegistry build() {
      return new ConditionRegistry(types);
    }
  }
}
