package dev.pamir.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads whole streams with a size limit, and undoes gzip with a limit on what it expands to.
 *
 * <p>Stateless and thread-safe.
 */
public final class BoundedBytes {

  private BoundedBytes() {}

  /** Signals that a stream went past its limit. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    public TooLargeException(String message) {
      super(message);
    }
  }

  /**
   * Reads all of {@code in}, failing as soon as it passes {@code max} bytes.
   *
   * @throws TooLargeException when there are more than {@code max} bytes
   */
  public static byte[] readAll(InputStream in, long max, String what) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > max) {
        throw new TooLargeException(what + " is larger than the limit of " + human(max));
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Whether {@code bytes} start with the gzip magic number. */
  public static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /** Opens {@code in}, undoing gzip when it starts with the gzip magic number. */
  public static InputStream maybeGunzip(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 2);
    byte[] head = new byte[2];
    int n = pushback.readNBytes(head, 0, 2);
    if (n > 0) {
      pushback.unread(head, 0, n);
    }
    if (n == 2 && isGzip(head)) {
      return new GZIPInputStream(pushback, 16 * 1024);
    }
    return pushback;
  }

  /** {@code 10 MB}, {@code 512 KB}, {@code 100 bytes}. */
  public static String human(long bytes) {
    if (bytes >= 1024L * 1024 && bytes % (1024L * 1024) == 0) {
      return bytes / (1024L * 1024) + " MB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + " bytes";
  }
}
