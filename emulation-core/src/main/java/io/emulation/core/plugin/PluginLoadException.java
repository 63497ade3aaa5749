package io.emulation.core.plugin;

import com.google.common.collect.ImmutableList;
import io.emulation.core.Problem;
import io.emulation.core.ProblemsException;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Api;
import java.util.Collection;

/**
 * Discovery found plugins that could not be loaded and the host asked for all or nothing
 * ({@link LoadReport#registryOrThrow()}, {@code FormulaRegistry.load()}). The message lists every
 * failure; {@link #failures()} has them as data.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class PluginLoadException extends ProblemsException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable; LoadFailure holds a Throwable
  private final ImmutableList<LoadFailure> failures;

  /**
   * @param what what was loaded, e.g. {@code "discovery of scoring formulas"}
   * @param failures at least one failure
   */
  public PluginLoadException(String what, Collection<LoadFailure> failures) {
    this(Message.literal(what), failures);
  }

  /**
   * An exception whose message {@link #getMessage(java.util.Locale)} renders in the reader's
   * language.
   *
   * @param what what was loaded, e.g. {@code Message.of("plugin.what.discovery", ...)}
   * @param failures at least one failure
   * @since 0.2
   */
  public PluginLoadException(Message what, Collection<LoadFailure> failures) {
    super(what, failures.stream().map(PluginLoadException::problem).toList());
    this.failures = ImmutableList.sortedCopyOf(failures);
    failures.stream().flatMap(f -> f.cause().stream()).forEach(this::addSuppressed);
  }

  /** Every failure, sorted; never empty. */
  public ImmutableList<LoadFailure> failures() {
    return failures;
  }

  private static Problem problem(LoadFailure failure) {
    String subject = !failure.pluginId().isEmpty() ? failure.pluginId()
        : failure.sources().isEmpty() ? "services" : failure.sources().get(0).className();
    return Problem.at("plugins/" + subject, failure.message());
  }
}
