package io.emulation.examples.cli;

import io.emulation.core.org.Participant;
import io.emulation.examples.CampaignRun;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emulation explain}: everything decided about one participant, with reasons. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Evaluates like 'evaluate' and prints, for one participant, every criterion "
        + "line, adjustment, the grade with its reasoning, the ranks and every award decision "
        + "with its reasons. Writes no files.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:problems in the input, or no such participant",
        "2:wrong command line", "3:internal error"})
final class ExplainCommand implements Callable<Integer> {
  @Mixin
  InputOptions input;

  @Option(names = "--participant", required = true, paramLabel = "ID",
      description = "Id of the individual or collective to explain.")
  String participant;

  @Spec
  CommandLine.Model.CommandSpec spec;

  private final Progress progress;

  ExplainCommand(Progress progress) {
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
      bar.start(input.fileCount() + 2);
      run = input.files(plugins.formulas, plugins.conditions).run(bar::step);
    }
    if (run.result().result(participant).isEmpty()) {
      throw new InputProblem(unknown(run));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(run.result().explain(participant));
    run.awards().ifPresent(awards -> {
      out.println();
      out.println("Award decisions:");
      out.println(awards.explain(participant));
    });
    return EmulationCli.OK;
  }

  private String unknown(CampaignRun run) {
    String message = "participant '" + participant + "' was not evaluated in campaign '"
        + run.campaign().id() + "' for " + run.result().period();
    if (run.campaign().organisation().participant(participant).isPresent()) {
      return message + " (it is outside the campaign's scope)";
    }
    String wanted = participant.toLowerCase(Locale.ROOT);
    Comparator<String> closest = Comparator.comparingInt(
        (String id) -> distance(id.toLowerCase(Locale.ROOT), wanted))
        .thenComparing(Comparator.naturalOrder());
    List<String> close = run.result().all().stream()
        .map(r -> r.participant()).map(Participant::id)
        .filter(id -> distance(id.toLowerCase(Locale.ROOT), wanted) <= 2)
        .sorted(closest).limit(5).toList();
    return message + "; " + (close.isEmpty() ? "no participant has that id"
        : "did you mean " + String.join(", ", close) + "?");
  }

  /** Levenshtein distance, for suggestions. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
