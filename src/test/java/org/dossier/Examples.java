package org.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled example corpus (examples/idlib-2020), read by tests as real input. */
public final class Examples {

  public static final Path IDLIB = Path.of("examples/idlib-2020");

  private Examples() {}

  /** The seed whose file name starts with the given number, e.g. "001". */
  public static Path seed(String number) {
    try (var files = Files.list(IDLIB)) {
      return files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
