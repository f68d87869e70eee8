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
    subcommands = {AnalyzeCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

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
    return cli.execute(args);
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
