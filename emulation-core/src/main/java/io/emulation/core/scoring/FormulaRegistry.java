package io.emulation.core.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.emulation.core.EmulationException;
import io.emulation.core.plugin.LoadReport;
import io.emulation.core.plugin.PluginInfo;
import io.emulation.core.plugin.PluginLoadException;
import io.emulation.core.plugin.PluginSource;
import io.emulation.core.plugin.internal.PluginCatalog;
import io.emulation.core.plugin.internal.PluginDiscovery;
import io.emulation.core.plugin.internal.PluginType;
import io.emulation.core.scoring.builtin.BuiltInFormulas;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringFormulaProvider;
import io.emulation.scoring.spi.SpiVersion;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The scoring formulas an evaluator may use, by id. Built from {@link ServiceLoader} discovery
 * (class path and module path) or assembled in code for hosts that manage plugins themselves.
 * Immutable; there is no hidden global registry.
 *
 * <pre>{@code
 * FormulaRegistry all = FormulaRegistry.load();                         // built-ins + plugins
 * LoadReport<FormulaRegistry> report = FormulaRegistry.discover(loader);  // failures as data
 * FormulaRegistry mine = FormulaRegistry.builder().add(new MyFormula()).build();
 * }</pre>
 *
 * <p>Every formula is checked on the way in: its id must match {@link ScoringFormula#ID_PATTERN}
 * and be unique; the {@code emulation} namespace is reserved for the formulas of {@link
 * BuiltInFormulas}; and the SPI version it reports must be compatible with this runtime's ({@link
 * SpiVersion#isCompatibleWith}). Loading a plugin never changes a campaign: a campaign names the
 * formula ids it uses and is compiled against the registry it is given.
 *
 * @since 0.1
 */
public final class FormulaRegistry {
  private static final PluginType<ScoringFormulaProvider, ScoringFormula> TYPE = new PluginType<>(
      "formula", "scoring formula provider", ScoringFormulaProvider.class,
      ScoringFormulaProvider::formulas, ScoringFormulaProvider::name, ScoringFormula::id,
      ScoringFormula::description, ScoringFormula::spiVersion, FormulaRegistry::incompatibility,
      BuiltInFormulas::isBuiltIn, PluginType.SCORING_SPI_HINT);

  private final ImmutableSortedMap<String, ScoringFormula> formulas;
  private final ImmutableList<PluginInfo> listing;

  private FormulaRegistry(Map<String, ScoringFormula> formulas, List<PluginInfo> listing) {
    this.formulas = ImmutableSortedMap.copyOf(formulas);
    this.listing = ImmutableList.copyOf(listing);
  }

  /**
   * Every formula discovered with the class loader that loaded this class.
   *
   * @throws PluginLoadException listing every provider or formula that failed to load
   */
  public static FormulaRegistry load() {
    return load(FormulaRegistry.class.getClassLoader());
  }

  /**
   * Every formula that {@link ScoringFormulaProvider}s visible to {@code loader} provide, or
   * nothing if any of them fails: {@code discover(loader).registryOrThrow()}.
   *
   * @throws PluginLoadException listing every provider that failed to load, every id claimed
   *     twice, and every formula built for an incompatible SPI version or in the reserved
   *     namespace
   */
  public static FormulaRegistry load(ClassLoader loader) {
    return discover(loader).registryOrThrow();
  }

  /**
   * Discovers the formulas that {@link ScoringFormulaProvider}s visible to {@code loader} (on the
   * class path, through {@code META-INF/services}, and on the module path, through {@code
   * provides}) contribute, reporting each failure as data instead of throwing: the registry holds
   * everything that loaded. Providers are found afresh on every call; nothing is cached.
   */
  public static LoadReport<FormulaRegistry> discover(ClassLoader loader) {
    return PluginDiscovery.of(TYPE).discover(loader, FormulaRegistry::new);
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

  /**
   * A listing entry per formula (id, description, SPI version, provider, class and jar), sorted
   * by id, for a command-line tool or a log.
   */
  public ImmutableList<PluginInfo> listing() {
    return listing;
  }

  /**
   * Whether a formula is one of the core library's built-ins, which alone may use the reserved
   * {@code emulation} namespace (see {@link BuiltInFormulas#isBuiltIn}).
   *
   * @since 0.1
   */
  public static boolean isBuiltIn(ScoringFormula formula) {
    return BuiltInFormulas.isBuiltIn(formula);
  }

  /**
   * Where a formula's class was loaded from, for messages: its class name and its jar or class
   * folder (and module, on the module path).
   */
  public static String origin(Object plugin) {
    return PluginSource.ofInstance(plugin).toString();
  }

  @Override
  public String toString() {
    return "FormulaRegistry" + formulas.keySet();
  }

  private static Optional<Message> incompatibility(ScoringFormula formula) {
    SpiVersion runtime = SpiVersion.current();
    SpiVersion built;
    try {
      built = SpiVersion.parse(formula.spiVersion());
    } catch (ScoringException | NullPointerException e) {
      return Optional.of(PluginType.unreadableSpi(e.getMessage()));
    }
    if (built.isCompatibleWith(runtime)) {
      return Optional.empty();
    }
    return Optional.of(PluginType.incompatibleSpi(built, runtime));
  }

  /**
   * Collects formulas; each {@link #add} checks the formula and rejects a duplicate id at once.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final PluginCatalog<ScoringFormula> catalog = new PluginCatalog<>(TYPE);

    private Builder() {}

    /**
     * Adds a formula.
     *
     * @throws EmulationException when another formula already has its id (naming both classes
     *     and jars), its id is malformed or in the reserved {@code emulation} namespace, or it
     *     was built for an incompatible SPI version (naming both versions)
     */
    public Builder add(ScoringFormula formula) {
      catalog.add(requireNonNull(formula, "formula"), "");
      return this;
    }

    /**
     * Adds every formula of a provider.
     *
     * @throws EmulationException when the provider returns {@code null}, or as {@link #add} does
     */
    public Builder addProvider(ScoringFormulaProvider provider) {
      List<ScoringFormula> provided = requireNonNull(provider, "provider").formulas();
      if (provided == null) {
        throw new EmulationException(Message.of("plugin.provider.returnedNull",
            Message.of("plugin.provider.subject", TYPE.providerNounText(),
                PluginSource.ofInstance(provider).explanation()),
            TYPE.pluralText()));
      }
      provided.forEach(formula -> catalog.add(requireNonNull(formula, "formula of "
          + origin(provider)), provider.name()));
      return this;
    }

    /** The registry. */
    public FormulaRegistry build() {
      return new FormulaRegistry(catalog.plugins(), catalog.listing());
    }
  }
}
