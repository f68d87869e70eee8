package dev.pamir.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pamir} command and its subcommands. */
@Command(
    name = "pamir",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns news reporting into structured, sourced, comparable facts.",
    subcommands = {
      AnalyzeCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      ExportCommand.class,
      SparkCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit code when some inputs were rejected or the run failed. */
  public static final int FAILURE = 1;

  /** Exit code when the command line itself is wrong. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    cli.setExecutionExceptionHandler(Main::internalError);
    return cli.execute(args);
  }

  /**
   * Reports an exception that escaped a command, which is a bug: one line for the user, the stack
   * trace only with {@code --verbose}.
   */
  static int internalError(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    err.println("pamir: internal error (a bug; please report it): " + e);
    boolean verbose = false;
    for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
      verbose |= p.hasMatchedOption("--verbose");
    }
    if (verbose) {
      e.printStackTrace(err);
    } else {
      err.println("pamir: run again with --verbose for the details");
    }
    err.flush();
    return FAILURE;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. analyze");
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"pamir " + (v == null ? "development build" : v)};
    }
  }
}
