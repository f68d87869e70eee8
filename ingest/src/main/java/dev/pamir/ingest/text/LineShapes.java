package dev.pamir.ingest.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LineShapes classifies one line of page text by its shape: prose or not, headline-like, a label, a
 * list of links, a calendar row, a counter. It knows no site: every test is a general pattern.
 *
 * <p>Lines are stripped and contain no newline. Stateless and thread-safe.
 */
final class LineShapes {

  /** Lines longer than this are never debris by shape: only prose is that long. */
  static final int MAX_SHAPED_LINE = 600;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final String CLOSERS = "\"'”’“»)]}*_";

  private static final Set<String> LABEL_WORDS =
      Set.of(
          "press",
          "release",
          "news",
          "comment",
          "comments",
          "analysis",
          "opinion",
          "editorial",
          "breaking",
          "exclusive",
          "update",
          "updated",
          "translated",
          "translation",
          "home",
          "menu",
          "world",
          "politics",
          "feature",
          "features",
          "column",
          "blog",
          "interview",
          "video",
          "photo",
          "photos",
          "live",
          "latest",
          "top",
          "stories",
          "story",
          "report",
          "statement",
          "announcement",
          "commentary",
          "op",
          "ed",
          "and",
          "the",
          "of",
          "in",
          "main",
          "section",
          "category",
          "rubric",
          "region",
          "regions",
          "economy",
          "society",
          "sport",
          "sports",
          "culture",
          "science",
          "business",
          "markets",
          "lifestyle",
          "reports",
          "releases",
          "articles",
          "article",
          "events",
          "more",
          "all");

  private static final Set<String> WEEKDAYS =
      Set.of(
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thur",
          "thurs",
          "fri",
          "sat",
          "sun",
          "mo",
          "tu",
          "we",
          "th",
          "fr",
          "sa",
          "su",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "total",
          "week");

