package dev.pamir.ingest.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DebrisFamilies recognises the families of page furniture that sites paste around articles, each
 * as a general pattern: calls to subscribe, error-report prompts, comment-moderation rules and
 * feedback widgets.
 *
 * <p>Families that real news sentences could also match (rules about comments, "Thank you!") are
 * only trusted in the trailing block after the article; the others hold anywhere. Stateless and
 * thread-safe.
 */
final class DebrisFamilies {

  /** Lines with more words than this are prose, never a family member. */
  private static final int MAX_WORDS = 60;

  private static final Pattern SUBSCRIBE =
      Pattern.compile(
          "^(?:subscribe|sign up|follow us|join us|get our|download our|stay tuned)\\b.{0,400}"
              + "\\b(?:news|newsletter|channel|channels|updates|telegram|youtube|twitter|facebook"
              + "|feed|app|alerts|podcast|email)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SUBSCRIBE_OUTLET =
      Pattern.compile(
          "^(?i:subscribe to )(?:(?i:the) )?(\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?: \\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,3})"
              + " (?:news|newsletter|channel|updates|feed|alerts)\\b");

  private static final Pattern ERROR_REPORT =
      Pattern.compile(
          "ctrl\\s*\\+\\s*enter|^(?:if you (?:have )?(?:find|found|notice|noticed|see|spot|spotted)"
              + "|found|noticed|spotted) (?:an? |any )?(?:error|mistake|typo|inaccuracy)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern MODERATION =
      Pattern.compile(
          "^dear (?:readers|users|visitors|subscribers|commenters)\\b"
              + "|\\bcomments?\\b.{0,200}\\b(?:rules?|publish\\w*|publication|prohibit\\w*|forbid\\w*"
              + "|delet\\w*|moderat\\w*|block\\w*|insult\\w*|extremis\\w*|spam|offensive|obscen\\w*"
              + "|allowed|reserve\\w*|right to)\\b"
              + "|\\b(?:rules?|publish\\w*|publication|prohibit\\w*|forbid\\w*|delet\\w*|moderat\\w*"
              + "|reserve\\w*|right to)\\b.{0,200}\\bcomments?\\b"
              + "|\\blinks? to (?:third[- ]party|other|external) (?:resources|sites|websites)\\b"
              + "|\\b(?:site|resource) administration\\b"
              + "|\\bthank you for (?:your )?understanding\\b"
              + "|^(?:\\p{L}+ ){0,6}(?:is|are) (?:strictly )?(?:prohibited|forbidden|not allowed)!?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern FEEDBACK =
      Pattern.compile(
          "^(?:thank you|thanks)(?: for (?:your )?(?:feedback|report|message))?[.!]*$"
              + "|\\beditors? (?:are|is|has been|have been|were|was) (?:now )?(?:aware|notified"
              + "|informed)\\b|^(?:was this (?:article|page) (?:helpful|useful))",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SIGNATURE =
      Pattern.compile(
          "^(?:written|prepared|compiled|reported) (?:for .{2,150} by .{2,100}|by .{2,100} for .{2,150})$",
          Pattern.CASE_INSENSITIVE);

  private DebrisFamilies() {}

  /** Whether {@code line} is furniture wherever it stands: subscribe calls, error prompts. */
  static boolean anywhere(String line) {
    String bare = LineShapes.stripBullet(line);
    if (LineShapes.words(bare) > MAX_WORDS) {
      return false;
    }
    return SUBSCRIBE.matcher(bare).find() || ERROR_REPORT.matcher(bare).find();
  }

  /**
   * Whether {@code line} is furniture when it stands after the article: comment rules, feedback
   * widgets, "written for ... by ..." signatures.
   */
  static boolean trailing(String line) {
    String bare = LineShapes.stripBullet(line).replace("**", "");
    if (LineShapes.words(bare) > MAX_WORDS) {
      return false;
    }
    return anywhere(line)
        || MODERATION.matcher(bare).find()
        || FEEDBACK.matcher(bare).find()
        || SIGNATURE.matcher(bare).matches();
  }

  /** The outlet a subscribe call names: "Subscribe to PolitNavigator news" gives PolitNavigator. */
  static Optional<String> subscribeOutlet(String line) {
    Matcher m = SUBSCRIBE_OUTLET.matcher(LineShapes.stripBullet(line));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
