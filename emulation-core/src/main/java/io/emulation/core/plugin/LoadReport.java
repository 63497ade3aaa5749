package io.emulation.core.plugin;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.plugin.internal.PluginType;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Api;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/**
 * What discovery found: the registry of every plugin that loaded, a listing of them, and every
 * provider or plugin that failed. Discovery never throws for a faulty plugin; the host decides:
 * {@link #registry()} goes on with what loaded, {@link #registryOrThrow()} insists on all.
 *
 * <pre>{@code
 * LoadReport<FormulaRegistry> report = FormulaRegistry.discover(loader);
 * System.out.println(report.describe());          // listing and failures, for a CLI or a log
 * System.out.println(report.describe(Languages.VIETNAMESE));   // the same in Vietnamese
 * FormulaRegistry formulas = strict ? report.registryOrThrow() : report.registry();
 * }</pre>
 *
 * <p>Immutable. Plugins are listed by id and failures in a fixed order, so the same jars always
 * give the same listing.
 *
 * @param <R> the registry type: {@code FormulaRegistry} or {@code ConditionRegistry}
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class LoadReport<R> {
  private final String what;
  private final R registry;
  private final ImmutableList<PluginInfo> plugins;
  private final ImmutableList<LoadFailure> failures;

  private LoadReport(String what, R registry, Collection<PluginInfo> plugins,
      Collection<LoadFailure> failures) {
    this.what = requireNonNull(what, "what");
    this.registry = requireNonNull(registry, "registry");
    this.plugins = ImmutableList.sortedCopyOf(Comparator.comparing(PluginInfo::id), plugins);
    this.failures = ImmutableList.sortedCopyOf(failures);
  }

  /**
   * A report.
   *
   * @param what what was discovered, in the plural, e.g. {@code "scoring formulas"}
   * @param registry the registry of every plugin that loaded
   * @param plugins a listing entry per loaded plugin
   * @param failures every failure; may be empty
   */
  public static <R> LoadReport<R> of(String what, R registry, Collection<PluginInfo> plugins,
      Collection<LoadFailure> failures) {
    return new LoadReport<>(what, registry, plugins, failures);
  }

  /** The registry of every plugin that loaded; the failed ones are simply absent. */
  public R registry() {
    return registry;
  }

  /**
   * The registry, if nothing failed.
   *
   * @throws PluginLoadException listing every failure
   */
  public R registryOrThrow() {
    if (!failures.isEmpty()) {
      throw new PluginLoadException(Message.of("plugin.what.discovery", PluginType.known(what)),
          failures);
    }
    return registry;
  }

  /** A listing entry per loaded plugin, sorted by id. */
  public ImmutableList<PluginInfo> plugins() {
    return plugins;
  }

  /** Every failure, sorted by plugin id, class and message; empty when all loaded. */
  public ImmutableList<LoadFailure> failures() {
    return failures;
  }

  /** Whether every provider and plugin loaded. */
  public boolean isClean() {
    return failures.isEmpty();
  }

  /**
   * The listing and the failures in English words, for a command-line tool or a log: a heading,
   * a line per plugin ({@link PluginInfo#toString()}), then a line per failure.
   */
  public String describe() {
    return describe(Locale.ENGLISH);
  }

  /**
   * The listing and the failures in words in the given language: a heading ({@code "formulas: 8
   * loaded, 1 failed"}, {@code "công thức tính điểm: đã nạp 8, lỗi 1"}), a line per plugin
   * ({@link PluginInfo#toString()}: ids, versions and descriptions as the plugins give them),
   * then a line per failure ({@link LoadFailure#describe(Locale)}).
   */
  public String describe(Locale locale) {
    requireNonNull(locale, "locale");
    Message kind = PluginType.known(what);
    Message heading = failures.isEmpty()
        ? Message.of("plugin.report.loaded", kind, plugins.size())
        : Message.of("plugin.report.loadedAndFailed", kind, plugins.size(), failures.size());
    StringBuilder text = new StringBuilder(heading.in(locale));
    plugins.forEach(p -> text.append("\n  ").append(p));
    if (!failures.isEmpty()) {
      text.append('\n').append(Message.of("plugin.report.failures").in(locale));
      failures.forEach(f -> text.append("\n  - ").append(f.describe(locale)));
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "LoadReport{" + what + ", " + plugins.size() + " loaded, " + failures.size()
        + " failed}";
  }
}
