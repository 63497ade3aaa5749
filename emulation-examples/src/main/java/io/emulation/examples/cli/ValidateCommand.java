package io.emulation.examples.cli;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.io.Definition;
import io.emulation.core.text.TextCatalog;
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
final class ValidateCommand implements Callable<Integer>, EmulationCli.Localized {
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
    TextCatalog.Localized text = input.text();
    StringBuilder ok = new StringBuilder(text.get("cli.validate.ok", input.definition.toString()));
    definition.campaign().ifPresent(c -> ok.append("; ").append(describe(c, text)));
    definition.awards().ifPresent(rules -> ok.append("; ").append(text.get(
        "cli.validate.awardRules", rules.name(), rules.rules().size())));
    if (input.hasData()) {
      ok.append("; ").append(text.get("cli.validate.data"));
    }
    spec.commandLine().getOut().println(ok);
    return EmulationCli.OK;
  }

  /** Reads the definition, and with data files runs the whole evaluation. */
  private Definition check() {
    try (Plugins plugins = Plugins.load(input.pluginPath, input.text());
        Progress bar = progress) {
      CampaignFiles files = input.files(plugins.formulas, plugins.conditions);
      if (!input.hasData()) {
        return files.readDefinition();
      }
      bar.start(input.fileCount() + 2);
      CampaignRun run = files.run(input.language, bar::step);
      return new Definition(Optional.of(run.campaign()), run.rules());
    }
  }

  private static String describe(Campaign campaign, TextCatalog.Localized text) {
    return text.get("cli.validate.campaign", campaign.id(),
        campaign.organisation().units().size(), campaign.organisation().individuals().size(),
        campaign.organisation().collectives().size(), campaign.criteria().size());
  }

  /** The words of {@code --lang}. */
  @Override
  public TextCatalog.Localized text() {
    return input.text();
  }
}
