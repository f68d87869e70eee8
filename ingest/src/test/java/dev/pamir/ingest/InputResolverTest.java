package dev.pamir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.pipeline.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputResolverTest {

  @TempDir Path dir;
  private final InputResolver resolver = new InputResolver(Limits.DEFAULTS);

  private static String rejection(InputResolver.Resolved resolved) {
    assertThat(resolved).isInstanceOf(InputResolver.Resolved.Rejected.class);
    return ((InputResolver.Resolved.Rejected) resolved).reason().getMessage();
  }

  @Test
  void resolve_folder_listsFilesRecursivelyInNameOrder_skippingHiddenOnes() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("news"));
    Files.createDirectories(folder.resolve("sub"));
    Files.writeString(folder.resolve("b.txt"), "b");
    Files.writeString(folder.resolve("a.txt"), "a");
    Files.writeString(folder.resolve("sub/c.html"), "c");
    Files.writeString(folder.resolve(".hidden"), "h");
    var resolved = (InputResolver.Resolved.Inputs) resolver.resolve(folder.toString());
    assertThat(resolved.inputs())
        .extracting(Input::name)
        .containsExactly("news/a.txt", "news/b.txt", "news/sub/c.html");
  }

  @Test
  void resolve_pathWithNul_isRejectedAsInvalid_withTheNulShown() {
    assertThat(rejection(resolver.resolve("a\u0000b.txt")))
        .isEqualTo("a\\u0000b.txt: not a valid path");
  }

  @Test
  void resolve_url_isUrlInput() {
    var resolved = (InputResolver.Resolved.Inputs) resolver.resolve("https://example.org/a?b=1");
    assertThat(resolved.inputs()).singleElement().isInstanceOf(Input.Url.class);
  }

  @Test
  void resolve_missingPath_isRejectedByName() {
    assertThat(rejection(resolver.resolve("no/such/file.txt")))
        .isEqualTo("no/such/file.txt: no such file or folder");
  }

  @Test
  void resolve_otherScheme_isRejected() {
    assertThat(rejection(resolver.resolve("ftp://example.org/a")))
        .contains("unsupported URL scheme");
  }

  @Test
  void resolve_malformedUrl_isRejected() {
    assertThat(rejection(resolver.resolve("http://exa mple.org/")))
        .startsWith("http://exa mple.org/: ");
  }
}
