package dev.pamir.app;

/** How a batch went: articles written and inputs rejected. */
public record BatchSummary(int articles, int rejected) {
  public boolean allAccepted() {
    return rejected == 0;
  }
}
