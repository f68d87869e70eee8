package dev.pamir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceRefTest {

  @Test
  void stableKey_recordInFile_namesFileAndRecord() {
    assertThat(SourceRef.ofRecord("news.jsonl", "42").stableKey()).isEqualTo("file:news.jsonl#42");
    assertThat(SourceRef.ofRecord("news.jsonl", "42").displayName()).isEqualTo("news.jsonl#42");
  }

  @Test
  void stableKey_urlOnly_isTheUrl() {
    assertThat(SourceRef.ofUrl("https://example.org/a").stableKey())
        .isEqualTo("url:https://example.org/a");
  }

  @Test
  void stableKey_fileWithUrl_staysTheFile() {
    SourceRef withUrl = SourceRef.ofRecord("a.jsonl", "1").withUrl("https://example.org/x");
    assertThat(withUrl.stableKey()).isEqualTo(SourceRef.ofRecord("a.jsonl", "1").stableKey());
  }

  @Test
  void new_neitherFileNorUrl_isRejected() {
    assertThatThrownBy(() -> new SourceRef(Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
