package dev.pamir.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One file to read, or one slice of it: a JSON Lines file or a WARC archive holds many articles, so
 * several tasks read it and each analyses every {@code slices}-th record from {@code slice}.
 *
 * @param index the file's place in input order
 * @param path where it is: a local path, or a Hadoop file system URI
 * @param name how the user named it, as {@code pamir analyze} names it
 * @param local whether {@code path} is on the local file system
 */
record SourceFile(long index, String path, String name, boolean local, int slice, int slices)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Records of one file beyond this many are rejected: positions keep the rest in order. */
  static final long MAX_RECORDS = 1L << 24;

  SourceFile {
    requireNonNull(path, "path is null");
    requireNonNull(name, "name is null");
    if (slices < 1 || slice < 0 || slice >= slices) {
      throw new IllegalArgumentException("slice " + slice + " of " + slices);
    }
  }

  /** The input-order position of this file's {@code record}-th record. */
  long position(long record) {
    return index * MAX_RECORDS + record;
  }

  SourceFile slice(int newSlice, int newSlices) {
    return new SourceFile(index, path, name, local, newSlice, newSlices);
  }
}