  private static final Pattern URL_PART =
      Pattern.compile(
          "\\[[^\\]\\n]{0,200}\\]\\([^)\\s]{1,500}\\)|<https?://[^>\\s]{1,500}>"
              + "|https?://\\S{1,500}|www\\.\\S{1,500}|\\b[\\w-]{1,60}\\.(?:com|org|net|info|ru|uz|kz"
              + "|io|co|uk|de|fr|gov|edu)\\b(?:/\\S*)?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern COUNTER =
      Pattern.compile(
          "(?:views?|viewed|reads?|hits|shares?|likes?|comments?|reposts?)\\s*:?\\s*\\(?[\\d\\s,.k]+\\)?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DEBRIS_LABEL =
      Pattern.compile(
          "(?:tags?|keywords|share(?: this)?(?: article| story| post)?|print(?: version)?|e-?mail"
              + "|tweet|related(?: articles| news| posts| stories)?|read (?:more|also)|see also"
              + "|advertisement|advertising|sponsored|more on (?:this )?topic|follow us"
              + "|share on \\w+|print this(?: article)?|leave a comment|reply"
              + "|official web ?site|web ?site|contacts?|menu|back to top|login|log in|sign in"
              + "|register)\\s*:?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern MONTH_YEAR =
      Pattern.compile(
          "[•·▪►\"“”«»\\s–—-]*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
              + "|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
              + "\\.?(?:\\s+\\d{4})?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BULLET = Pattern.compile("^(?:[•·▪►◦‣∙–—]|[*+-](?=\\s))\\s*\\S");

  private LineShapes() {}

  static int words(String line) {
    Matcher m = WORD.matcher(line);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The last character of {@code line} that is not a closing quote, bracket or emphasis mark. */
  static char lastMark(String line) {
    for (int i = line.length() - 1; i >= 0; i--) {
      char c = line.charAt(i);
      if (CLOSERS.indexOf(c) < 0 && !Character.isWhitespace(c)) {
        return c;
      }
    }
    return ' ';
  }

  /**
   * Whether {@code line} reads as running prose: a sentence of six words or more ending in a full
   * stop, colon or ellipsis, a long exclamation or question, or anything of 25 words or more.
   */
  static boolean isProse(String line) {
    int words = words(line);
    char last = lastMark(line);
    if (".…;:".indexOf(last) >= 0) {
      return words >= 6;
    }
    if ("!?".indexOf(last) >= 0) {
      return words >= 12;
    }
    return words >= 25;
  }

  /** Whether {@code line} ends like a sentence. */
  static boolean endsSentence(String line) {
    return ".…!?;:".indexOf(lastMark(line)) >= 0;
  }

  /**
   * Whether {@code line} is made only of section-label words ("News & Comment") or a short "X:".
   */
  static boolean isLabel(String line) {
    if (line.length() > 80) {
      return false;
    }
    String bare = line.strip();
    if (bare.startsWith("(") && bare.endsWith(")") && words(bare) <= 4) {
      return true;
    }
    if (bare.endsWith(":") && words(bare) <= 4) {
      return true;
    }
    Matcher m = WORD.matcher(bare.toLowerCase(Locale.ROOT));
    boolean any = false;
    while (m.find()) {
      if (!LABEL_WORDS.contains(m.group())) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Whether {@code line} could be a headline: short, one line, no closing full stop. */
  static boolean isHeadlineLike(String line) {
    int words = words(line);
    if (words < 2 || words > 30 || line.length() > 200) {
      return false;
    }
    char last = lastMark(line);
    if (".,;:…".indexOf(last) >= 0 || line.endsWith("...")) {
      return false;
    }
    int first = line.codePointAt(0);
    if (!(Character.isUpperCase(first)
        || Character.isDigit(first)
        || "\"“«'‘".indexOf(line.charAt(0)) >= 0)) {
      return false;
    }
    return !isLabel(line) && !isLinkLine(line) && linkShare(line) == 0;
  }

  /** The share of the line's non-space characters that belong to URLs or markdown links. */
  static double linkShare(String line) {
    if (line.length() > MAX_SHAPED_LINE) {
      return 0;
    }
    Matcher m = URL_PART.matcher(line);
    int linked = 0;
    while (m.find()) {
      linked += m.group().replaceAll("\\s", "").length();
    }
    int visible = line.replaceAll("\\s", "").length();
    return visible == 0 ? 0 : (double) linked / visible;
  }

  /** Whether {@code line} is mostly links: bare URLs, {@code <url>} or {@code [text](url)}. */
  static boolean isLinkLine(String line) {
    return linkShare(line) >= 0.5;
  }

  /**
   * Whether {@code line} is a list of links or sections separated by pipes ("A Website | B Website
   * | C"): three parts or more, each short and none a sentence.
   */
  static boolean isPipeList(String line) {
    if (line.length() > MAX_SHAPED_LINE) {
      return false;
    }
    String[] parts = URL_PART.matcher(line).replaceAll(" ").split("\\s+[|¦]\\s+|\\s*\\|\\s*");
    if (parts.length < 3) {
      return false;
    }
    for (String part : parts) {
      if (words(part) > 8 || (part.strip().endsWith(".") && words(part) > 3)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code line} is a view, share or comment counter ("Views: 5508"). */
  static boolean isCounter(String line) {
    return line.length() < 40 && COUNTER.matcher(line).matches();
  }

  /** Whether {@code line} is a lone page-furniture label ("Tags:", "Share", "Read also:"). */
  static boolean isDebrisLabel(String line) {
    return line.length() < 40 && DEBRIS_LABEL.matcher(stripBullet(line)).matches();
  }

  /** Whether {@code line} is a row of a calendar widget: run-together day numbers or weekdays. */
  static boolean isCalendarRow(String line) {
    if (line.length() > 120) {
      return false;
    }
    String bare = stripBullet(line).replaceAll("[\"“”«»]", "").strip();
    if (bare.isEmpty()) {
      return false;
    }
    if (bare.matches("[\\d\\s]+") && bare.replaceAll("\\s", "").length() >= 5) {
      return true;
    }
    if (MONTH_YEAR.matcher(line).matches()) {
      return true;
    }
    Matcher m = WORD.matcher(bare.toLowerCase(Locale.ROOT));
    int n = 0;
    while (m.find()) {
      if (!WEEKDAYS.contains(m.group())) {
        return false;
      }
      n++;
    }
    return n >= 3;
  }

  /** Whether {@code line} starts with a bullet mark. */
  static boolean isBulleted(String line) {
    return BULLET.matcher(line).find();
  }

  static String stripBullet(String line) {
    return line.replaceFirst("^(?:[•·▪►◦‣∙–—]+|[*+-]+(?=\\s))\\s*", "");
  }
}
