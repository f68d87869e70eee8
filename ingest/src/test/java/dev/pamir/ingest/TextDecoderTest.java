package dev.pamir.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void decode_validUtf8_isUtf8() throws Exception {
    String text = "Тәжікстан — Dushanbe “quoted”";
    assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null, "a.txt"))
        .isEqualTo(text);
  }

  @Test
  void decode_windows1252WithoutDeclaration_isDecodedNotRejected() throws Exception {
    byte[] bytes = "Café “Zürich” – naïve".getBytes(Charset.forName("windows-1252"));
    assertThat(TextDecoder.decode(bytes, null, "a.txt")).isEqualTo("Café “Zürich” – naïve");
  }

  @Test
  void decode_latin1Declared_readsAsWindows1252() throws Exception {
    byte[] bytes = "Señor".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(TextDecoder.decode(bytes, "ISO-8859-1", "a.txt")).isEqualTo("Señor");
  }

  @Test
  void decode_htmlMetaCharset_isHonoured() throws Exception {
    String html = "<html><head><meta charset=\"koi8-r\"></head><body>Москва</body></html>";
    byte[] bytes = html.getBytes(Charset.forName("koi8-r"));
    assertThat(TextDecoder.decode(bytes, null, "a.html")).contains("Москва");
  }

  @Test
  void decode_utf8Bom_isDropped() throws Exception {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'H', 'i'};
    assertThat(TextDecoder.decode(bom, null, "a.txt")).isEqualTo("Hi");
  }

  @Test
  void decode_utf16WithBom_isDecoded() throws Exception {
    byte[] bytes = "\uFEFFHello".getBytes(StandardCharsets.UTF_16BE);
    assertThat(TextDecoder.decode(bytes, null, "a.txt")).isEqualTo("Hello");
  }

  @Test
  void decode_binary_isRejectedNamingTheInput() {
    byte[] png = new byte[256];
    new Random(7).nextBytes(png);
    png[10] = 0;
    assertThatThrownBy(() -> TextDecoder.decode(png, null, "photo.html"))
        .isInstanceOf(InputRejectedException.class)
        .hasMessage("photo.html: binary content, not text");
  }

  @Test
  void decode_empty_isRejected() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[0], null, "empty.txt"))
        .hasMessage("empty.txt: empty file");
  }

  @Test
  void decode_whiteSpaceOnly_isRejected() {
    assertThatThrownBy(
            () -> TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8), null, "w.txt"))
        .hasMessageContaining("w.txt: no text");
  }
}
