package io.emulation.examples.cli;

import io.emulation.core.io.ResultWriter;
import io.emulation.examples.CampaignRun;
import io.emulation.examples.report.HtmlReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emulation evaluate}: evaluates, decides awards, writes results and the report. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Evaluates a campaign for a period, decides its awards, writes the results "
        + "and the HTML report, and prints a summary.",
        "Awards are decided when the definition has award rules. Files written into --out:",
        "  result.json  every score, grade, rank and award decision with reasons",
        "  result.csv   one row per participant",
        "  report.html  the report for people: charts, rankings, explanations (one file)"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:problems in the input (printed with file:line:column)",
        "2:wrong command line", "3:internal error"})
final class EvaluateCommand implements Callable<Integer> {
  /** The files written into {@code --out}. */
  static final String JSON = "result.json";
  static final String CSV = "result.csv";
  static final String REPORT = "report.html";

  @Mixin
  InputOptions input;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder for result.json, result.csv and report.html (created if needed).")
  Path out;

  @Spec
  CommandLine.Model.CommandSpec spec;

  private final Progress progress;

  EvaluateCommand(Progress progress) {
    this.progress = progress;
  }

  @Override
  public Integer call() {
    if (input.measurements.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing required option: '--measurements=CSV'");
    }
    CampaignRun run;
    try (Plugins plugins = Plugins.load(input.pluginPath); Progress bar = progress) {
      bar.start(input.fileCount() + 5);
      run = input.files(plugins.formulas, plugins.conditions).run(bar::step);
      write(run, bar);
    }
    Summary.print(run, spec.commandLine().getOut());
    spec.commandLine().getOut().printf("Wrote %s, %s and %s%n", out.resolve(JSON),
        out.resolve(CSV), out.resolve(REPORT));
    return EmulationCli.OK;
  }

  private void write(CampaignRun run, Progress bar) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the output folder " + out, e);
    }
    ResultWriter writer = ResultWriter.forCampaign(run.campaign());
    bar.step("writing " + out.resolve(JSON));
    if (run.awards().isPresent()) {
      writer.writeJson(run.result(), run.awards().get(), out.resolve(JSON));
      bar.step("writing " + out.resolve(CSV));
      writer.writeCsv(run.result(), run.awards().get(), out.resolve(CSV));
    } else {
      writer.writeJson(run.result(), out.resolve(JSON));
      bar.step("writing " + out.resolve(CSV));
      writer.writeCsv(run.result(), out.resolve(CSV));
    }
    bar.step("writing " + out.resolve(REPORT));
    HtmlReport.of(run).write(out.resolve(REPORT));
  }
}
