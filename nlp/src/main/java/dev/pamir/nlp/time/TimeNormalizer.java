package dev.pamir.nlp.time;

import dev.pamir.model.Article;
import dev.pamir.model.Layer;
import dev.pamir.model.NamedMention;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.Span;
import dev.pamir.model.TimeExpression;
import dev.pamir.model.TimeValue;
import dev.pamir.pipeline.Stage;
import dev.pamir.pipeline.StageContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TimeNormalizer finds an article's time expressions and gives each its calendar value: it
 * starts from the recogniser's DATE, TIME, DURATION and SET mentions, joins the pieces the
 * recogniser splits ("April" and "26-27"), adds the forms it misses ("31/07/2021", "2021-2025"),
 * and resolves them with Pamir's own {@link TimeResolver}, falling back on SUTime's value only
 * where the resolver has no rule.
 *
 * <p>The anchor of relative expressions is the publication day; without one, the nearest explicit
 * full date written before the expression (else after it); without either, relative expressions
 * keep an empty value. The clock is never read. Durations, frequencies, times of day without a date
 * and vague references ("now", "recently") are left out. The output is ordered by position, one
 * expression per span, none overlapping.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeNormalizer implements Stage {

  private static final Set<String> TIME_LABELS = Set.of("DATE", "TIME", "DURATION", "SET");

  /** A word SUTime's value must rest on: a digit, a unit, a named day, month or season. */
  private static final Pattern CALENDAR_WORD =
      Pattern.compile(
          "\\d|(?i)\\b(?:year|month|week|weekend|quarter|half|century|decade|spring|summer|fall"
              + "|autumn|winter|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night"
              + "|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

  /**
   * Words that tie an expression to a time the text sets, not to the anchor ("the following year",
   * "that day"), or make it a stretch back from now ("the past year"): SUTime resolves these from
   * the publication date, which is a guess.
   */
  private static final Pattern RELATIVE_TO_TEXT =
      Pattern.compile(
          "(?i)\\b(?:following|previous|preceding|prior|same|that|those|then|past|recent|next few"
              + "|last few|within|coming days|earlier|later|before|after)\\b");

  private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s+|\\s+and\\s+");

  private static final Pattern PART_OF_DAY =
      Pattern.compile("(?i)morning|afternoon|evening|night|noon|midnight|overnight");

  private final TimeResolver resolver = new TimeResolver();

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(
        Layer.TEXT, Layer.METADATA, Layer.TOKENS, Layer.SENTENCES, Layer.NAMED_MENTIONS);
  }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.TIMES);
  }

  @Override
  public Article apply(Article in, StageContext context) {
    return in.withTimes(
        normalize(
            in.text(),
            in.metadata().published().map(PublicationDate::day),
            in.annotations().namedMentions(),
            new TenseReader(in.annotations().tokens(), in.annotations().sentences())));
  }

  /**
   * The time expressions of {@code text}, from the recogniser's {@code mentions}, resolved against
   * {@code published} when present.
   */
  List<TimeExpression> normalize(
      String text, Optional<LocalDate> published, List<NamedMention> mentions, TenseReader tenses) {
    DateOrder order = DateOrder.of(text);
    List<Candidate> candidates = candidates(text, mentions, order);
    TreeMap<Integer, LocalDate> explicitDays = new TreeMap<>();
    if (published.isEmpty()) {
      for (Candidate c : candidates) {
        if (evaluate(c, text, Optional.empty(), Tense.PAST, order) instanceof Resolution.Resolved r
            && r.value() instanceof TimeValue.Day day) {
          explicitDays.put(c.span().start(), day.value());
        }
      }
    }
    List<TimeExpression> times = new ArrayList<>();
    for (Candidate c : candidates) {
      if (isClockTime(text, c.span())) {
        continue;
      }
      Optional<LocalDate> anchor = published.or(() -> nearest(explicitDays, c.span().start()));
      Tense tense = tenses.tenseAt(c.span(), c.span().of(text));
      Resolution resolution = evaluate(c, text, anchor, tense, order);
      if (resolution instanceof Resolution.Resolved r) {
        times.add(new TimeExpression(c.span(), Optional.of(r.value())));
      } else if (resolution instanceof Resolution.Unresolved) {
        times.add(new TimeExpression(c.span(), Optional.empty()));
      }
    }
    return times;
  }

  /** What follows four digits that are a time of day: a time zone, "hours", "local time". */
  private static final Pattern CLOCK_FOLLOWER =
      Pattern.compile(
          "[ \\t]?(?:(?:gmt|utc|est(?!\\.)|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|eet|eest|msk"
              + "|jst|hrs|hours)\\b|local time)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether {@code span} is four digits followed by a time zone or "hours" ("1600 est", "2100 gmt",
   * "0930 hrs"): a time of day, not a year, and no date at all.
   */
  static boolean isClockTime(String text, Span span) {
    if (!span.of(text).matches("\\d{4}")) {
      return false;
    }
    return CLOCK_FOLLOWER.matcher(text).region(span.end(), text.length()).lookingAt();
  }

  private static Optional<LocalDate> nearest(TreeMap<Integer, LocalDate> days, int position) {
    var before = days.lowerEntry(position);
    if (before != null) {
      return Optional.of(before.getValue());
    }
    return Optional.ofNullable(days.ceilingEntry(position)).map(e -> e.getValue());
  }

  /** The resolver's reading, else SUTime's value for a recogniser mention it has no rule for. */
  private Resolution evaluate(
      Candidate c, String text, Optional<LocalDate> anchor, Tense tense, DateOrder order) {
    Resolution own = resolver.resolve(c.span().of(text), anchor, tense, order);
    if (!(own instanceof Resolution.NotCalendar) || c.mention().isEmpty()) {
      return own;
    }
    NamedMention mention = c.mention().orElseThrow();
    if (!mention.label().equals("DATE") && !mention.label().equals("TIME")) {
      return own;
    }
    String covered = c.span().of(text);
    if (!CALENDAR_WORD.matcher(covered).find() || RELATIVE_TO_TEXT.matcher(covered).find()) {
      return own;
    }
    Optional<String> timex = mention.normalized();
    if (timex.isEmpty()) {
      return own;
    }
    Optional<TimeValue> value = TimexValues.parse(timex.orElseThrow());
    if (value.isPresent()) {
      return new Resolution.Resolved(value.orElseThrow());
    }
    return TimexValues.isUnplacedCalendar(timex.orElseThrow()) && anchor.isEmpty()
        ? Resolution.UNRESOLVED
        : Resolution.NOT_CALENDAR;
  }

  /**
   * The candidate expressions: the finder's forms, each widened to the recogniser mention it
   * overlaps when the whole still reads as a time (else the mention's other items are kept); the
   * recogniser's other time mentions, a list ("Monday, Tuesday and Friday") cut into its items; no
   * two overlapping.
   */
  private List<Candidate> candidates(String text, List<NamedMention> mentions, DateOrder order) {
    List<Span> found = ExpressionFinder.find(text);
    List<Candidate> all = new ArrayList<>();
    for (Span span : found) {
      all.add(new Candidate(span, Optional.empty()));
    }
    for (NamedMention recognised : withPartsOfDay(text, mentions)) {
      if (!TIME_LABELS.contains(recognised.label())
          || recognised.span().length() == 0
          || ExpressionFinder.namesAThing(text, recognised.span())) {
        continue;
      }
      NamedMention mention = withWholeSpelledYear(text, recognised);
      List<Span> overlapping = found.stream().filter(f -> overlaps(f, mention.span())).toList();
      if (overlapping.size() > 1) {
        continue;
      }
      if (overlapping.size() == 1) {
        Span f = overlapping.get(0);
        Span union =
            new Span(
                Math.min(f.start(), mention.span().start()),
                Math.max(f.end(), mention.span().end()));
        if (union.equals(f)) {
          continue;
        }
        if (!(resolver.resolve(union.of(text), Optional.of(LocalDate.EPOCH), Tense.PAST, order)
            instanceof Resolution.NotCalendar)) {
          all.add(new Candidate(union, Optional.of(mention)));
        } else {
          for (Candidate piece : items(text, mention, order)) {
            if (!overlaps(piece.span(), f)) {
              all.add(piece);
            }
          }
        }
        continue;
      }
      all.addAll(items(text, mention, order));
    }
    return withoutOverlaps(all);
  }

  /**
   * The mentions with a part of day the recogniser tagged on its own ("Sunday" and "morning", each
   * with the value of the whole) joined to the time mention just before it: "Sunday morning".
   */
  private static List<NamedMention> withPartsOfDay(String text, List<NamedMention> mentions) {
    List<NamedMention> joined = new ArrayList<>(mentions.size());
    for (NamedMention m : mentions) {
      NamedMention before = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (before != null
          && TIME_LABELS.contains(m.label())
          && TIME_LABELS.contains(before.label())
          && PART_OF_DAY.matcher(m.span().of(text)).matches()
          && before.span().end() <= m.span().start()
          && m.span().start() - before.span().end() <= 2
          && text.substring(before.span().end(), m.span().start()).isBlank()) {
        joined.set(
            joined.size() - 1,
            new NamedMention(
                new Span(before.span().start(), m.span().end()),
                before.label(),
                before.normalized()));
      } else {
        joined.add(m);
      }
    }
    return joined;
  }

  /**
   * The mention widened over the rest of a year in words it cuts ("nineteen ninety" of "nineteen
   * ninety-six": the tokenizer splits at the hyphen).
   */
  private static NamedMention withWholeSpelledYear(String text, NamedMention mention) {
    Span span = mention.span();
    Matcher m = TimeResolver.SPELLED_YEAR.matcher(text);
    m.region(span.start(), Math.min(text.length(), span.end() + 12));
    while (m.find()) {
      if (m.start() < span.end() && m.end() > span.end()) {
        return new NamedMention(
            new Span(span.start(), m.end()), mention.label(), mention.normalized());
      }
    }
    return mention;
  }

  /**
   * A mention, or its items when it is a list that does not read as one time but whose every item
   * does ("Monday, Oct. 26" is one time; "the 1990s, last week" two).
   */
  private List<Candidate> items(String text, NamedMention mention, DateOrder order) {
    String covered = mention.span().of(text);
    if (!(resolver.resolve(covered, Optional.of(LocalDate.EPOCH), Tense.PAST, order)
        instanceof Resolution.NotCalendar)) {
      return List.of(new Candidate(mention.span(), Optional.of(mention)));
    }
    Matcher separator = LIST_SEPARATOR.matcher(covered);
    List<Candidate> pieces = new ArrayList<>();
    int from = 0;
    boolean split = false;
    while (true) {
      boolean more = separator.find();
      int to = more ? separator.start() : covered.length();
      Span piece = new Span(mention.span().start() + from, mention.span().start() + to);
      if (resolver.resolve(piece.of(text), Optional.of(LocalDate.EPOCH), Tense.PAST, order)
          instanceof Resolution.NotCalendar) {
        return List.of(new Candidate(mention.span(), Optional.of(mention)));
      }
      pieces.add(new Candidate(piece, Optional.empty()));
      if (!more) {
        break;
      }
      split = true;
      from = separator.end();
    }
    return split ? pieces : List.of(new Candidate(mention.span(), Optional.of(mention)));
  }

  /** Longest first, then earliest; a candidate overlapping a kept one is dropped. */
  private static List<Candidate> withoutOverlaps(List<Candidate> all) {
    List<Candidate> byLength = new ArrayList<>(all);
    byLength.sort(
        (a, b) ->
            a.span().length() != b.span().length()
                ? Integer.compare(b.span().length(), a.span().length())
                : a.span().compareTo(b.span()));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : byLength) {
      if (kept.stream().noneMatch(k -> overlaps(k.span(), c.span()))) {
        kept.add(c);
      }
    }
    kept.sort((a, b) -> a.span().compareTo(b.span()));
    return kept;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** A stretch of text that may be a time, with the recogniser mention it came from if any. */
  private record Candidate(Span span, Optional<NamedMention> mention) {}
}
