package dev.pamir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.store.ArticleQuery;
import dev.pamir.store.ArticleStore;
import dev.pamir.store.ArticleSummary;
import dev.pamir.store.DatabaseLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pamir analyze --db}: the knowledge base as a destination, with or without --out. */
class AnalyzeToStoreTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int clean(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--analysis";
    all[args.length + 1] = "clean";
    return Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private List<Path> inputs() throws Exception {
    return List.of(
        Files.writeString(dir.resolve("a.txt"), "Headline here\n\nThe body of the article."),
        Files.writeString(
            dir.resolve("b.html"), "<html><body><p>Body of b, about Dushanbe.</p></body></html>"));
  }

  @Test
  void neitherOutNorDb_isUsageErrorNamingBoth() {
    assertThat(clean("analyze", "x.txt")).isEqualTo(2);
    assertThat(err.toString()).contains("--out").contains("--db");
  }

  @Test
  void unusableDb_isUsageErrorNamingTheOption() {
    assertThat(clean("analyze", "x.txt", "--db", "mysql://localhost/pamir")).isEqualTo(2);
    assertThat(err.toString()).contains("--db").contains("mysql://localhost/pamir");
  }

  @Test
  void db_withOut_storesTheSameJsonAsWritten_andARerunAddsNoDuplicates() throws Exception {
    List<Path> in = inputs();
    Path db = dir.resolve("kb/pamir.db");
    Path outDir = dir.resolve("out");
    String[] args = {
      "analyze",
      in.get(0).toString(),
      in.get(1).toString(),
      "--out",
      outDir.toString(),
      "--db",
      db.toString()
    };
    assertThat(clean(args)).isZero();
    assertThat(err.toString()).contains("2 articles written to").contains("and stored in");
    assertThat(clean(args)).isZero();

    List<String> lines =
        Files.readAllLines(outDir.resolve("articles.jsonl"), StandardCharsets.UTF_8);
    try (ArticleStore store = ArticleStore.open(DatabaseLocation.sqlite(db))) {
      assertThat(store.articleCount()).isEqualTo(2);
      List<ArticleSummary> articles = store.articles(ArticleQuery.ALL).items();
      for (ArticleSummary article : articles) {
        assertThat(lines).contains(store.articleJson(article.id()).orElseThrow());
      }
      assertThat(store.search("Dushanbe", dev.pamir.store.Paging.FIRST).total()).isEqualTo(1);
    }
  }

  @Test
  void dbAlone_storesWithoutAnOutputFolder() throws Exception {
    List<Path> in = inputs();
    Path db = dir.resolve("pamir.db");
    assertThat(clean("analyze", in.get(0).toString(), "--db", db.toString())).isZero();
    assertThat(err.toString()).contains("1 article stored in");
    assertThat(dir.resolve("out")).doesNotExist();
    try (ArticleStore store = ArticleStore.open(DatabaseLocation.sqlite(db))) {
      assertThat(store.articleCount()).isEqualTo(1);
    }
  }
}
