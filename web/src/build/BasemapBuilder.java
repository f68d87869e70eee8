/*
 * Build step of the web UI (run with `java BasemapBuilder.java PACKAGES NPM_DIR OUT_DIR`): checks
 * the pinned world-atlas package against its sha512 and copies its 1:110m country shapes
 * (Natural Earth, public domain; world-atlas is ISC) into OUT_DIR/countries-110m.json for the
 * map's offline basemap. Does nothing when the output is newer than the package.
 */
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

public class BasemapBuilder {

  public static void main(String[] args) throws Exception {
    Path packages = Path.of(args[0]);
    Path npm = Path.of(args[1]);
    Path out = Path.of(args[2]).resolve("countries-110m.json");
    for (String line : Files.readAllLines(packages, StandardCharsets.UTF_8)) {
      String[] f = line.strip().split("\\s+");
      if (line.startsWith("#") || f.length != 3 || !f[0].equals("world-atlas")) continue;
      Path tgz = npm.resolve(f[0] + "-" + f[1] + ".tgz");
      if (Files.exists(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(tgz)) > 0) {
        return;
      }
      String actual = "sha512-" + Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-512").digest(Files.readAllBytes(tgz)));
      if (!actual.equals(f[2])) {
        throw new IllegalStateException(tgz + " does not match its pinned integrity " + f[2]);
      }
      byte[] shapes = entry(tgz, "package/countries-110m.json");
      Files.createDirectories(out.getParent());
      Files.write(out, shapes);
      return;
    }
    throw new IllegalStateException(packages + " pins no world-atlas package");
  }

  /** The bytes of one file of a gzipped tar archive. */
  static byte[] entry(Path tgz, String name) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz))) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512) {
        String entry = new String(header, 0, 100, StandardCharsets.UTF_8).replace("\0", "");
        if (entry.isEmpty()) break;
        long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").strip(), 8);
        long padded = (size + 511) / 512 * 512;
        if (entry.equals(name)) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          bytes.write(in.readNBytes((int) size));
          return bytes.toByteArray();
        }
        in.skipNBytes(padded);
      }
    }
    throw new IllegalStateException(tgz + " holds no " + name);
  }
}
