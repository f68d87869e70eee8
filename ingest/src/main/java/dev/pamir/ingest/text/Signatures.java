package dev.pamir.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signatures reads who wrote an article and for whom from its byline and signature lines: "By Jane
 * Roe and John Doe", "Ainur Kurmanov.", "Written for the Central Media Office of X by **Y**",
 * "Media Office of X in Y".
 *
 * <p>Stateless and thread-safe.
 */
final class Signatures {

  /** A signature's parts: its outlet when it names one and its authors. */
  record Signature(Optional<String> outlet, List<String> authors) {
    Signature {
      authors = List.copyOf(authors);
    }
  }

  private static final Set<String> PARTICLES =
      Set.of(
          "bin", "ibn", "bint", "al", "el", "de", "da", "di", "del", "della", "van", "von", "der",
          "den", "du", "la", "le", "ul", "abu", "y", "dos", "das", "ter", "ben", "st");

  private static final Set<String> NOT_NAME_WORDS =
      Set.of(
          "staff",
          "editor",
          "editors",
          "editorial",
          "desk",
          "team",
          "agency",
          "office",
          "news",
          "press",
          "release",
          "media",
          "service",
          "services",
          "bureau",
          "reporter",
          "reporters",
          "correspondent",
          "contributor",
          "writer",
          "admin",
          "administrator",
          "website",
          "online",
          "international",
          "asia",
          "europe",
          "america",
          "africa",
          "russia",
          "central",
          "comment",
          "analysis",
          "opinion",
          "column",
          "the",
          "and",
          "for",
          "of",
          "in",
          "on",
          "with",
          "views",
          "tags",
          "photo",
          "video",
          "update",
          "updated",
          "published",
          "posted");

  private static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "Office",
          "Bureau",
          "Agency",
          "Service",
          "Press",
          "Media",
          "News",
          "Newspaper",
          "Times",
          "Post",
          "Journal",
          "Gazette",
          "Herald",
          "Tribune",
          "Centre",
          "Center",
          "Institute",
          "Council",
          "Committee",
          "Ministry",
          "Network",
          "Channel",
          "Radio",
          "Television",
          "TV",
          "Broadcasting",
          "Foundation",
          "Daily",
          "Weekly",
          "Review",
          "Monitor",
          "Observer");

  private static final Pattern NAME_TOKEN =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|(?:al|el|ad|as|ash|an)-\\p{Lu}[\\p{L}\\p{M}'’-]*)");

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:(?:by|written by|posted by|reported by|words by|text by|story by)\\s+"
              + "|(?:authors?|byline)\\s*:\\s*)(.{2,200})$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WRITTEN_FOR_BY =
      Pattern.compile(
          "^(?:written|prepared|compiled|reported) for (.{2,150}?) by (.{2,100})$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WRITTEN_BY_FOR =
      Pattern.compile(
          "^(?:written|prepared|compiled|reported) by (.{2,100}?) for (.{2,150})$",
          Pattern.CASE_INSENSITIVE);

  /** "the Central Media Office of Hizb ut Tahrir": an office of an organisation, said in full. */
  private static final Pattern OFFICE_OF =
      Pattern.compile(
          "^the ((?:\\p{Lu}[\\p{L}-]* ){0,4}(?:Office|Bureau|Desk|Service|Department|Section|Unit"
              + "|Division|Centre|Center))\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{N}'’.&-]*"
              + "(?: (?:\\p{Lu}[\\p{L}\\p{N}'’.&-]*|[a-z]{1,3})){0,5})$");

  private static final Pattern SPLIT_NAMES =
      Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bwith\\b)\\s*");

  private Signatures() {}

  /** Strips markdown emphasis and the closing full stop from {@code text}. */
  static String bare(String text) {
    String s = text.replace("**", "").replace("__", "").strip();
    s = s.replaceAll("^[*_]+|[*_]+$", "").strip();
    while (s.endsWith(".") || s.endsWith(",")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /** Whether {@code text} is a person's name: two to five capitalised words or name particles. */
  static boolean isName(String text) {
    String s = bare(text);
    if (s.isEmpty() || s.length() > 60 || s.contains("@") || s.contains("://")) {
      return false;
    }
    String[] tokens = s.split("\\s+");
    if (tokens.length < 2 || tokens.length > 5) {
      return false;
    }
    int capitalised = 0;
    for (String token : tokens) {
      String lower = token.toLowerCase(Locale.ROOT);
      if (NOT_NAME_WORDS.contains(lower.replaceAll("[.'’]", ""))) {
        return false;
      }
      if (NAME_TOKEN.matcher(token).matches()) {
        capitalised++;
      } else if (!PARTICLES.contains(lower)) {
        return false;
      }
    }
    return capitalised >= 2;
  }

  /** The names in a byline's list: "Jane Roe and John Doe" gives both, "Staff" gives none. */
  static List<String> names(String list) {
    List<String> names = new ArrayList<>();
    for (String part : SPLIT_NAMES.split(bare(list))) {
      String name = bare(part);
      if (isName(name) && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /** The authors a byline line names ("By X and Y", "Author: X"), empty when it is no byline. */
  static List<String> byline(String line) {
    Matcher m = BYLINE.matcher(bare(line));
    if (!m.matches()) {
      return List.of();
    }
    String rest = m.group(1);
    if (line.strip().startsWith("by")) {
      return List.of();
    }
    return names(rest);
  }

  /** A "written for X by Y" or "written by Y for X" signature, when {@code line} is one. */
  static Optional<Signature> writtenFor(String line) {
    String s = line.replace("**", "").replace("__", "").strip();
    Matcher forBy = WRITTEN_FOR_BY.matcher(s);
    if (forBy.matches()) {
      return Optional.of(new Signature(outletName(forBy.group(1)), names(forBy.group(2))));
    }
    Matcher byFor = WRITTEN_BY_FOR.matcher(s);
    if (byFor.matches()) {
      return Optional.of(new Signature(outletName(byFor.group(2)), names(byFor.group(1))));
    }
    return Optional.empty();
  }

  /**
   * Whether {@code line} is an organisation's signature: a short title-case line naming an office,
   * agency, newspaper or the like, not a sentence and not a link.
   */
  static boolean isOrganizationLine(String line) {
    String s = bare(line);
    if (s.isEmpty() || s.length() > 120 || line.strip().endsWith(".") || s.endsWith(":")) {
      return false;
    }
    if (LineShapes.linkShare(s) > 0
        || s.matches("(?i).*\\b(?:web ?site|site|portal|homepage|page|news)$")) {
      return false;
    }
    String[] tokens = s.split("\\s+");
    if (tokens.length > 12) {
      return false;
    }
    int capitalised = 0;
    boolean organization = false;
    for (String token : tokens) {
      if (Character.isUpperCase(token.codePointAt(0))) {
        capitalised++;
      }
      if (ORGANIZATION_WORDS.contains(token)) {
        organization = true;
      }
    }
    return organization && capitalised * 2 >= tokens.length;
  }

  /**
   * An outlet's name as a signature gives it, in the form a reader would write: "the Central Media
   * Office of Hizb ut Tahrir" becomes "Hizb ut Tahrir Central Media Office" (an organisation's
   * office, like "the Press Office of the White House" is the "White House Press Office"); other
   * names only lose emphasis and a leading "the".
   */
  static Optional<String> outletName(String text) {
    String s = bare(text);
    Matcher office = OFFICE_OF.matcher(s);
    if (office.matches()) {
      return Optional.of(office.group(2) + " " + office.group(1));
    }
    s = s.replaceFirst("(?i)^the\\s+", "").strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
