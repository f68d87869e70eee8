package dev.pamir.app;

import dev.pamir.ingest.InputRejectedException;

/**
 * Hears what happens to a batch: rejected inputs, warnings and progress. Called from the thread
 * that runs the batch, never concurrently.
 */
public interface BatchListener {

  void rejected(InputRejectedException rejection);

  void warning(String input, String message);

  /**
   * {@code done} inputs of {@code known} are finished; {@code known} grows as folders, JSON Lines
   * files and feeds reveal more.
   */
  void progress(int done, int known);

  /** A listener that ignores everything. */
  BatchListener SILENT =
      new BatchListener() {
        @Override
        public void rejected(InputRejectedException rejection) {}

        @Override
        public void warning(String input, String message) {}

        @Override
        public void progress(int done, int known) {}
      };
}
