package dev.pamir.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where a serving command listens: {@code --port} and {@code --host}. */
final class ListenOptions {

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port = 7070;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
  String host = "127.0.0.1";

  /** Refuses a port outside 0 to 65535. */
  void check(CommandLine cli) {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(
          cli, "--port must be from 0 to 65535 but was " + port);
    }
  }
}
