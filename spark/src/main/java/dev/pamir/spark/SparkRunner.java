package dev.pamir.spark;

import java.io.IOException;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * Starts a Spark session for a job and stops it after: on the master named, or on the one {@code
 * spark-submit} configured, or else in this process on {@code local[cores]}. A local session binds
 * to the loopback address and runs without its web UI.
 */
public final class SparkRunner {

  private SparkRunner() {}

  /** Whether Spark is on the class path, as {@code ./pamir spark} and spark-submit put it. */
  public static boolean sparkPresent() {
    try {
      Class.forName("org.apache.spark.sql.SparkSession", false, SparkRunner.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  public static SparkJob.Summary run(
      SparkJob.Options options, Optional<String> master, SparkJob.Listener listener)
      throws IOException {
    SparkSession.Builder builder = SparkSession.builder().appName("pamir");
    Optional<String> chosen =
        master.or(() -> Optional.ofNullable(System.getProperty("spark.master")));
    String effective = chosen.orElse("local[" + Runtime.getRuntime().availableProcessors() + "]");
    builder.master(effective);
    if (effective.startsWith("local")) {
      builder
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "8")
          .config("spark.default.parallelism", localCores(effective));
    }
    SparkSession spark = builder.getOrCreate();
    try {
      listener.phase("Spark " + spark.version() + " on " + effective);
      return new SparkJob(spark).run(options, listener);
    } finally {
      spark.stop();
    }
  }

  /** The cores of {@code local}, {@code local[N]} or {@code local[*]}. */
  private static String localCores(String master) {
    int open = master.indexOf('[');
    if (open < 0) {
      return "1";
    }
    String n = master.substring(open + 1, master.indexOf(']', open)).split(",")[0];
    return n.equals("*") ? String.valueOf(Runtime.getRuntime().availableProcessors()) : n;
  }
}
