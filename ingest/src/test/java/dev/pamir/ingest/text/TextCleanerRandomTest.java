package dev.pamir.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.Article;
import dev.pamir.model.SourceRef;
import dev.pamir.testkit.ArticleInvariants;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random and hostile text through the cleaner: no exception, and every output invariant holds. */
class TextCleanerRandomTest {

  private static final List<String> PIECES =
      List.of(
          "Subscribe to Daily News on Telegram.",
          "Views: 42",
          "Tags:",
          "12345",
          "Mon Tue Wed Thu",
          "• Thank you!",
          "By Jane Roe and John Doe",
          "19.05.2021 09:26 (Moscow time)",
          "May 19, 2021 at 9:26 a.m. EDT",
          "## A Heading",
          "[link](https://example.org)",
          "A | B | C",
          "The minister said the talks had ended without agreement on Tuesday evening.",
          "Written for the Media Office of Example by **Jane Roe**",
          "إِنَّ اللَّهَ مَعَ الصَّابِرِينَ",
          "שלום עולם",
          "Ꭰ𝄞𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀👍🏽 日本語",
          "...",
          "…",
          "\u0000\u0001\u0007\u001b[31m",
          "\r\n\r",
          "\u00a0\u2007\u202f\ufeff",
          "\ud800 lone high \udc00 lone low");

  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void clean_randomText_keepsInvariants() {
    Random random = new Random(20240519L);
    for (int round = 0; round < 400; round++) {
      String raw = randomText(random);
      CleanedText cleaned = cleaner.clean(raw);
      Article article =
          Article.cleaned(
              "random-" + round,
              SourceRef.ofFile("random.txt"),
              cleaned.metadata(),
              cleaned.text(),
              cleaned.warnings());

      assertThat(ArticleInvariants.violations(article)).as("round %d: %s", round, raw).isEmpty();
      for (String line : cleaned.text().split("\n", -1)) {
        assertThat(line).isEqualTo(line.strip());
      }
      assertThat(cleaned.text().chars().filter(c -> c < 0x20 && c != '\n' && c != '\t')).isEmpty();
    }
  }

  @Test
  void clean_veryLongLines_finishes() {
    Random random = new Random(7L);
    StringBuilder raw = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      raw.append((char) ('a' + random.nextInt(26)));
      if (random.nextInt(9) == 0) {
        raw.append(random.nextBoolean() ? ' ' : '.');
      }
    }
    raw.append("\n\nhttps://example.org/").append("x".repeat(100_000));
    raw.append("\n\n").append("1".repeat(50_000)).append("...");

    CleanedText cleaned = cleaner.clean(raw.toString());

    assertThat(cleaned.text()).isNotEmpty();
  }

  private static String randomText(Random random) {
    StringBuilder s = new StringBuilder();
    int parts = random.nextInt(30);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(4)) {
        case 0 -> s.append(PIECES.get(random.nextInt(PIECES.size())));
        case 1 -> s.append(randomChars(random, random.nextInt(200)));
        case 2 -> s.append(random.nextBoolean() ? "\n" : "\n\n");
        default -> s.append(' ');
      }
    }
    return s.toString();
  }

  private static String randomChars(Random random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        s.append((char) (' ' + random.nextInt(95)));
      } else if (kind < 7) {
        s.append((char) random.nextInt(0x3000));
      } else if (kind < 8) {
        s.appendCodePoint(0x10000 + random.nextInt(0x10000));
      } else if (kind < 9) {
        s.append((char) (0xD800 + random.nextInt(0x800)));
      } else {
        s.append((char) random.nextInt(0x20));
      }
    }
    return s.toString();
  }
}
