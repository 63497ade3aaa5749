package io.emulation.core.plugin.internal;

import static java.util.Objects.requireNonNull;

import io.emulation.core.plugin.LoadFailure;
import io.emulation.core.plugin.PluginInfo;
import io.emulation.core.plugin.PluginSource;
import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.ScoringFormula;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The plugins of one registry being assembled, by id: checks each plugin as it is added (id of
 * the form {@code namespace:name}, the reserved namespace, the version it was built for, a unique
 * id) and keeps a listing entry for it. Both registries' builders and discovery use it. Not
 * thread-safe.
 *
 * @param <P> the plugin type
 * @since 0.1
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public final class PluginCatalog<P> {
  private final PluginType<?, P> type;
  private final Map<String, P> plugins = new TreeMap<>();
  private final Map<String, PluginInfo> listing = new TreeMap<>();

  /** An empty catalog of plugins of this type. */
  public PluginCatalog(PluginType<?, P> type) {
    this.type = requireNonNull(type, "type");
  }

  /**
   * Checks a plugin and adds it.
   *
   * @param provider the name of the provider that contributed it; empty when added in code
   * @throws PluginRejectedException when the plugin fails a check of {@link #check} or another
   *     plugin already has its id (naming both classes and jars)
   */
  public void add(P plugin, String provider) {
    PluginInfo info = check(plugin, provider);
    P previous = plugins.putIfAbsent(info.id(), plugin);
    if (previous != null) {
      throw new PluginRejectedException(LoadFailure.Kind.DUPLICATE_ID, info.id(),
          duplicateMessage(info.id(), List.of(listing.get(info.id()).source(), info.source())),
          null);
    }
    listing.put(info.id(), info);
  }

  /**
   * Checks a plugin on its own (everything but uniqueness) and describes it.
   *
   * @throws PluginRejectedException for a malformed id, the reserved namespace used by a plugin
   *     that is not built in, an incompatible version, or a plugin that fails when asked
   */
  public PluginInfo check(P plugin, String provider) {
    requireNonNull(plugin, type.noun());
    PluginSource source = PluginSource.ofInstance(plugin);
    String id = read(plugin, "", source, "id()", type.id());
    if (id == null || !ScoringFormula.ID_PATTERN.matcher(id).matches()) {
      throw new PluginRejectedException(LoadFailure.Kind.MALFORMED_ID, "", type.noun() + " "
          + source + " has id '" + id + "', which is not of the form namespace:name", null);
    }
    if (id.startsWith(PluginType.RESERVED_NAMESPACE + ":") && !type.builtIn().test(plugin)) {
      throw new PluginRejectedException(LoadFailure.Kind.RESERVED_NAMESPACE, id, type.noun()
          + " '" + id + "' of " + source + " uses the namespace '"
          + PluginType.RESERVED_NAMESPACE + "', which is reserved for the " + type.noun()
          + "s built into Emulation; give it an id in a namespace of your own, such as "
          + "'acme.safety:" + id.substring(id.indexOf(':') + 1) + "'", null);
    }
    Optional<String> incompatible = read(plugin, id, source, "its version", type.incompatibility());
    if (incompatible.isPresent()) {
      throw new PluginRejectedException(LoadFailure.Kind.INCOMPATIBLE, id,
          type.noun() + " '" + id + "' of " + source + " " + incompatible.get(), null);
    }
    String description = read(plugin, id, source, "description()", type.description());
    String version = read(plugin, id, source, "its version", type.version());
    if (description == null || version == null) {
      throw new PluginRejectedException(LoadFailure.Kind.PLUGIN_FAILED, id, type.noun() + " '"
          + id + "' of " + source + " returned null from "
          + (description == null ? "description()" : "its version"), null);
    }
    return new PluginInfo(id, description, version, provider, source);
  }

  /** The message for plugins that share an id, naming every class and jar. */
  public String duplicateMessage(String id, List<PluginSource> sources) {
    List<String> named = new ArrayList<>();
    sources.forEach(s -> named.add(s.toString()));
    return (sources.size() == 2 ? "two " : sources.size() + " ") + type.noun() + "s have the id '"
        + id + "': " + String.join(" and ", named) + "; remove all but one of them";
  }

  /** The plugins added, by id. */
  public Map<String, P> plugins() {
    return plugins;
  }

  /** A listing entry per plugin added, by id. */
  public List<PluginInfo> listing() {
    return List.copyOf(listing.values());
  }

  /** The plugin type. */
  public PluginType<?, P> type() {
    return type;
  }

  private <T> T read(P plugin, String id, PluginSource source, String what,
      Function<P, T> reader) {
    String subject = type.noun() + (id.isEmpty() ? "" : " '" + id + "'") + " of " + source;
    try {
      return reader.apply(plugin);
    } catch (LinkageError e) {
      throw new PluginRejectedException(LoadFailure.Kind.INCOMPATIBLE, id,
          subject + " failed in " + what + ": " + type.linkageAdvice(e), e);
    } catch (RuntimeException e) {
      throw new PluginRejectedException(LoadFailure.Kind.PLUGIN_FAILED, id,
          subject + " failed in " + what + ": " + e, e);
    }
  }
}
