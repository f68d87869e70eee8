package dev.pamir.spark;

import dev.pamir.ingest.Input;
import dev.pamir.ingest.InputResolver;
import dev.pamir.ingest.warc.WarcArchiveReader;
import dev.pamir.pipeline.Limits;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * InputListing turns the job's arguments into the files to read, on the driver, named and ordered
 * as {@code pamir analyze} names and orders them: a file as given, a folder's files (read
 * recursively, hidden ones passed over) in path order as the folder's name and their path inside
 * it. Local paths go through the same resolver as {@code analyze}; other Hadoop file systems
 * ({@code hdfs://}, {@code s3a://}, ...) are listed through Hadoop.
 */
final class InputListing {

  /** The files, in input order, and the arguments that name nothing readable. */
  record Listed(List<SourceFile> files, List<Outcome> rejected) {}

  private final Limits limits;
  private final Configuration hadoop;

  InputListing(Limits limits, Configuration hadoop) {
    this.limits = limits;
    this.hadoop = hadoop;
  }

  Listed list(List<String> arguments) {
    List<SourceFile> files = new ArrayList<>();
    List<Outcome> rejected = new ArrayList<>();
    InputResolver resolver = new InputResolver(limits);
    for (String argument : arguments) {
      String lower = argument.toLowerCase(Locale.ROOT);
      long position =
          new SourceFile(files.size() + rejected.size(), argument, argument, true, 0, 1)
              .position(0);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        rejected.add(
            Outcome.rejected(
                position,
                argument,
                argument + ": pamir spark reads files; analyse URLs and feeds with pamir analyze"));
      } else if (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.startsWith("file:")) {
        listHadoop(argument, files, rejected, position);
      } else {
        InputResolver.Resolved resolved =
            resolver.resolve(
                lower.startsWith("file:") ? new Path(argument).toUri().getPath() : argument);
        if (resolved instanceof InputResolver.Resolved.Rejected r) {
          rejected.add(Outcome.rejected(position, argument, r.reason().getMessage()));
        } else if (resolved instanceof InputResolver.Resolved.Inputs inputs) {
          for (Input input : inputs.inputs()) {
            if (input instanceof Input.File file) {
              files.add(
                  new SourceFile(
                      files.size() + rejected.size(),
                      file.path().toAbsolutePath().toString(),
                      file.name(),
                      true,
                      0,
                      1));
            }
          }
        }
      }
    }
    return new Listed(files, rejected);
  }

  private void listHadoop(
      String argument, List<SourceFile> files, List<Outcome> rejected, long position) {
    try {
      Path path = new Path(argument);
      FileSystem fs = path.getFileSystem(hadoop);
      FileStatus status = fs.getFileStatus(path);
      if (!status.isDirectory()) {
        files.add(new SourceFile(files.size() + rejected.size(), argument, argument, false, 0, 1));
        return;
      }
      Path root = status.getPath();
      List<String> found = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
      while (it.hasNext()) {
        LocatedFileStatus file = it.next();
        if (file.isFile() && !file.getPath().getName().startsWith(".")) {
          found.add(file.getPath().toString());
          if (found.size() > limits.maxInputFiles()) {
            rejected.add(
                Outcome.rejected(
                    position,
                    argument,
                    argument
                        + ": folder holds more than "
                        + limits.maxInputFiles()
                        + " files; name a smaller one"));
            return;
          }
        }
      }
      found.sort(null);
      String prefix = root.toString().endsWith("/") ? root.toString() : root.toString() + "/";
      for (String file : found) {
        String name = root.getName() + "/" + file.substring(prefix.length());
        files.add(new SourceFile(files.size() + rejected.size(), file, name, false, 0, 1));
      }
    } catch (FileNotFoundException e) {
      rejected.add(Outcome.rejected(position, argument, argument + ": no such file or folder"));
    } catch (IOException | IllegalArgumentException e) {
      rejected.add(
          Outcome.rejected(position, argument, argument + ": cannot list: " + e.getMessage()));
    }
  }

  /** Whether the file holds many articles, so several tasks share it. */
  static boolean holdsMany(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String plain = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
    return plain.endsWith(".jsonl") || plain.endsWith(".ndjson") || WarcArchiveReader.isWarc(name);
  }
}
