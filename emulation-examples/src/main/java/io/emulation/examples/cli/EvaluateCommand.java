package io.emulation.examples.cli;

import io.emulation.core.text.TextCatalog;
import io.emulation.examples.CampaignRun;
import io.emulation.examples.report.HtmlReport;
import io.emulation.examples.text.LibraryText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
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
        "  report.html  the report for people: charts, rankings, explanations (one file)",
        "With --store, the results are also published there as the next revision of the "
            + "campaign's result for the period, unless the latest revision already has them; "
            + "what changed since it is printed."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:problems in the input (printed with file:line:column)",
        "2:wrong command line", "3:internal error"})
final class EvaluateCommand implements Callable<Integer>, EmulationCli.Localized {
  /** The files written into {@code --out}. */
  static final String JSON = "result.json";
  static final String CSV = "result.csv";
  static final String REPORT = "report.html";

  @Mixin
  InputOptions input;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder for result.json, result.csv and report.html (created if needed).")
  Path out;

  @Option(names = "--store", paramLabel = "DIR",
      description = "Folder of published results kept between runs (created if needed): a "
          + "revision file per publication, under <campaign>/<period>/.")
  Path store;

  @Option(names = "--author", paramLabel = "NAME", defaultValue = "emulation",
      description = "Who publishes to --store; default: ${DEFAULT-VALUE}.")
  String author;

  @Option(names = "--reason", paramLabel = "TEXT",
      description = "Why this revision is published to --store; default: 'evaluated from' and "
          + "the measurement files.")
  String reason;

  @Spec
  CommandLine.Model.CommandSpec spec;

  private final Progress progress;
  private final Clock clock;

  EvaluateCommand(Progress progress, Clock clock) {
    this.progress = progress;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    if (input.measurements.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing required option: '--measurements=CSV'");
    }
    if (author.isBlank() || (reason != null && reason.isBlank())) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--author and --reason must not be blank");
    }
    TextCatalog.Localized text = input.text();
    CampaignRun run;
    Optional<Publication> publication = Optional.empty();
    try (Plugins plugins = Plugins.load(input.pluginPath, text); Progress bar = progress) {
      bar.start(input.fileCount() + 4 + (store != null ? 1 : 0));
      run = input.files(plugins.formulas, plugins.conditions).run(input.language, bar::step);
      write(run, text, bar);
      if (store != null) {
        bar.step(text.get("cli.progress.publishing", store.toString()));
        publication = Optional.of(Publication.publish(store, run, author, reason(text),
            clock.instant()));
      }
    }
    PrintWriter printed = spec.commandLine().getOut();
    Summary.print(run, text, printed);
    printed.println(text.get("cli.evaluate.wrote", out.resolve(JSON).toString(),
        out.resolve(CSV).toString(), out.resolve(REPORT).toString()));
    CampaignRun evaluated = run;
    publication.ifPresent(p -> p.lines(store, evaluated, text).forEach(printed::println));
    return EmulationCli.OK;
  }

  private String reason(TextCatalog.Localized text) {
    if (reason != null) {
      return reason;
    }
    return text.get("cli.store.reason", String.join(", ", input.measurements.stream()
        .map(Path::toString).toList()));
  }

  private void write(CampaignRun run, TextCatalog.Localized text, Progress bar) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException(text.get("cli.error.noOutputFolder", out.toString()), e);
    }
    bar.step(text.get("cli.progress.writing", out.resolve(JSON) + ", " + out.resolve(CSV)));
    LibraryText.writeResults(run, out.resolve(JSON), out.resolve(CSV), text.locale());
    bar.step(text.get("cli.progress.writing", out.resolve(REPORT).toString()));
    HtmlReport.of(run).in(text.locale()).write(out.resolve(REPORT));
  }

  /** The words of {@code --lang}. */
  @Override
  public TextCatalog.Localized text() {
    return input.text();
  }
}
