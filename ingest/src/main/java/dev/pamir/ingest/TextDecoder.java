package dev.pamir.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes bytes to text: a byte-order mark wins, then a declared charset (HTTP header, HTML meta,
 * XML declaration), then UTF-8 when the bytes are valid UTF-8, else Windows-1252. Binary content is
 * rejected rather than decoded into noise.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile(
          "^<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param declared a charset named by the transport (an HTTP Content-Type), or null
   * @throws InputRejectedException when the bytes look binary or are empty
   */
  public static String decode(byte[] bytes, @Nullable String declared, String input)
      throws InputRejectedException {
    if (bytes.length == 0) {
      throw InputRejectedException.bad(input, "empty file");
    }
    Charset bom = bomCharset(bytes);
    if (bom == null && looksBinary(bytes)) {
      throw InputRejectedException.bad(input, "binary content, not text");
    }
    String text;
    if (bom != null) {
      int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      text = new String(bytes, skip, bytes.length - skip, bom);
    } else {
      Charset charset = charsetNamed(declared).or(() -> sniffDeclared(bytes)).orElse(null);
      if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
        text = strictUtf8(bytes).orElseGet(() -> new String(bytes, WINDOWS_1252));
      } else {
        text = new String(bytes, charset);
      }
    }
    if (text.isBlank()) {
      throw InputRejectedException.bad(input, "no text: the file holds only white space");
    }
    return text;
  }

  private static @Nullable Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /**
   * Whether the first 8 KB look like binary data: any NUL byte, or more than 10% control bytes
   * other than tab, newline, carriage return and form feed.
   */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    return control * 10 > n;
  }

  private static Optional<Charset> sniffDeclared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return charsetNamed(xml.group(1));
    }
    Matcher meta = META_CHARSET.matcher(head);
    if (meta.find()) {
      return charsetNamed(meta.group(1));
    }
    return Optional.empty();
  }

  static Optional<Charset> charsetNamed(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String normal = name.trim().toLowerCase(Locale.ROOT);
    // Browsers read ISO-8859-1 and US-ASCII labels as Windows-1252 (WHATWG Encoding).
    if (normal.equals("iso-8859-1")
        || normal.equals("latin1")
        || normal.equals("us-ascii")
        || normal.equals("ascii")) {
      return Optional.of(WINDOWS_1252);
    }
    try {
      return Optional.of(Charset.forName(normal));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
