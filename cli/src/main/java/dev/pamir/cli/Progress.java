package dev.pamir.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn in place. Not thread-safe: the batch thread only. */
final class Progress {

  /** When to draw the bar. */
  enum When {
    auto,
    always,
    never
  }

  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean enabled;
  private boolean drawn;

  Progress(PrintWriter err, When when, int arguments) {
    this.err = err;
    this.enabled =
        switch (when) {
          case always -> true;
          case never -> false;
          case auto -> System.console() != null && arguments > 0;
        };
  }

  void update(int done, int known) {
    if (!enabled || known <= 5) {
      return;
    }
    int filled = (int) ((long) WIDTH * Math.min(done, known) / known);
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + known);
    err.flush();
    drawn = true;
  }

  void clear() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
      err.flush();
      drawn = false;
    }
  }

  void finish() {
    clear();
  }
}
