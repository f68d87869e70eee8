package dev.pamir.ingest.meta;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ZoneNames maps the zone names that news pages and feeds write ("GMT", "EDT", "Moscow time",
 * "UTC+3") to zones.
 *
 * <p>Abbreviations map to the fixed offset they name (EDT is always -04:00); "city time" maps to
 * the city's region zone, so its offset follows that city's rules on the day in question.
 *
 * <p>Stateless and thread-safe.
 */
final class ZoneNames {

  private static final Map<String, ZoneId> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("Z", ZoneOffset.UTC),
          Map.entry("UT", ZoneOffset.UTC),
          Map.entry("UTC", ZoneOffset.UTC),
          Map.entry("GMT", ZoneOffset.UTC),
          Map.entry("WET", ZoneOffset.UTC),
          Map.entry("BST", ZoneOffset.ofHours(1)),
          Map.entry("WEST", ZoneOffset.ofHours(1)),
          Map.entry("CET", ZoneOffset.ofHours(1)),
          Map.entry("CEST", ZoneOffset.ofHours(2)),
          Map.entry("EET", ZoneOffset.ofHours(2)),
          Map.entry("EEST", ZoneOffset.ofHours(3)),
          Map.entry("MSK", ZoneOffset.ofHours(3)),
          Map.entry("TRT", ZoneOffset.ofHours(3)),
          Map.entry("GST", ZoneOffset.ofHours(4)),
          Map.entry("PKT", ZoneOffset.ofHours(5)),
          Map.entry("UZT", ZoneOffset.ofHours(5)),
          Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
          Map.entry("ALMT", ZoneOffset.ofHours(5)),
          Map.entry("WIB", ZoneOffset.ofHours(7)),
          Map.entry("ICT", ZoneOffset.ofHours(7)),
          Map.entry("HKT", ZoneOffset.ofHours(8)),
          Map.entry("SGT", ZoneOffset.ofHours(8)),
          Map.entry("JST", ZoneOffset.ofHours(9)),
          Map.entry("KST", ZoneOffset.ofHours(9)),
          Map.entry("AEST", ZoneOffset.ofHours(10)),
          Map.entry("AEDT", ZoneOffset.ofHours(11)),
          Map.entry("NZST", ZoneOffset.ofHours(12)),
          Map.entry("NZDT", ZoneOffset.ofHours(13)),
          Map.entry("AST", ZoneOffset.ofHours(-4)),
          Map.entry("ADT", ZoneOffset.ofHours(-3)),
          Map.entry("EST", ZoneOffset.ofHours(-5)),
          Map.entry("EDT", ZoneOffset.ofHours(-4)),
          Map.entry("CST", ZoneOffset.ofHours(-6)),
          Map.entry("CDT", ZoneOffset.ofHours(-5)),
          Map.entry("MST", ZoneOffset.ofHours(-7)),
          Map.entry("MDT", ZoneOffset.ofHours(-6)),
          Map.entry("PST", ZoneOffset.ofHours(-8)),
          Map.entry("PDT", ZoneOffset.ofHours(-7)),
          Map.entry("AKST", ZoneOffset.ofHours(-9)),
          Map.entry("AKDT", ZoneOffset.ofHours(-8)),
          Map.entry("HST", ZoneOffset.ofHours(-10)),
          Map.entry("ET", ZoneId.of("America/New_York")),
          Map.entry("CT", ZoneId.of("America/Chicago")),
          Map.entry("MT", ZoneId.of("America/Denver")),
          Map.entry("PT", ZoneId.of("America/Los_Angeles")));

  /** Names that precede "time": "Moscow time", "Eastern Time", "Greenwich Mean Time". */
  private static final Map<String, ZoneId> NAMED_TIMES =
      Map.ofEntries(
          Map.entry("greenwich mean", ZoneOffset.UTC),
          Map.entry("greenwich", ZoneOffset.UTC),
          Map.entry("universal", ZoneOffset.UTC),
          Map.entry("coordinated universal", ZoneOffset.UTC),
          Map.entry("british summer", ZoneOffset.ofHours(1)),
          Map.entry("central european summer", ZoneOffset.ofHours(2)),
          Map.entry("central european", ZoneId.of("Europe/Paris")),
          Map.entry("eastern european", ZoneId.of("Europe/Athens")),
          Map.entry("eastern standard", ZoneOffset.ofHours(-5)),
          Map.entry("eastern daylight", ZoneOffset.ofHours(-4)),
          Map.entry("eastern", ZoneId.of("America/New_York")),
          Map.entry("central", ZoneId.of("America/Chicago")),
          Map.entry("mountain", ZoneId.of("America/Denver")),
          Map.entry("pacific standard", ZoneOffset.ofHours(-8)),
          Map.entry("pacific daylight", ZoneOffset.ofHours(-7)),
          Map.entry("pacific", ZoneId.of("America/Los_Angeles")),
          Map.entry("indian standard", ZoneOffset.ofHoursMinutes(5, 30)),
          Map.entry("moscow", ZoneId.of("Europe/Moscow")),
          Map.entry("kyiv", ZoneId.of("Europe/Kiev")),
          Map.entry("kiev", ZoneId.of("Europe/Kiev")),
          Map.entry("minsk", ZoneId.of("Europe/Minsk")),
          Map.entry("london", ZoneId.of("Europe/London")),
          Map.entry("paris", ZoneId.of("Europe/Paris")),
          Map.entry("berlin", ZoneId.of("Europe/Berlin")),
          Map.entry("brussels", ZoneId.of("Europe/Brussels")),
          Map.entry("warsaw", ZoneId.of("Europe/Warsaw")),
          Map.entry("istanbul", ZoneId.of("Europe/Istanbul")),
          Map.entry("ankara", ZoneId.of("Europe/Istanbul")),
          Map.entry("tbilisi", ZoneId.of("Asia/Tbilisi")),
          Map.entry("yerevan", ZoneId.of("Asia/Yerevan")),
          Map.entry("baku", ZoneId.of("Asia/Baku")),
          Map.entry("tehran", ZoneId.of("Asia/Tehran")),
          Map.entry("kabul", ZoneId.of("Asia/Kabul")),
          Map.entry("tashkent", ZoneId.of("Asia/Tashkent")),
          Map.entry("dushanbe", ZoneId.of("Asia/Dushanbe")),
          Map.entry("ashgabat", ZoneId.of("Asia/Ashgabat")),
          Map.entry("bishkek", ZoneId.of("Asia/Bishkek")),
          Map.entry("almaty", ZoneId.of("Asia/Almaty")),
          Map.entry("astana", ZoneId.of("Asia/Almaty")),
          Map.entry("nur-sultan", ZoneId.of("Asia/Almaty")),
          Map.entry("delhi", ZoneId.of("Asia/Kolkata")),
          Map.entry("india", ZoneId.of("Asia/Kolkata")),
          Map.entry("beijing", ZoneId.of("Asia/Shanghai")),
          Map.entry("tokyo", ZoneId.of("Asia/Tokyo")),
          Map.entry("riyadh", ZoneId.of("Asia/Riyadh")),
          Map.entry("cairo", ZoneId.of("Africa/Cairo")),
          Map.entry("jerusalem", ZoneId.of("Asia/Jerusalem")),
          Map.entry("new york", ZoneId.of("America/New_York")),
          Map.entry("washington", ZoneId.of("America/New_York")));

  private static final Pattern OFFSET =
      Pattern.compile(
          "(?:(?:GMT|UTC|UT)\\s*)?([+\\-−])\\s*(\\d{1,2})(?::?(\\d{2}))?(?!\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PREFIXED_OFFSET =
      Pattern.compile(
          "(?:GMT|UTC|UT)\\s*([+\\-−])\\s*(\\d{1,2})(?::?(\\d{2}))?(?!\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ABBREVIATION = Pattern.compile("([A-Z]{1,4})(?![\\p{L}\\d])");
  private static final Pattern NAMED_TIME =
      Pattern.compile(
          "((?:\\p{L}[\\p{L}\\-]*\\s+){0,2}?\\p{L}[\\p{L}\\-]*)\\s+time(?!\\p{L})",
          Pattern.CASE_INSENSITIVE);

  private ZoneNames() {}

  /** A zone and where its name ends in the text it was read from. */
  record Match(ZoneId zone, int end) {}

  /**
   * The zone named at {@code from} in {@code text}, after optional white space and an opening
   * parenthesis; {@code allowBareOffset} accepts "+0300" without a GMT or UTC before it.
   */
  static Optional<Match> at(String text, int from, boolean allowBareOffset) {
    int i = from;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '(')) {
      i++;
    }
    if (i >= text.length()) {
      return Optional.empty();
    }
    Matcher offset = (allowBareOffset ? OFFSET : PREFIXED_OFFSET).matcher(text);
    offset.region(i, text.length());
    if (offset.lookingAt()) {
      int hours = Integer.parseInt(offset.group(2));
      int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
      if (hours <= 14 && minutes < 60) {
        int sign = offset.group(1).equals("+") ? 1 : -1;
        return Optional.of(
            new Match(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes), offset.end()));
      }
    }
    Matcher named = NAMED_TIME.matcher(text);
    named.region(i, Math.min(text.length(), i + 60));
    if (named.lookingAt()) {
      ZoneId zone =
          NAMED_TIMES.get(named.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
      if (zone != null) {
        return Optional.of(new Match(zone, named.end()));
      }
    }
    Matcher abbreviation = ABBREVIATION.matcher(text);
    abbreviation.region(i, text.length());
    if (abbreviation.lookingAt()) {
      ZoneId zone = ABBREVIATIONS.get(abbreviation.group(1));
      if (zone != null) {
        return Optional.of(new Match(zone, abbreviation.end()));
      }
    }
    return Optional.empty();
  }

  /** The zone an abbreviation such as "EST" or "GMT" names. */
  static Optional<ZoneId> abbreviation(String name) {
    return Optional.ofNullable(ABBREVIATIONS.get(name.toUpperCase(Locale.ROOT)));
  }
}
