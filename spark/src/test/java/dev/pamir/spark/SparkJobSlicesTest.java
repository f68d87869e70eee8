package dev.pamir.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many tasks share a file of many articles. */
class SparkJobSlicesTest {

  @Test
  void slices_smallFile_keepsFourTasksACore() {
    assertThat(SparkJob.slices(10_000, 2)).isEqualTo(8);
    assertThat(SparkJob.slices(0, 3)).isEqualTo(12);
    assertThat(SparkJob.slices(-1, 2)).isEqualTo(8);
  }

  @Test
  void slices_mediumFile_cutsItIntoShortTasks() {
    long bytes = 800 * 1024;
    assertThat(SparkJob.slices(bytes, 2)).isEqualTo((int) (bytes / SparkJob.SLICE_BYTES));
  }

  @Test
  void slices_bigFile_boundsWhatTheTasksRereadTogether() {
    long bytes = 100L * 1024 * 1024;
    int slices = SparkJob.slices(bytes, 2);
    assertThat(slices).isEqualTo(10);
    assertThat(slices * bytes).isLessThanOrEqualTo(SparkJob.REREAD_BYTES);
    assertThat(SparkJob.slices(8L << 30, 16)).isEqualTo(64);
  }
}
