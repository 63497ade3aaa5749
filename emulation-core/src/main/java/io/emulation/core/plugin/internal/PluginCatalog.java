package io.emulation.core.plugin.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.plugin.LoadFailure;
import io.emulation.core.plugin.PluginInfo;
import io.emulation.core.plugin.PluginSource;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.Explanation;
import io.emulation.scoring.spi.ScoringFormula;
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
  private static final Message ID = Message.literal("id()");
  private static final Message DESCRIPTION = Message.literal("description()");
  private static final Message VERSION = Message.of("plugin.part.version");

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
          duplicateExplanation(info.id(), List.of(listing.get(info.id()).source(),
              info.source())), null);
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
    String id = read(plugin, "", source, ID, type.id());
    if (id == null || !ScoringFormula.ID_PATTERN.matcher(id).matches()) {
      throw new PluginRejectedException(LoadFailure.Kind.MALFORMED_ID, "",
          Message.of("plugin.id.malformed", type.nounText(), String.valueOf(id),
              source.explanation()), null);
    }
    if (id.startsWith(PluginType.RESERVED_NAMESPACE + ":") && !type.builtIn().test(plugin)) {
      throw new PluginRejectedException(LoadFailure.Kind.RESERVED_NAMESPACE, id,
          Message.of("plugin.id.reserved", type.nounText(), id, source.explanation(),
              PluginType.RESERVED_NAMESPACE, type.pluralText(),
              "acme.safety:" + id.substring(id.indexOf(':') + 1)), null);
    }
    Optional<?> incompatible = read(plugin, id, source, VERSION, type.incompatibility());
    if (incompatible.isPresent()) {
      throw new PluginRejectedException(LoadFailure.Kind.INCOMPATIBLE, id,
          Message.of("plugin.incompatible", type.nounText(), id, source.explanation(),
              explanation(incompatible.get())), null);
    }
    String description = read(plugin, id, source, DESCRIPTION, type.description());
    String version = read(plugin, id, source, VERSION, type.version());
    if (description == null || version == null) {
      throw new PluginRejectedException(LoadFailure.Kind.PLUGIN_FAILED, id,
          Message.of("plugin.returnedNull", type.nounText(), id, source.explanation(),
              description == null ? DESCRIPTION : VERSION), null);
    }
    return new PluginInfo(id, description, version, provider, source);
  }

  /** The message for plugins that share an id, naming every class and jar, in English. */
  public String duplicateMessage(String id, List<PluginSource> sources) {
    return duplicateExplanation(id, sources).toString();
  }

  /**
   * The message for two or more plugins that share an id, naming every class and jar and what
   * to do.
   */
  public Message duplicateExplanation(String id, List<PluginSource> sources) {
    requireNonNull(id, "id");
    checkArgument(sources.size() >= 2, "a duplicate id needs two or more plugins");
    ImmutableList<Message> first = sources.subList(0, sources.size() - 1).stream()
        .map(PluginSource::explanation).collect(ImmutableList.toImmutableList());
    Message last = sources.get(sources.size() - 1).explanation();
    return sources.size() == 2
        ? Message.of("plugin.duplicateId.two", sources.size(), type.pluralText(), id, first, last)
        : Message.of("plugin.duplicateId.many", sources.size(), type.pluralText(), id, first,
            last);
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

  private <T> T read(P plugin, String id, PluginSource source, Message what,
      Function<P, T> reader) {
    try {
      return reader.apply(plugin);
    } catch (LinkageError e) {
      throw new PluginRejectedException(LoadFailure.Kind.INCOMPATIBLE, id,
          Message.of("plugin.failedIn", subject(id, source), what, type.linkageExplanation(e)),
          e);
    } catch (RuntimeException e) {
      throw new PluginRejectedException(LoadFailure.Kind.PLUGIN_FAILED, id,
          Message.of("plugin.failedIn", subject(id, source), what, e.toString()), e);
    }
  }

  private Message subject(String id, PluginSource source) {
    return id.isEmpty() ? Message.of("plugin.subject", type.nounText(), source.explanation())
        : Message.of("plugin.subjectWithId", type.nounText(), id, source.explanation());
  }

  /** A reason a plugin cannot run: a message or explanation as it is, other text as written. */
  private static Message explanation(Object reason) {
    return reason instanceof Explanation explanation ? Message.from(explanation)
        : Message.literal(String.valueOf(reason));
  }
}
