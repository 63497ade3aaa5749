package io.emulation.core.plugin.internal;

import static java.util.Objects.requireNonNull;

import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.Explanation;
import io.emulation.scoring.spi.SpiVersion;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the shared discovery needs to know about one kind of plugin: its service interface, how
 * a provider lists its plugins, and how to read a plugin's id, description and version.
 *
 * <p>The nouns and the rebuild hint are given in English; reports say those of the core
 * library's own kinds (formulas, condition types, {@link #SCORING_SPI_HINT}, {@link #CORE_HINT})
 * in the reader's language ({@link #nounText()} and the like), any other as written.
 *
 * @param noun the plugin kind in messages, e.g. {@code "formula"}; its plural adds an s
 * @param providerNoun the provider kind in messages, e.g. {@code "scoring formula provider"}
 * @param service the provider interface {@link java.util.ServiceLoader} looks up
 * @param contents the plugins a provider contributes; may return {@code null} (reported)
 * @param providerName a provider's display name
 * @param id a plugin's id
 * @param description a plugin's one-line description
 * @param version the API version a plugin reports; empty text when the kind has none
 * @param incompatibility why a plugin cannot run on this runtime, naming both versions, or empty:
 *     a {@link Message} (such as {@link #incompatibleSpi}) or other {@link Explanation}, which
 *     reports render in the reader's language, or a {@code String}, shown as written
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
    Function<P, String> version, Function<P, ? extends Optional<?>> incompatibility,
    Predicate<P> builtIn, String rebuildHint) {

  /** The namespace only the core library's own plugins may use. */
  public static final String RESERVED_NAMESPACE = "emulation";

  /** What a scoring formula plugin that fails to link must be rebuilt against. */
  public static final String SCORING_SPI_HINT = "io.emulation:emulation-scoring-spi "
      + SpiVersion.current().major() + ".x (this runtime's SPI is " + SpiVersion.CURRENT + ")";

  /** What a condition type plugin that fails to link must be rebuilt against. */
  public static final String CORE_HINT = "the io.emulation:emulation-core version of this host";

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

  /**
   * The error and what to do about it in English, for a plugin of this type that failed to
   * link.
   */
  public String linkageAdvice(LinkageError error) {
    return linkageExplanation(error).toString();
  }

  /**
   * The error and what to do about it in English: rebuild the plugin against {@code
   * rebuildHint}.
   */
  public static String linkageAdvice(LinkageError error, String rebuildHint) {
    return linkageExplanation(error, known(rebuildHint)).toString();
  }

  /** The error and what to do about it, for a plugin of this type that failed to link. */
  public Message linkageExplanation(LinkageError error) {
    return linkageExplanation(error, rebuildHintText());
  }

  /**
   * The error (as Java says it) and what to do about it: rebuild the plugin against {@code
   * rebuildHint}.
   */
  public static Message linkageExplanation(LinkageError error, Explanation rebuildHint) {
    requireNonNull(error, "error");
    return Message.of("plugin.linkage", error.toString(), Message.from(rebuildHint));
  }

  /**
   * Why a plugin built for scoring SPI {@code built} cannot run on {@code runtime}, and which
   * SPI to rebuild it against.
   */
  public static Message incompatibleSpi(SpiVersion built, SpiVersion runtime) {
    return Message.of("plugin.spi.incompatible", built.toString(), runtime.toString(),
        runtime.major() + ".x");
  }

  /**
   * A plugin whose SPI version cannot be read, and how to report it.
   *
   * @param problem what is wrong with the version, as the parser said it
   */
  public static Message unreadableSpi(String problem) {
    return Message.of("plugin.spi.unreadable", String.valueOf(problem));
  }

  /** {@link #SCORING_SPI_HINT} as a message. */
  public static Message scoringSpiHint() {
    return Message.of("plugin.hint.scoringSpi", SpiVersion.current().major() + ".x",
        SpiVersion.CURRENT);
  }

  /** The kind of plugin, e.g. "formula", in the reader's language. */
  public Message nounText() {
    return known(noun);
  }

  /** The kind of plugin in the plural, e.g. "formulas", in the reader's language. */
  public Message pluralText() {
    return known(noun + "s");
  }

  /** The kind of provider, e.g. "scoring formula provider", in the reader's language. */
  public Message providerNounText() {
    return known(providerNoun);
  }

  /** What to rebuild a plugin against, in the reader's language. */
  public Message rebuildHintText() {
    return known(rebuildHint);
  }

  /**
   * The message for one of the English texts of the core library's own plugin kinds (a noun, a
   * plural, a provider noun, a rebuild hint); any other text as written.
   */
  public static Message known(String text) {
    requireNonNull(text, "text");
    if (text.equals(SCORING_SPI_HINT)) {
      return scoringSpiHint();
    }
    return switch (text) {
      case "formula" -> Message.of("plugin.noun.formula");
      case "formulas" -> Message.of("plugin.noun.formulas");
      case "scoring formula provider" -> Message.of("plugin.noun.formulaProvider");
      case "condition type" -> Message.of("plugin.noun.conditionType");
      case "condition types" -> Message.of("plugin.noun.conditionTypes");
      case "condition type provider" -> Message.of("plugin.noun.conditionTypeProvider");
      case CORE_HINT -> Message.of("plugin.hint.core");
      default -> Message.literal(text);
    };
  }
}
