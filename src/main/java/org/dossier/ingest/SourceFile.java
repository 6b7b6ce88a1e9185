package org.dossier.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An input to read: a file on disk, or bytes already read from standard input.
 *
 * <p>Reading is bounded: a file over the limit is reported, not loaded, so one stray video in a
 * folder cannot exhaust memory.
 */
public final class SourceFile {

  private final String name;
  private final Path path;
  private final byte[] bytes;

  private SourceFile(String name, Path path, byte[] bytes) {
    this.name = Objects.requireNonNull(name, "name");
    this.path = path;
    this.bytes = bytes;
  }

  public static SourceFile of(Path path) {
    return new SourceFile(path.toString(), path, null);
  }

  /** Reads standard input up to {@code maxBytes + 1} bytes, so that an overflow is still seen. */
  public static SourceFile stdin(InputStream in, long maxBytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0 && out.size() <= maxBytes; ) {
        out.write(buffer, 0, n);
      }
      return new SourceFile("<stdin>", null, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }

  public static SourceFile ofBytes(String name, byte[] bytes) {
    return new SourceFile(name, null, bytes.clone());
  }

  public String name() {
    return name;
  }

  /** The size in bytes, without reading a file's content. */
  public long size() throws IOException {
    return path != null ? Files.size(path) : bytes.length;
  }

  public byte[] read() throws IOException {
    return path != null ? Files.readAllBytes(path) : bytes;
  }
}
