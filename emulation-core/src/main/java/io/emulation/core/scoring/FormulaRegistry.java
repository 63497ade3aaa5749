package io.emulation.core.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.emulation.core.EmulationException;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringFormulaProvider;
import io.emulation.scoring.spi.SpiVersion;
import java.security.CodeSource;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The scoring formulas an evaluator may use, by id. Built from {@link ServiceLoader} discovery
 * (class path and module path) or assembled in code for hosts that manage plugins themselves.
 * Immutable; there is no hidden global registry.
 *
 * <pre>{@code
 * FormulaRegistry all = FormulaRegistry.load();                         // built-ins + plugins
 * FormulaRegistry mine = FormulaRegistry.builder().add(new MyFormula()).build();
 * }</pre>
 *
 * @since 0.1
 */
public final class FormulaRegistry {
  private final ImmutableSortedMap<String, ScoringFormula> formulas;

  private FormulaRegistry(Map<String, ScoringFormula> formulas) {
    this.formulas = ImmutableSortedMap.copyOf(formulas);
  }

  /** Every formula discovered with the class loader that loaded this class. */
  public static FormulaRegistry load() {
    return load(FormulaRegistry.class.getClassLoader());
  }

  /**
   * Every formula that {@link ScoringFormulaProvider}s visible to {@code loader} provide.
   *
   * @throws EmulationException naming the provider that failed to load, two providers of one id,
   *     or a formula built for an incompatible SPI version
   */
  public static FormulaRegistry load(ClassLoader loader) {
    Builder builder = builder();
    ServiceLoader<ScoringFormulaProvider> services =
        ServiceLoader.load(ScoringFormulaProvider.class, loader);
    services.stream()
        .sorted(Comparator.comparing(p -> p.type().getName()))
        .forEach(provider -> builder.addProvider(instantiate(provider)));
    return builder.build();
  }

  /** A builder for a registry assembled in code. */
  public static Builder builder() {
    return new Builder();
  }

  /** The formula with this id. */
  public Optional<ScoringFormula> find(String id) {
    return Optional.ofNullable(formulas.get(id));
  }

  /** The formula ids, sorted. */
  public Collection<String> ids() {
    return formulas.keySet();
  }

  /** The formulas, sorted by id. */
  public Collection<ScoringFormula> formulas() {
    return formulas.values();
  }

  /** Where a formula's class was loaded from, for messages: its jar or class folder. */
  public static String origin(Object plugin) {
    CodeSource source = plugin.getClass().getProtectionDomain().getCodeSource();
    return plugin.getClass().getName()
        + (source == null || source.getLocation() == null ? "" : " (" + source.getLocation() + ")");
  }

  @Override
  public String toString() {
    return "FormulaRegistry" + formulas.keySet();
  }

  private static ScoringFormulaProvider instantiate(
      ServiceLoader.Provider<ScoringFormulaProvider> provider) {
    try {
      return provider.get();
    } catch (RuntimeException | LinkageError e) {
      throw new EmulationException("scoring formula provider " + provider.type().getName()
          + " failed to load: " + e, e);
    }
  }

  /**
   * Collects formulas; {@link #build()} rejects duplicate ids and incompatible SPI versions.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final Map<String, ScoringFormula> formulas = new TreeMap<>();

    private Builder() {}

    /**
     * Adds a formula.
     *
     * @throws EmulationException when another formula already has its id (naming both classes),
     *     its id is malformed, or it was built for an incompatible SPI version
     */
    public Builder add(ScoringFormula formula) {
      requireNonNull(formula, "formula");
      String id = formula.id();
      if (id == null || !ScoringFormula.ID_PATTERN.matcher(id).matches()) {
        throw new EmulationException("formula " + origin(formula) + " has id '" + id
            + "', which is not of the form namespace:name (" + ScoringFormula.ID_PATTERN + ")");
      }
      checkSpiVersion(formula);
      ScoringFormula previous = formulas.putIfAbsent(id, formula);
      if (previous != null) {
        throw new EmulationException("two formulas have the id '" + id + "': "
            + origin(previous) + " and " + origin(formula));
      }
      return this;
    }

    /** Adds every formula of a provider. */
    public Builder addProvider(ScoringFormulaProvider provider) {
      List<ScoringFormula> provided = requireNonNull(provider, "provider").formulas();
      if (provided == null) {
        throw new EmulationException("scoring formula provider " + origin(provider)
            + " returned null instead of a list of formulas");
      }
      provided.forEach(this::add);
      return this;
    }

    /** The registry. */
    public FormulaRegistry build() {
      return new FormulaRegistry(formulas);
    }

    private static void checkSpiVersion(ScoringFormula formula) {
      SpiVersion runtime = SpiVersion.current();
      SpiVersion built;
      try {
        built = SpiVersion.parse(formula.spiVersion());
      } catch (RuntimeException e) {
        throw new EmulationException("formula '" + formula.id() + "' of " + origin(formula)
            + " reports an unreadable SPI version: " + e.getMessage(), e);
      }
      if (!built.isCompatibleWith(runtime)) {
        throw new EmulationException("formula '" + formula.id() + "' of " + origin(formula)
            + " was built for scoring SPI " + built + ", which this runtime's SPI " + runtime
            + " cannot run; rebuild the plugin against SPI " + runtime.major() + ".x");
      }
    }
  }
}
