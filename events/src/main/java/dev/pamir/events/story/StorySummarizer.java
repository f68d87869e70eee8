package dev.pamir.events.story;

import dev.pamir.events.story.Report.ReportDate;
import dev.pamir.model.Actor;
import dev.pamir.model.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A StorySummarizer writes a story's one line from its best report: the most precisely dated, then
 * the one with actors, then with a place, then the most confident, then the first. The line reads
 * {@code Russia — CONSULT (visit) — Uzbekistan, 2021-04-27/2021-04-28, Tashkent: <evidence>},
 * leaving out what the event does not say, with the evidence cut to about {@value #EVIDENCE}
 * characters at a word.
 */
final class StorySummarizer {

  static final int EVIDENCE = 140;

  private static final Comparator<Report> BEST =
      Comparator.<Report>comparingInt(r -> precision(r.date()))
          .thenComparing(Report::hasActors)
          .thenComparing(r -> r.event().place().isPresent())
          .thenComparingDouble(r -> r.event().confidence());

  private StorySummarizer() {}

  static String summary(List<Report> members) {
    Report best = members.get(0);
    for (Report report : members) {
      if (BEST.compare(report, best) > 0) {
        best = report;
      }
    }
    Event event = best.event();
    String type = event.type().name() + event.mode().map(m -> " (" + m + ")").orElse("");
    List<String> parts = new ArrayList<>();
    List<String> sides = new ArrayList<>();
    if (!event.source().isEmpty()) {
      sides.add(names(event.source()));
    }
    sides.add(type);
    if (!event.target().isEmpty()) {
      sides.add(names(event.target()));
    }
    parts.add(String.join(" — ", sides));
    event.date().ifPresent(d -> parts.add(d.iso()));
    event.place().ifPresent(p -> parts.add(p.name()));
    String head = String.join(", ", parts);
    String evidence = shortened(best.evidence());
    return evidence.isEmpty() ? head : head + ": " + evidence;
  }

  private static int precision(ReportDate date) {
    return switch (date.kind()) {
      case PRECISE -> 3;
      case COARSE -> 2;
      case HINT -> 1;
      case NONE -> 0;
    };
  }

  private static String names(List<Actor> actors) {
    return actors.stream().map(Actor::name).distinct().collect(Collectors.joining(", "));
  }

  private static String shortened(String evidence) {
    String line = evidence.strip();
    if (line.length() <= EVIDENCE) {
      return line;
    }
    int cut = line.lastIndexOf(' ', EVIDENCE);
    return line.substring(0, cut > EVIDENCE / 2 ? cut : EVIDENCE).strip() + "…";
  }
}
