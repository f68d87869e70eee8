package dev.pamir.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A PostgresCluster is a throwaway PostgreSQL server for tests: {@code initdb} into a temporary
 * folder, {@code pg_ctl start} on a free loopback port with its Unix socket in that folder, and on
 * {@link #close()} a stop and the folder deleted. Each test takes a fresh database from {@link
 * #newDatabase()}.
 *
 * <p>PostgreSQL refuses to run as root, so when the tests run as root (as CI does) the server runs
 * as the {@code postgres} user (or {@code nobody}) through {@code runuser}, and the folder is
 * theirs. The server trusts every local connection and keeps nothing safe on disk ({@code fsync}
 * off): it is for tests only.
 *
 * <p>Thread-safe.
 */
public final class PostgresCluster implements AutoCloseable {

  /** The superuser the cluster is created with. */
  public static final String USER = "pamir";

  private static final long TIMEOUT_SECONDS = 120;

  private final Path folder;
  private final Path bin;
  private final Optional<String> runAs;
  private final int port;
  private final AtomicInteger databases = new AtomicInteger();
  private boolean stopped;

  private PostgresCluster(Path folder, Path bin, Optional<String> runAs, int port) {
    this.folder = folder;
    this.bin = bin;
    this.runAs = runAs;
    this.port = port;
  }

  /**
   * The folder holding {@code initdb}, {@code pg_ctl} and {@code createdb}: found from the PATH,
   * else the newest {@code /usr/lib/postgresql/VERSION/bin} (where Debian puts them).
   */
  public static Optional<Path> findBinaries() {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      Arrays.stream(path.split(java.io.File.pathSeparator))
          .filter(p -> !p.isEmpty())
          .map(Path::of)
          .forEach(candidates::add);
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        versions
            .filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
            .sorted(
                Comparator.comparingDouble(
                        (Path v) -> Double.parseDouble(v.getFileName().toString()))
                    .reversed())
            .map(v -> v.resolve("bin"))
            .forEach(candidates::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + debian, e);
      }
    }
    return candidates.stream()
        .filter(
            d -> Files.isExecutable(d.resolve("initdb")) && Files.isExecutable(d.resolve("pg_ctl")))
        .map(PostgresCluster::realFolder)
        .filter(d -> Files.isExecutable(d.resolve("createdb")))
        .findFirst();
  }

  /** The folder {@code initdb} really is in, past links such as /usr/local/bin/initdb. */
  private static Path realFolder(Path folder) {
    try {
      return folder.resolve("initdb").toRealPath().getParent();
    } catch (IOException e) {
      return folder;
    }
  }

  /**
   * Creates and starts a cluster.
   *
   * @throws IllegalStateException when the PostgreSQL server programs are not installed or the
   *     server does not start; the message says which and why
   */
  public static PostgresCluster start() {
    Path bin =
        findBinaries()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the PostgreSQL server programs (initdb, pg_ctl) are not installed:"
                            + " install them (Debian: apt-get install postgresql; .ci/run does)"
                            + " or skip the PostgreSQL tests with -Dpamir.postgres=skip"));
    IllegalStateException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      Path folder = createFolder();
      Optional<String> runAs = runAs(folder);
      PostgresCluster cluster = new PostgresCluster(folder, bin, runAs, freePort());
      try {
        cluster.initialise();
        cluster.startServer();
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "pamir-postgres-stop"));
        return cluster;
      } catch (IllegalStateException e) {
        cluster.close();
        last = e;
      }
    }
    throw last;
  }

  private static Path createFolder() {
    try {
      return Files.createTempDirectory("pamir-pg");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder for PostgreSQL", e);
    }
  }

  /** When this process is root: the user the server runs as, who is given {@code folder}. */
  private static Optional<String> runAs(Path folder) {
    try {
      int uid = (Integer) Files.getAttribute(folder, "unix:uid");
      if (uid != 0) {
        return Optional.empty();
      }
      var users = folder.getFileSystem().getUserPrincipalLookupService();
      for (String name : List.of("postgres", "nobody")) {
        try {
          UserPrincipal user = users.lookupPrincipalByName(name);
          Files.setOwner(folder, user);
          return Optional.of(name);
        } catch (UserPrincipalNotFoundException e) {
          // try the next one
        }
      }
      throw new IllegalStateException(
          "running as root, and there is neither a postgres nor a nobody user to run"
              + " PostgreSQL as");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot hand " + folder + " to the PostgreSQL user", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port", e);
    }
  }

  private Path data() {
    return folder.resolve("data");
  }

  private void initialise() {
    run(
        "initdb",
        List.of(
            bin.resolve("initdb").toString(),
            "-D",
            data().toString(),
            "-U",
            USER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync"));
  }

  private void startServer() {
    run(
        "pg_ctl start",
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data().toString(),
            "-l",
            folder.resolve("server.log").toString(),
            "-w",
            "-t",
            Long.toString(TIMEOUT_SECONDS),
            "-o",
            "-p "
                + port
                + " -h 127.0.0.1 -k "
                + folder
                + " -F -c synchronous_commit=off -c full_page_writes=off",
            "start"));
  }

  /** The port the server listens on, on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** A JDBC URL for {@code database} as the superuser. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
  }

  /** Creates an empty database and returns its JDBC URL. */
  public String newDatabase() {
    String name = "test_" + databases.incrementAndGet();
    run(
        "createdb",
        List.of(
            bin.resolve("createdb").toString(),
            "-h",
            "127.0.0.1",
            "-p",
            Integer.toString(port),
            "-U",
            USER,
            name));
    return jdbcUrl(name);
  }

  private void run(String what, List<String> command) {
    List<String> full = new ArrayList<>();
    if (runAs.isPresent()) {
      full.addAll(List.of("runuser", "-u", runAs.get(), "--"));
    }
    full.addAll(command);
    Path output = folder.resolve(what.replace(' ', '-') + ".out");
    try {
      Process process =
          new ProcessBuilder(full)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .directory(folder.toFile())
              .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(what + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            what + " failed with exit code " + process.exitValue() + ":\n" + tail(output));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + what + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + what, e);
    }
  }

  private String tail(Path output) {
    StringBuilder text = new StringBuilder();
    for (Path file : List.of(output, folder.resolve("server.log"))) {
      try {
        if (Files.exists(file)) {
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          lines
              .subList(Math.max(0, lines.size() - 20), lines.size())
              .forEach(l -> text.append(l).append('\n'));
        }
      } catch (IOException e) {
        text.append("(cannot read ").append(file.getFileName()).append(")\n");
      }
    }
    return text.toString();
  }

  /** Stops the server at once and deletes its folder. Safe to call more than once. */
  @Override
  public synchronized void close() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      if (Files.exists(data().resolve("postmaster.pid"))) {
        run(
            "pg_ctl stop",
            List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data().toString(),
                "-m",
                "immediate",
                "-w",
                "stop"));
      }
    } catch (IllegalStateException e) {
      // The folder goes all the same; a server that would not stop has lost its data folder.
    } finally {
      delete(folder);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Left in the temporary folder for the system to clean.
    }
  }
}
