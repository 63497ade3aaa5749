package io.emulation.core.plugin.internal;

import static java.util.Objects.requireNonNull;

import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.SpiVersion;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the shared discovery needs to know about one kind of plugin: its service interface, how
 * a provider lists its plugins, and how to read a plugin's id, description and version.
 *
 * @param noun the plugin kind in messages, e.g. {@code "formula"}; its plural adds an s
 * @param providerNoun the provider kind in messages, e.g. {@code "scoring formula provider"}
 * @param service the provider interface {@link java.util.ServiceLoader} looks up
 * @param contents the plugins a provider contributes; may return {@code null} (reported)
 * @param providerName a provider's display name
 * @param id a plugin's id
 * @param description a plugin's one-line description
 * @param version the API version a plugin reports; empty text when the kind has none
 * @param incompatibility why a plugin cannot run on this runtime, naming both versions, or empty
 * @param builtIn whether a plugin is one of the core library's own, which alone may use the
 *     reserved {@code emulation} namespace
 * @param rebuildHint what to rebuild a plugin against when it fails to link, e.g. {@code
 *     "io.emulation:emulation-scoring-spi 1.x (this runtime's SPI is 1.0)"}
 * @param <S> the provider type
 * @param <P> the plugin type
 * @since 0.1
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public record PluginType<S, P>(String noun, String providerNoun, Class<S> service, Function<S, List<P>> contents,
    Function<S, String> providerName, Function<P, String> id, Function<P, String> description,
    Function<P, String> version, Function<P, Optional<String>> incompatibility,
    Predicate<P> builtIn, String rebuildHint) {

  /** The namespace only the core library's own plugins may use. */
  public static final String RESERVED_NAMESPACE = "emulation";

  /** What a scoring formula plugin that fails to link must be rebuilt against. */
  public static final String SCORING_SPI_HINT = "io.emulation:emulation-scoring-spi "
      + SpiVersion.current().major() + ".x (this runtime's SPI is " + SpiVersion.CURRENT + ")";

  /** Checks that no part is {@code null}. */
  public PluginType {
    requireNonNull(noun, "noun");
    requireNonNull(providerNoun, "providerNoun");
    requireNonNull(service, "service");
    requireNonNull(contents, "contents");
    requireNonNull(providerName, "providerName");
    requireNonNull(id, "id");
    requireNonNull(description, "description");
    requireNonNull(version, "version");
    requireNonNull(incompatibility, "incompatibility");
    requireNonNull(builtIn, "builtIn");
    requireNonNull(rebuildHint, "rebuildHint");
  }

  /** The error and what to do about it, for a plugin of this type that failed to link. */
  public String linkageAdvice(LinkageError error) {
    return linkageAdvice(error, rebuildHint);
  }

  /** The error and what to do about it: rebuild the plugin against {@code rebuildHint}. */
  public static String linkageAdvice(LinkageError error, String rebuildHint) {
    return error + ". The plugin was compiled against other classes than this runtime has;"
        + " rebuild it against " + rebuildHint;
  }
}
