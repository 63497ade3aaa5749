package io.emulation.examples.cli;

import io.emulation.core.EmulationException;
import io.emulation.core.text.TextCatalog;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code emulation} command-line tool: {@code validate}, {@code evaluate}, {@code explain}
 * and {@code plugins}. Run it with {@code java -jar emulation.jar <command> --help}.
 *
 * <p>Exit codes: {@value #OK} done; {@value #PROBLEMS} problems in the input (a definition or
 * data file, an unknown participant, a file that cannot be read or written), each printed with
 * its {@code file:line:column}; {@value #USAGE} wrong command line; {@value #INTERNAL} an
 * internal error (a bug: the stack trace is printed to report it).
 *
 * @since 0.1
 */
@Command(name = "emulation", mixinStandardHelpOptions = true,
    versionProvider = EmulationCli.Version.class,
    description = "Evaluates emulation campaigns (phong trào thi đua): scores, grades, ranks "
        + "and awards, with the reasons behind each.",
    subcommands = {ValidateCommand.class, EvaluateCommand.class, ExplainCommand.class,
        PluginsCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done",
        "1:problems in the input (each printed with its file:line:column)",
        "2:wrong command line (unknown command or option, missing argument)",
        "3:internal error (a bug; the stack trace is printed)"})
public final class EmulationCli implements java.util.concurrent.Callable<Integer> {
  /** Done. */
  public static final int OK = 0;
  /** Problems in the input. */
  public static final int PROBLEMS = 1;
  /** Wrong command line. */
  public static final int USAGE = 2;
  /** Internal error. */
  public static final int INTERNAL = 3;

  /** What every message on standard error starts with. */
  private static final String PREFIX = "emulation: ";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the tool and exits with its exit code; output is UTF-8 whatever the platform's. */
  public static void main(String[] args) {
    int code = run(new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err), Terminal.detect(System.getenv()), args);
    System.exit(code);
  }

  /**
   * Runs the tool without exiting: what {@link #main} does, with the streams and terminal given.
   *
   * @return the exit code
   */
  public static int run(OutputStream out, OutputStream err, Terminal terminal, String... args) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
        true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8),
        true);
    CommandLine cli = new CommandLine(new EmulationCli(), new Factory(terminal, errWriter));
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE
        : INTERNAL);
    cli.setExecutionExceptionHandler((e, line, parsed) -> handle(e, line));
    cli.setParameterExceptionHandler((e, arguments) -> usage(e));
    int code = cli.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /** Without a command: the usage on standard error, and a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println(PREFIX + CliText.ENGLISH.get("cli.error.noCommand"));
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** A wrong command line: what is wrong, close option names, and where help is. */
  private static int usage(CommandLine.ParameterException e) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("emulation: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
        + " --help' for more information.");
    return USAGE;
  }

  /**
   * Input problems print their message, in the command's {@code --lang}; anything else is a bug
   * and prints its stack trace.
   */
  private static int handle(Exception e, CommandLine line) {
    PrintWriter err = line.getErr();
    TextCatalog.Localized text = line.getCommand() instanceof Localized command ? command.text()
        : CliText.ENGLISH;
    if (e instanceof EmulationException problems) {
      err.println(PREFIX + problems.getMessage(text.locale()));
      return PROBLEMS;
    }
    if (e instanceof InputProblem) {
      err.println(PREFIX + e.getMessage());
      return PROBLEMS;
    }
    if (e instanceof UncheckedIOException io) {
      err.println(PREFIX + text.get("cli.error.io", io.getMessage(),
          String.valueOf(io.getCause().getMessage())));
      return PROBLEMS;
    }
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    err.println(PREFIX + text.get("cli.error.internal", e.toString()));
    err.print(trace);
    return INTERNAL;
  }

  /** A command that prints in the language of its {@code --lang}. */
  interface Localized {
    /** The words of the command's language. */
    TextCatalog.Localized text();
  }

  /** Creates the subcommands with the terminal and the error stream they report progress on. */
  private static final class Factory implements CommandLine.IFactory {
    private final Terminal terminal;
    private final PrintWriter err;

    Factory(Terminal terminal, PrintWriter err) {
      this.terminal = terminal;
      this.err = err;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == EvaluateCommand.class) {
        return type.cast(new EvaluateCommand(new Progress(err, terminal), Clock.systemUTC()));
      }
      if (type == ExplainCommand.class) {
        return type.cast(new ExplainCommand(new Progress(err, terminal)));
      }
      if (type == ValidateCommand.class) {
        return type.cast(new ValidateCommand(new Progress(err, terminal)));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = EmulationCli.class.getPackage().getImplementationVersion();
      return new String[] {"emulation " + (version == null ? "(development build)" : version),
          "Java " + System.getProperty("java.version")};
    }
  }
}
