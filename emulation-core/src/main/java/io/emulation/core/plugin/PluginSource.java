package io.emulation.core.plugin;

import static java.util.Objects.requireNonNull;

import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Api;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Where a plugin class came from: its name, the jar or class folder that holds it and, on the
 * module path, its module. Messages and listings use it so that a person can find the file to
 * replace.
 *
 * @param className the class's binary name; never {@code null}
 * @param location the jar or folder the class was loaded from, as a path when it is a file (a
 *     URL otherwise); empty when the class loader does not say
 * @param module the name of the class's module; empty on the class path
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record PluginSource(String className, Optional<String> location, Optional<String> module) {

  /** Checks that no part is {@code null}. */
  public PluginSource {
    requireNonNull(className, "className");
    requireNonNull(location, "location");
    requireNonNull(module, "module");
  }

  /** The source of a class, read from its protection domain and module. */
  public static PluginSource of(Class<?> type) {
    requireNonNull(type, "type");
    CodeSource code = type.getProtectionDomain().getCodeSource();
    Optional<String> location = code == null || code.getLocation() == null
        ? Optional.empty() : Optional.of(text(code.getLocation()));
    Optional<String> module = Optional.ofNullable(type.getModule().getName());
    return new PluginSource(type.getName(), location, module);
  }

  /** The source of an object's class. */
  public static PluginSource ofInstance(Object plugin) {
    return of(requireNonNull(plugin, "plugin").getClass());
  }

  /** The location, or {@code "an unknown location"}, for messages. */
  public String where() {
    return location.orElse("an unknown location");
  }

  /**
   * The class and where it came from, e.g. {@code com.acme.Safety (/opt/host/plugins/acme.jar)}
   * or, on the module path, {@code com.acme.Safety (/opt/host/plugins/acme.jar, module
   * com.acme)}.
   */
  @Override
  public String toString() {
    return className + " (" + where() + module.map(m -> ", module " + m).orElse("") + ")";
  }

  /**
   * The class and where it came from, as {@link #toString()} says it; when the location is not
   * known, that is said in the reader's language.
   */
  public Message explanation() {
    return location.isPresent() ? Message.literal(toString())
        : Message.of("plugin.source.unknownLocation",
            className + module.map(m -> ", module " + m).orElse(""));
  }

  private static String text(URL url) {
    try {
      return "file".equals(url.getProtocol()) ? Path.of(url.toURI()).toString() : url.toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return url.toString();
    }
  }
}
