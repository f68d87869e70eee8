package dev.pamir.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pamir.app.Composition;
import dev.pamir.store.ArticleStore;
import dev.pamir.web.ApiServer;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium (the system's {@code chromium} and {@code chromedriver};
 * nothing is downloaded) on the demo: the seed corpus analysed into a fresh SQLite knowledge base,
 * plus one hostile article full of markup and script. Each test saves a screenshot to {@code
 * target/screenshots}.
 *
 * <p>Skipped when the shared corpus is not beside the checkout; fails when Chromium is missing,
 * unless {@code -Dpamir.browser=skip}.
 */
class WebUiBrowserIT {

  private static @Nullable ArticleStore store;
  private static @Nullable ApiServer server;
  private static String base = "";
  private @Nullable ChromeDriver browser;

  @BeforeAll
  static void analyseDemo(@TempDir Path folder) throws Exception {
    assumeTrue(!"skip".equals(System.getProperty("pamir.browser")), "browser tests skipped");
    Path seeds = DemoCorpus.seeds().orElse(null);
    assumeTrue(seeds != null, "no shared corpus beside the checkout");
    Path hostile = folder.resolve("hostile.jsonl");
    Files.writeString(
        hostile,
        "{\"id\": \"hostile-markup\", \"title\": \"<img src=x onerror=\\\"window.pwned=1\\\">Markup in a title\","
            + " \"outlet\": \"<script>window.pwned=2</script>\", \"text\": \"Russia and Tajikistan"
            + " signed an agreement in Dushanbe on Monday. <script>window.pwned=3</script> The"
            + " ministry said: \\\"<a href='javascript:window.pwned=4'>click</a> <b"
            + " onmouseover='window.pwned=5'>here</b>\\\". <iframe src='javascript:alert(1)'>"
            + "</iframe> Officials met again in Moscow.\", \"published\": \"2021-05-19\"}\n",
        StandardCharsets.UTF_8);
    Path db = folder.resolve("demo.db");
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"analyze", seeds.toString(), hostile.toString(), "--db", db.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    store = Composition.store(db.toString());
    server = ApiServer.start(store, "127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (store != null) store.close();
  }

  @BeforeEach
  void openBrowser() {
    File chromium = new File("/usr/bin/chromium");
    File driver = new File("/usr/bin/chromedriver");
    assertThat(chromium).as("Chromium (Debian: apt-get install chromium chromium-driver)").exists();
    assertThat(driver).as("ChromeDriver (Debian: apt-get install chromium-driver)").exists();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void screenshotAndClose(TestInfo test) throws Exception {
    if (browser == null) return;
    try {
      Path shots = Path.of("target", "screenshots");
      Files.createDirectories(shots);
      byte[] png = browser.getScreenshotAs(OutputType.BYTES);
      Files.write(shots.resolve(test.getTestMethod().orElseThrow().getName() + ".png"), png);
    } finally {
      browser.quit();
    }
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private List<WebElement> all(String css) {
    return browser.findElements(By.cssSelector(css));
  }

  @Test
  void theEventsPageShowsATimelineAMapAndAListThatFiltersNarrow() {
    browser.get(base + "/");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.events")));
    waiting().until(d -> all("svg.map path.country").size() > 100);
    int events = all("table.events tbody tr").size();
    assertThat(events).isGreaterThan(5);
    assertThat(all("svg.timeline .ev")).isNotEmpty();
    assertThat(all("svg.map circle.ev")).isNotEmpty();
    List<String> types =
        all("table.events tbody tr td:nth-child(2) .chip").stream()
            .map(WebElement::getText)
            .distinct()
            .toList();
    assertThat(types).hasSizeGreaterThan(1);
    String type = types.get(0);

    new Select(browser.findElement(By.cssSelector("#filters select[name=type]")))
        .selectByValue(type);
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    waiting().until(ExpectedConditions.urlContains("type=" + type));
    waiting()
        .until(
            d ->
                !all("table.events tbody tr").isEmpty()
                    && all("table.events tbody tr").size() < events);
    assertThat(all("table.events tbody tr td:nth-child(2) .chip"))
        .allSatisfy(chip -> assertThat(chip.getText()).isEqualTo(type));

    // The timeline zooms from the keyboard-usable buttons.
    WebElement line = browser.findElement(By.cssSelector("svg.timeline"));
    String from = line.getDomAttribute("data-from");
    String to = line.getDomAttribute("data-to");
    browser.findElement(By.cssSelector("button[aria-label='Zoom in on the timeline']")).click();
    assertThat(line.getDomAttribute("data-from") + line.getDomAttribute("data-to"))
        .isNotEqualTo(from + to);
    assertThat(line.getDomAttribute("data-from")).isGreaterThanOrEqualTo(from);
    assertThat(line.getDomAttribute("data-to")).isLessThanOrEqualTo(to);
  }

  @Test
  void aStoryShowsEachOutletsReportSideBySideWithItsEvidence() {
    browser.get(base + "/#/stories");
    waiting().until(d -> !all("main ul.plain li a").isEmpty());
    WebElement multi =
        all("main ul.plain li").stream()
            .filter(li -> !li.getText().contains(" 1 articles"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no story with two articles in the demo"));
    multi.findElement(By.tagName("a")).click();
    waiting().until(d -> all(".reports .report").size() >= 2);
    assertThat(all(".report .evidence mark")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(all(".report .outlet").stream().map(WebElement::getText).distinct().count())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void anArticleHighlightsItsAnnotationsAndAnEntityPageListsWhereItOccurs() {
    browser.get(base + "/#/articles");
    waiting().until(d -> !all("main ul.plain li a").isEmpty());
    all("main ul.plain li a").stream()
        .filter(a -> !a.getText().contains("Markup"))
        .findFirst()
        .orElseThrow()
        .click();
    waiting().until(d -> !all("#article-text .a-entity").isEmpty());
    assertThat(all("#article-text .a-place")).isNotEmpty();
    assertThat(all("#article-text .a-time")).isNotEmpty();
    assertThat(all("#article-text .a-event")).isNotEmpty();
    // Turning a layer off removes its highlight.
    browser.findElement(By.cssSelector(".layers input")).click();
    assertThat(browser.findElement(By.id("article-text")).getAttribute("class"))
        .contains("hide-entity");

    browser.get(base + "/#/entities?q=Tajikistan");
    waiting().until(d -> !all("main ul.plain li a").isEmpty());
    all("main ul.plain li a").get(0).click();
    waiting().until(d -> all("main h2").size() == 3 && !all("main ul.plain li a").isEmpty());
    assertThat(browser.findElement(By.tagName("h1")).getText()).containsIgnoringCase("Tajikistan");

    browser.get(base + "/#/search?q=Tajikistan");
    waiting().until(d -> !all("main ul.plain li a").isEmpty());
  }

  /** No element the article's markup could have made: its text stays text on every view. */
  private void assertNoLiveMarkup() {
    assertThat(
            all(
                "main script, main img, main iframe, main b, main [onerror], main [onmouseover],"
                    + " main a[href^='javascript:']"))
        .as(browser.getCurrentUrl())
        .isEmpty();
  }

  @Test
  void markupInAnArticleIsShownAsTextAndNoneOfItsScriptRuns() {
    browser.get(base + "/#/articles");
    waiting().until(d -> !all("main ul.plain li a").isEmpty());
    all("main ul.plain li a").stream()
        .filter(a -> a.getText().contains("Markup in a title"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the hostile article is not listed"))
        .click();
    waiting().until(d -> !all("#article-text").isEmpty());
    String text = browser.findElement(By.id("article-text")).getText();
    assertThat(text).contains("<script>window.pwned=3</script>").contains("javascript:");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("<img src=x onerror=");
    assertThat(all("#article-text script, #article-text a, #article-text iframe, main img"))
        .isEmpty();
    assertNoLiveMarkup();
    // Hover and click everything the text holds: no handler exists to fire.
    for (WebElement piece : all("#article-text span")) {
      piece.click();
    }
    browser.get(base + "/#/search?q=pwned");
    waiting().until(d -> !all("main ul.plain li").isEmpty());
    assertNoLiveMarkup();
    browser.get(base + "/#/articles");
    waiting().until(d -> !all("main ul.plain li a").isEmpty());
    assertNoLiveMarkup();
    browser.get(base + "/#/");
    waiting().until(d -> !all("table.events tbody tr").isEmpty());
    assertNoLiveMarkup();
    Object pwned = ((JavascriptExecutor) browser).executeScript("return window.pwned;");
    assertThat(pwned).isNull();
  }
}
