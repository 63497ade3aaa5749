package io.emulation.core.award;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.emulation.core.EmulationException;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.internal.Suggestions;
import io.emulation.core.plugin.LoadReport;
import io.emulation.core.plugin.PluginInfo;
import io.emulation.core.plugin.PluginLoadException;
import io.emulation.core.plugin.internal.PluginCatalog;
import io.emulation.core.plugin.internal.PluginDiscovery;
import io.emulation.core.plugin.internal.PluginType;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The custom condition types a rule definition may use, by id: discovered with {@link
 * ServiceLoader} or assembled in code. Immutable; there is no global registry. Discovery and its
 * {@link LoadReport} work as for scoring formulas ({@link
 * io.emulation.core.scoring.FormulaRegistry}): ids are {@code namespace:name} and unique, the
 * {@code emulation} namespace is reserved (the core library provides no condition types through
 * this path, so no plugin may use it), and every failure is reported as data. Condition types
 * are versioned with the core library, so they report no SPI version.
 *
 * @since 0.1
 */
public final class ConditionRegistry {
  private static final PluginType<ConditionTypeProvider, ConditionType> TYPE = new PluginType<>(
      "condition type", "condition type provider", ConditionTypeProvider.class,
      ConditionTypeProvider::conditionTypes, p -> p.getClass().getName(), ConditionType::id,
      ConditionType::description, type -> "", type -> Optional.empty(), type -> false,
      "the io.emulation:emulation-core version of this host");

  private final ImmutableSortedMap<String, ConditionType> types;
  private final ImmutableList<PluginInfo> listing;

  private ConditionRegistry(Map<String, ConditionType> types, List<PluginInfo> listing) {
    this.types = ImmutableSortedMap.copyOf(types);
    this.listing = ImmutableList.copyOf(listing);
  }

  /**
   * Every condition type discovered with the class loader that loaded this class.
   *
   * @throws PluginLoadException listing every provider or type that failed to load
   */
  public static ConditionRegistry load() {
    return load(ConditionRegistry.class.getClassLoader());
  }

  /**
   * Every condition type the {@link ConditionTypeProvider}s visible to {@code loader} provide, or
   * nothing if any fails: {@code discover(loader).registryOrThrow()}.
   *
   * @throws PluginLoadException naming every provider that fails to load and every id claimed
   *     twice, malformed or in the reserved namespace
   */
  public static ConditionRegistry load(ClassLoader loader) {
    return discover(loader).registryOrThrow();
  }

  /**
   * Discovers the condition types the providers visible to {@code loader} contribute, reporting
   * each failure as data; the registry holds everything that loaded.
   */
  public static LoadReport<ConditionRegistry> discover(ClassLoader loader) {
    return PluginDiscovery.of(TYPE).discover(loader, ConditionRegistry::new);
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

  /** A listing entry per condition type (id, description, provider, class and jar), by id. */
  public ImmutableList<PluginInfo> listing() {
    return listing;
  }

  /**
   * A condition of a registered type, wrapped in {@link Conditions.Custom} so it compares and
   * serializes by type id and parameters.
   *
   * @throws InvalidDefinitionException naming an unknown type or every parameter problem
   */
  public Condition create(String typeId, FormulaParameters parameters) {
    ConditionType type = find(typeId).orElseThrow(() -> new InvalidDefinitionException(
        Message.of("condition.what"), List.of(Problem.at("conditions/" + typeId,
            Message.of("io.condition.unknownType", typeId,
                Suggestions.suggestion(typeId, types.keySet()),
                ImmutableList.copyOf(types.keySet()))))));
    List<ParameterProblem> problems = type.validate(parameters);
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(Message.of("condition.what.type", typeId),
          problems.stream()
              .map(p -> Problem.at("conditions/" + typeId + "/" + p.parameter(),
                  Message.from(p.explanation())))
              .toList());
    }
    return new Conditions.Custom(typeId, parameters, type.create(parameters));
  }

  @Override
  public String toString() {
    return "ConditionRegistry" + types.keySet();
  }

  /**
   * Collects condition types; rejects malformed, reserved and duplicate ids.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final PluginCatalog<ConditionType> catalog = new PluginCatalog<>(TYPE);

    private Builder() {}

    /**
     * Adds a type.
     *
     * @throws EmulationException when its id is malformed or in the reserved {@code emulation}
     *     namespace, or another type has it (naming both classes and jars)
     */
    public Builder add(ConditionType type) {
      catalog.add(requireNonNull(type, "type"), "");
      return this;
    }

    /** The registry. */
    public ConditionRegistry build() {
      return new ConditionRegistry(catalog.plugins(), catalog.listing());
    }
  }
}
