package dev.pamir.ingest.http;

import dev.pamir.ingest.BoundedBytes;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * ContentEncoding undoes an HTTP {@code Content-Encoding} (gzip, deflate or none) while it reads a
 * body, bounding both the bytes that arrive and the bytes they expand to.
 *
 * <p>Stateless and thread-safe.
 */
final class ContentEncoding {

  private static final int BUFFER = 16 * 1024;

  private ContentEncoding() {}

  /** Signals a {@code Content-Encoding} this reader cannot undo. */
  static final class UnsupportedException extends IOException {
    private static final long serialVersionUID = 1L;

    UnsupportedException(String message) {
      super(message);
    }
  }

  /**
   * Reads all of {@code body}, sent with {@code encoding} (lower case), into at most {@code max}
   * bytes; a compressed body may not be larger than {@code max} on the wire either.
   *
   * @throws BoundedBytes.TooLargeException when either bound is passed
   * @throws UnsupportedException when the encoding is not gzip, deflate or identity
   */
  static byte[] decode(InputStream body, String encoding, long max) throws IOException {
    try (InputStream in = body) {
      switch (encoding) {
        case "", "identity", "none" -> {
          return BoundedBytes.readAll(in, max, "page");
        }
        case "gzip", "x-gzip" -> {
          try (InputStream gzip =
              new GZIPInputStream(new Bounded(in, max, "compressed page"), BUFFER)) {
            return BoundedBytes.readAll(gzip, max, "page");
          }
        }
        case "deflate" -> {
          return inflate(new Bounded(in, max, "compressed page"), max);
        }
        default -> throw new UnsupportedException("unsupported content encoding " + encoding);
      }
    }
  }

  /**
   * Undoes deflate, which servers send either zlib-wrapped, as the standard says, or raw, as some
   * old servers do; the first two bytes tell which.
   */
  private static byte[] inflate(InputStream in, long max) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 2);
    byte[] head = new byte[2];
    int n = pushback.readNBytes(head, 0, 2);
    if (n > 0) {
      pushback.unread(head, 0, n);
    }
    boolean zlib =
        n == 2 && (head[0] & 0x0f) == 8 && (((head[0] & 0xff) << 8) | (head[1] & 0xff)) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    try {
      return BoundedBytes.readAll(new InflaterInputStream(pushback, inflater, BUFFER), max, "page");
    } finally {
      inflater.end();
    }
  }

  /** A stream that fails once more than {@code max} bytes have been read from it. */
  private static final class Bounded extends FilterInputStream {
    private final long max;
    private final String what;
    private long count;

    Bounded(InputStream in, long max, String what) {
      super(in);
      this.max = max;
      this.what = what;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b != -1) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    private void counted(long n) throws BoundedBytes.TooLargeException {
      count += n;
      if (count > max) {
        throw new BoundedBytes.TooLargeException(
            what + " is larger than the limit of " + BoundedBytes.human(max));
      }
    }
  }
}
