package io.emulation.core.plugin;

import static java.util.Objects.requireNonNull;

import io.emulation.scoring.spi.Api;

/**
 * One loaded plugin, as a listing shows it: its id, what it does, the API version it was built
 * against and where it came from.
 *
 * @param id the plugin's id, {@code namespace:name}; never {@code null}
 * @param description one line saying what it does; never {@code null}
 * @param version the SPI version the plugin reports (scoring formulas), or empty text for plugin
 *     kinds that report none (condition types are versioned with the core library)
 * @param provider the name of the provider that contributed it; empty when added in code
 * @param source the plugin's class and jar
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record PluginInfo(String id, String description, String version, String provider,
    PluginSource source) {

  /** Checks that no part is {@code null}. */
  public PluginInfo {
    requireNonNull(id, "id");
    requireNonNull(description, "description");
    requireNonNull(version, "version");
    requireNonNull(provider, "provider");
    requireNonNull(source, "source");
  }

  /**
   * One line for a listing: {@code id  SPI 1.0  description  [class (jar)]}; {@code SPI -} when
   * the plugin reports no version.
   */
  @Override
  public String toString() {
    return id + "  SPI " + (version.isEmpty() ? "-" : version) + "  " + description + "  ["
        + source + "]";
  }
}
