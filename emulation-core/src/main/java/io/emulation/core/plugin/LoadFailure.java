package io.emulation.core.plugin;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Api;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * One provider or plugin that discovery could not load, and why. The message is complete on its
 * own: it names the plugin id (when known), its class and jar, and what to do about it, in the
 * operator's language ({@link #describe(Locale)}).
 *
 * @param kind what went wrong
 * @param pluginId the id of the plugin concerned; empty when the failure happened before any id
 *     was known (a provider that could not be found or instantiated)
 * @param sources the classes involved and their jars: one, or every class claiming the same id
 *     for {@link Kind#DUPLICATE_ID}; empty only when {@link java.util.ServiceLoader} could not
 *     even name a class (a malformed services file)
 * @param message what went wrong, naming id, classes, jars and the remedy; never blank (its
 *     {@code toString()} is English)
 * @param cause the exception or error caught, for logs; empty when there was none
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record LoadFailure(Kind kind, String pluginId, ImmutableList<PluginSource> sources,
    Message message, Optional<Throwable> cause) implements Comparable<LoadFailure> {

  private static final Comparator<LoadFailure> ORDER = Comparator
      .comparing(LoadFailure::pluginId)
      .thenComparing(f -> f.sources().isEmpty() ? "" : f.sources().get(0).className())
      .thenComparing(f -> f.message().toString());

  /** Checks that no part is {@code null} and the message is not blank. */
  public LoadFailure {
    requireNonNull(kind, "kind");
    requireNonNull(pluginId, "pluginId");
    requireNonNull(sources, "sources");
    requireNonNull(message, "message");
    requireNonNull(cause, "cause");
    if (message.toString().isBlank()) {
      throw new IllegalArgumentException("a load failure needs a message");
    }
  }

  /** A failure explained by text that is the same in every language. */
  public LoadFailure(Kind kind, String pluginId, ImmutableList<PluginSource> sources,
      String message, Optional<Throwable> cause) {
    this(kind, pluginId, sources, Message.literal(requireNonNull(message, "message")), cause);
  }

  /** What went wrong and what to do about it, in the given language. */
  public String describe(Locale locale) {
    return message.in(requireNonNull(locale, "locale"));
  }

  /** Orders failures by plugin id, then class name, then message, so reports never vary. */
  @Override
  public int compareTo(LoadFailure other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return kind + ": " + message;
  }

  /**
   * What went wrong while loading.
   *
   * @since 0.1
   */
  @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /**
     * {@link java.util.ServiceLoader} could not find, load or instantiate a provider (a services
     * file naming a missing class, a constructor that threw), or the provider failed to list its
     * plugins.
     */
    PROVIDER_FAILED,
    /**
     * The plugin was built for an incompatible API: it reports an SPI major version (or a newer
     * minor version) this runtime cannot run, or a {@link LinkageError} showed it was compiled
     * against other classes than this runtime's.
     */
    INCOMPATIBLE,
    /** The plugin's id is not of the form {@code namespace:name}. */
    MALFORMED_ID,
    /** The plugin uses the {@code emulation} namespace, which only the built-ins may use. */
    RESERVED_NAMESPACE,
    /** Two or more plugins have the same id; none of them was loaded. */
    DUPLICATE_ID,
    /** The plugin itself failed while describing itself ({@code id()} or the like threw). */
    PLUGIN_FAILED
  }
}
