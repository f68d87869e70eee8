package dev.pamir.ingest;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.ArticleMetadata;
import dev.pamir.pipeline.Limits;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The InputResolver turns the arguments a user gave into inputs: a file is itself, a folder is
 * every regular file below it in name order, a URL is a URL. What cannot be resolved is a
 * rejection, and the rest go on.
 *
 * <p>Thread-safe and immutable.
 */
public final class InputResolver {

  private final Limits limits;

  public InputResolver(Limits limits) {
    this.limits = requireNonNull(limits, "limits is null");
  }

  /** One resolved argument: the inputs it names, or why it names none. */
  public sealed interface Resolved {
    record Inputs(List<Input> inputs) implements Resolved {
      public Inputs {
        inputs = List.copyOf(inputs);
      }
    }

    record Rejected(InputRejectedException reason) implements Resolved {}
  }

  public Resolved resolve(String argument) {
    requireNonNull(argument, "argument is null");
    String lower = argument.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      try {
        URI uri = new URI(argument);
        if (uri.getHost() == null) {
          return rejected(InputRejectedException.bad(argument, "URL has no host"));
        }
        return new Resolved.Inputs(List.of(new Input.Url(uri, ArticleMetadata.EMPTY)));
      } catch (URISyntaxException e) {
        return rejected(InputRejectedException.bad(argument, "not a valid URL: " + e.getReason()));
      }
    }
    if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
      return rejected(
          InputRejectedException.bad(argument, "unsupported URL scheme; use http or https"));
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      return rejected(InputRejectedException.bad(printable(argument), "not a valid path"));
    }
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
      return rejected(InputRejectedException.bad(argument, "no such file or folder"));
    }
    if (Files.isDirectory(path)) {
      return folder(path, argument);
    }
    if (!Files.isRegularFile(path)) {
      return rejected(InputRejectedException.bad(argument, "not a regular file"));
    }
    return new Resolved.Inputs(List.of(new Input.File(path, argument)));
  }

  private Resolved folder(Path folder, String argument) {
    List<Input> inputs = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .limit(limits.maxInputFiles() + 1L)
              .toList();
      if (files.size() > limits.maxInputFiles()) {
        return rejected(
            InputRejectedException.limit(
                argument,
                "folder holds more than " + limits.maxInputFiles() + " files; name a smaller one"));
      }
      Path base = folder.getFileName() == null ? folder : folder.getFileName();
      for (Path file : files) {
        String name = base.resolve(folder.relativize(file)).toString();
        inputs.add(new Input.File(file, name));
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return rejected(
          InputRejectedException.bad(argument, "cannot list folder: " + e.getMessage()));
    }
    return new Resolved.Inputs(inputs);
  }

  /** {@code argument} with its control characters escaped, fit to show on a terminal. */
  private static String printable(String argument) {
    StringBuilder out = new StringBuilder(argument.length());
    argument
        .chars()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                out.append((char) c);
              }
            });
    return out.toString();
  }

  private static Resolved rejected(InputRejectedException e) {
    return new Resolved.Rejected(e);
  }
}
