package io.emulation.core.plugin.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.plugin.LoadFailure;
import io.emulation.core.plugin.LoadReport;
import io.emulation.core.plugin.PluginInfo;
import io.emulation.core.plugin.PluginSource;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Api;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discovers the plugins of one type with {@link ServiceLoader}, turning every failure into a
 * {@link LoadFailure} instead of an exception: a services file naming a missing class, a provider
 * whose constructor throws, a {@link LinkageError} from a plugin built against other classes, a
 * malformed or reserved id, an incompatible version, and ids claimed by more than one plugin
 * (none of which is then loaded, so the outcome never depends on class-path order). Everything
 * else loads.
 *
 * @param <S> the provider type
 * @param <P> the plugin type
 * @since 0.1
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public final class PluginDiscovery<S, P> {
  /** ServiceLoader's way of naming the provider class in its errors. */
  private static final Pattern PROVIDER = Pattern.compile("Provider ([\\w$.]+)");
  /** Enough to get past any number of broken entries, and a stop for a lookup that repeats. */
  private static final int MAX_LOOKUP_FAILURES = 1_000;

  private final PluginType<S, P> type;
  private final String what;

  private PluginDiscovery(PluginType<S, P> type) {
    this.type = type;
    this.what = type.noun() + "s";
  }

  /** Discovery of plugins of this type. */
  public static <S, P> PluginDiscovery<S, P> of(PluginType<S, P> type) {
    return new PluginDiscovery<>(requireNonNull(type, "type"));
  }

  /**
   * Every plugin the providers visible to {@code loader} contribute, with the failures.
   *
   * @param registry makes the registry from the plugins that loaded, by id, and their listing
   */
  public <R> LoadReport<R> discover(ClassLoader loader,
      BiFunction<Map<String, P>, List<PluginInfo>, R> registry) {
    requireNonNull(loader, "loader");
    return discover(ServiceLoader.load(type.service(), loader), Optional.of(loader), registry);
  }

  private <R> LoadReport<R> discover(ServiceLoader<S> services, Optional<ClassLoader> loader,
      BiFunction<Map<String, P>, List<PluginInfo>, R> registry) {
    PluginCatalog<P> catalog = new PluginCatalog<>(type);
    List<LoadFailure> failures = new ArrayList<>();
    Map<String, List<Candidate<P>>> byId = new LinkedHashMap<>();
    Iterator<ServiceLoader.Provider<S>> providers = services.stream().iterator();
    int lookupFailures = 0;
    while (lookupFailures < MAX_LOOKUP_FAILURES) {
      ServiceLoader.Provider<S> provider;
      try {
        if (!providers.hasNext()) {
          break;
        }
        provider = providers.next();
      } catch (ServiceConfigurationError | LinkageError e) {
        lookupFailures++;
        failures.add(lookupFailure(e, loader));
        continue;
      }
      for (P plugin : pluginsOf(provider, failures)) {
        try {
          PluginInfo info = catalog.check(plugin, providerName(provider));
          byId.computeIfAbsent(info.id(), id -> new ArrayList<>())
              .add(new Candidate<>(plugin, info));
        } catch (PluginRejectedException e) {
          failures.add(failure(e.kind(), e.pluginId(), List.of(PluginSource.ofInstance(plugin)),
              e.explanation(), e.getCause()));
        }
      }
    }
    for (Map.Entry<String, List<Candidate<P>>> entry : byId.entrySet()) {
      List<Candidate<P>> claims = entry.getValue();
      if (claims.size() == 1) {
        catalog.add(claims.get(0).plugin(), claims.get(0).info().provider());
      } else {
        List<PluginSource> sources = claims.stream().map(c -> c.info().source()).toList();
        failures.add(failure(LoadFailure.Kind.DUPLICATE_ID, entry.getKey(), sources,
            Message.of("plugin.duplicateId.noneLoaded",
                catalog.duplicateExplanation(entry.getKey(), sources)), null));
      }
    }
    return LoadReport.of(what, registry.apply(catalog.plugins(), catalog.listing()),
        catalog.listing(), failures);
  }

  /** The provider's plugins, or none after recording why it could not give them. */
  private List<P> pluginsOf(ServiceLoader.Provider<S> provider, List<LoadFailure> failures) {
    PluginSource source = PluginSource.of(provider.type());
    Message subject = Message.of("plugin.provider.subject", type.providerNounText(),
        source.explanation());
    try {
      List<P> plugins = type.contents().apply(provider.get());
      if (plugins == null) {
        failures.add(failure(LoadFailure.Kind.PROVIDER_FAILED, "", List.of(source),
            Message.of("plugin.provider.returnedNull", subject, type.pluralText()), null));
        return List.of();
      }
      List<P> present = new ArrayList<>(plugins);
      if (present.removeIf(Objects::isNull)) {
        failures.add(failure(LoadFailure.Kind.PROVIDER_FAILED, "", List.of(source),
            Message.of("plugin.provider.listedNull", subject, type.pluralText()), null));
      }
      return present;
    } catch (LinkageError e) {
      failures.add(failure(LoadFailure.Kind.INCOMPATIBLE, "", List.of(source),
          Message.of("plugin.provider.failed", subject, type.linkageExplanation(e)), e));
    } catch (ServiceConfigurationError | RuntimeException e) {
      Throwable reason = e instanceof ServiceConfigurationError && e.getCause() != null
          ? e.getCause() : e;
      if (reason instanceof LinkageError linkage) {
        failures.add(failure(LoadFailure.Kind.INCOMPATIBLE, "", List.of(source),
            Message.of("plugin.provider.failed", subject, type.linkageExplanation(linkage)), e));
      } else {
        failures.add(failure(LoadFailure.Kind.PROVIDER_FAILED, "", List.of(source),
            Message.of("plugin.provider.failed", subject, reason.toString()), e));
      }
    }
    return List.of();
  }

  private String providerName(ServiceLoader.Provider<S> provider) {
    return provider.type().getName();
  }

  /** A provider ServiceLoader could not even locate: name it, and the services file's jar. */
  private LoadFailure lookupFailure(Throwable error, Optional<ClassLoader> loader) {
    Matcher named = PROVIDER.matcher(String.valueOf(error.getMessage()));
    if (!named.find()) {
      boolean linkage = error instanceof LinkageError;
      return failure(linkage ? LoadFailure.Kind.INCOMPATIBLE : LoadFailure.Kind.PROVIDER_FAILED,
          "", List.of(), Message.of("plugin.provider.notLocated", type.providerNounText(),
              linkage ? type.linkageExplanation((LinkageError) error)
                  : String.valueOf(error.getMessage())), error);
    }
    String className = named.group(1);
    Optional<String> listedIn = loader.flatMap(l -> servicesFileNaming(l, className));
    PluginSource source = new PluginSource(className, listedIn, Optional.empty());
    String problem = String.valueOf(error.getMessage());
    Message message = listedIn
        .map(l -> Message.of("plugin.provider.failedListed", type.providerNounText(), className,
            type.service().getName(), l, problem))
        .orElseGet(() -> Message.of("plugin.provider.failed",
            Message.of("plugin.provider.subject", type.providerNounText(), className), problem));
    return failure(LoadFailure.Kind.PROVIDER_FAILED, "", List.of(source), message, error);
  }

  /** The jar or folder whose services file lists the class, if any. */
  private Optional<String> servicesFileNaming(ClassLoader loader, String className) {
    String file = "META-INF/services/" + type.service().getName();
    try {
      for (URL url : Collections.list(loader.getResources(file))) {
        try (BufferedReader lines = new BufferedReader(
            new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          if (lines.lines().map(l -> l.replaceFirst("#.*", "").trim())
              .anyMatch(className::equals)) {
            String text = url.toString();
            return Optional.of(text.substring(0, text.length() - file.length())
                .replaceFirst("^jar:", "").replaceFirst("!/$", "").replaceFirst("^file:", ""));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static LoadFailure failure(LoadFailure.Kind kind, String id, List<PluginSource> sources,
      Message message, Throwable cause) {
    return new LoadFailure(kind, id, ImmutableList.copyOf(sources), message,
        Optional.ofNullable(cause));
  }

  /** A plugin that passed its own checks, before ids are compared. */
  private record Candidate<P>(P plugin, PluginInfo info) {}
}
