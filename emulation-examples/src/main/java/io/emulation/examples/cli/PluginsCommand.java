package io.emulation.examples.cli;

import io.emulation.core.award.ConditionType;
import io.emulation.core.text.TextCatalog;
import io.emulation.scoring.spi.ScoringFormula;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emulation plugins}: the formulas and condition types found, and where from. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
    description = "Lists the scoring formulas and award condition types found on the class "
        + "path and in --plugin-path: id, version, SPI version (formulas), jar, description.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:a plugin failed to load (named in the message)",
        "2:wrong command line", "3:internal error"})
final class PluginsCommand implements Callable<Integer> {
  @Option(names = "--plugin-path", paramLabel = "PATH", split = "${sys:path.separator}",
      description = "Jars or folders of jars with more formulas and condition types.")
  List<Path> pluginPath = new ArrayList<>();

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    TextCatalog.Localized text = CliText.ENGLISH;
    try (Plugins plugins = Plugins.load(pluginPath, text)) {
      out.println(text.get("cli.plugins.formulas", plugins.formulas.ids().size()));
      out.printf("  %-28s %-16s %-4s %-40s %s%n", text.get("cli.plugins.id"),
          text.get("cli.plugins.version"), text.get("cli.plugins.spi"), text.get("cli.plugins.jar"),
          text.get("cli.plugins.description"));
      for (ScoringFormula formula : plugins.formulas.formulas()) {
        out.printf("  %-28s %-16s %-4s %-40s %s%n", formula.id(), version(formula),
            formula.spiVersion(), jar(formula), formula.description());
      }
      out.println(text.get("cli.plugins.conditions", plugins.conditions.ids().size()));
      if (plugins.conditions.ids().isEmpty()) {
        out.println("  " + text.get("cli.plugins.noConditions"));
      } else {
        out.printf("  %-28s %-16s %-40s %s%n", text.get("cli.plugins.id"),
            text.get("cli.plugins.version"), text.get("cli.plugins.jar"),
            text.get("cli.plugins.description"));
      }
      for (String id : plugins.conditions.ids()) {
        ConditionType type = plugins.conditions.find(id).orElseThrow();
        out.printf("  %-28s %-16s %-40s %s%n", id, version(type), jar(type),
            type.description());
      }
    }
    return EmulationCli.OK;
  }

  /** The Implementation-Version of the plugin's jar, or {@code -}. */
  static String version(Object plugin) {
    Package p = plugin.getClass().getPackage();
    String version = p == null ? null : p.getImplementationVersion();
    return version == null ? "-" : version;
  }

  /** The jar (or class folder) the plugin was loaded from, or {@code -}. */
  static String jar(Object plugin) {
    CodeSource source = plugin.getClass().getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "-";
    }
    try {
      return Path.of(source.getLocation().toURI()).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return source.getLocation().toString();
    }
  }
}
