/**
 * Plugin discovery as data: what a host learns when it loads scoring formulas or condition types
 * with {@link java.util.ServiceLoader}. A {@link io.emulation.core.plugin.LoadReport} holds the
 * registry of everything that loaded, a {@link io.emulation.core.plugin.PluginInfo} per loaded
 * plugin (for listings in a command-line tool or a log) and a {@link
 * io.emulation.core.plugin.LoadFailure} per provider or plugin that could not be loaded; the host
 * decides whether a failure is fatal.
 *
 * <pre>{@code
 * LoadReport<FormulaRegistry> report = FormulaRegistry.discover(pluginLoader);
 * report.failures().forEach(f -> log.warn(f.message()));
 * CampaignEvaluator evaluator = CampaignEvaluator.of(report.registry());   // or registryOrThrow()
 * }</pre>
 */
package io.emulation.core.plugin;
