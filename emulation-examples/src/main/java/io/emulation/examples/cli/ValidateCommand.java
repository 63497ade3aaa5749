package io.emulation.examples.cli;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.io.Definition;
import io.emulation.examples.CampaignFiles;
import io.emulation.examples.CampaignRun;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code emulation validate}: checks a definition and, when given, the data files. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks a definition and reports every problem with its file:line:column.",
        "With data files, also reads them and evaluates the campaign without writing anything, "
            + "so problems of the data show too."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no problems", "1:problems found (printed to standard error)",
        "2:wrong command line", "3:internal error"})
final class ValidateCommand implements Callable<Integer> {
  @Mixin
  InputOptions input;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  private final Progress progress;

  ValidateCommand(Progress progress) {
    this.progress = progress;
  }

  @Override
  public Integer call() {
    Definition definition = check();
    StringBuilder ok = new StringBuilder(input.definition + ": no problems");
    definition.campaign().ifPresent(c -> ok.append("; ").append(describe(c)));
    definition.awards().ifPresent(rules -> ok.append("; award rules '").append(rules.name())
        .append("' (").append(rules.rules().size()).append(" awards)"));
    if (input.hasData()) {
      ok.append("; data files read and evaluated");
    }
    spec.commandLine().getOut().println(ok);
    return EmulationCli.OK;
  }

  /** Reads the definition, and with data files runs the whole evaluation. */
  private Definition check() {
    try (Plugins plugins = Plugins.load(input.pluginPath); Progress bar = progress) {
      CampaignFiles files = input.files(plugins.formulas, plugins.conditions);
      if (!input.hasData()) {
        return files.readDefinition();
      }
      bar.start(input.fileCount() + 2);
      CampaignRun run = files.run(bar::step);
      return new Definition(Optional.of(run.campaign()), run.rules());
    }
  }

  private static String describe(Campaign campaign) {
    return "campaign '" + campaign.id() + "' (" + campaign.organisation().units().size()
        + " units, " + campaign.organisation().individuals().size() + " individuals, "
        + campaign.organisation().collectives().size() + " collectives, "
        + campaign.criteria().size() + " criteria)";
  }
}
