package io.emulation.examples.cli;

import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.org.Participant;
import io.emulation.core.text.TextCatalog;
import io.emulation.examples.CampaignRun;
import io.emulation.examples.text.LibraryText;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
final class ExplainCommand implements Callable<Integer>, EmulationCli.Localized {
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
    TextCatalog.Localized text = input.text();
    try (Plugins plugins = Plugins.load(input.pluginPath, text); Progress bar = progress) {
      bar.start(input.fileCount() + 2);
      run = input.files(plugins.formulas, plugins.conditions).run(input.language, bar::step);
    }
    Optional<ParticipantResult> result = run.result().result(participant);
    if (result.isEmpty()) {
      throw new InputProblem(unknown(run, text));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(LibraryText.explain(result.get(), text.locale()));
    run.awards().ifPresent(awards -> {
      out.println();
      out.println(text.get("cli.explain.awardDecisions"));
      out.println(LibraryText.explain(awards, participant, text.locale()));
    });
    return EmulationCli.OK;
  }

  private String unknown(CampaignRun run, TextCatalog.Localized text) {
    String message = text.get("cli.error.unknownParticipant", participant,
        run.campaign().id(), run.result().period().toString());
    if (run.campaign().organisation().participant(participant).isPresent()) {
      return text.get("cli.error.outsideScope", message);
    }
    String wanted = participant.toLowerCase(Locale.ROOT);
    Comparator<String> closest = Comparator.comparingInt(
        (String id) -> distance(id.toLowerCase(Locale.ROOT), wanted))
        .thenComparing(Comparator.naturalOrder());
    List<String> close = run.result().all().stream()
        .map(r -> r.participant()).map(Participant::id)
        .filter(id -> distance(id.toLowerCase(Locale.ROOT), wanted) <= 2)
        .sorted(closest).limit(5).toList();
    return close.isEmpty() ? text.get("cli.error.noSuchId", message)
        : text.get("cli.error.didYouMean", message, String.join(", ", close));
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

  /** The words of {@code --lang}. */
  @Override
  public TextCatalog.Localized text() {
    return input.text();
  }
}
