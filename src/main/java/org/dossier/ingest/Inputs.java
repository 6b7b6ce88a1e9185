package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths a user names (files, folders searched recursively, "-" for stdin) into inputs. */
public final class Inputs {

  /** The inputs found, and the named paths that could not be used. */
  public record Expanded(List<SourceFile> files, List<Skip> missing) {
    /** No input: a run without a baseline. */
    public static final Expanded EMPTY = new Expanded(List.of(), List.of());
  }

  private Inputs() {}

  public static Expanded expand(List<String> paths, InputStream stdin, long maxBytes) {
    List<SourceFile> files = new ArrayList<>();
    List<Skip> missing = new ArrayList<>();
    for (String name : paths) {
      if (name.equals("-")) {
        files.add(SourceFile.stdin(stdin, maxBytes));
        continue;
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        files.addAll(walk(path));
      } else if (Files.isRegularFile(path)) {
        files.add(SourceFile.of(path));
      } else if (Files.exists(path)) {
        missing.add(new Skip(name, "not a regular file or folder"));
      } else {
        missing.add(new Skip(name, "no such file or folder"));
      }
    }
    return new Expanded(files, missing);
  }

  /** Regular files under a folder in a stable order; hidden files (".DS_Store", ".git") are not articles. */
  private static List<SourceFile> walk(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile)
          .filter(p -> dir.relativize(p).toString().chars().noneMatch(c -> c == '\0'))
          .filter(p -> !isHidden(dir.relativize(p)))
          .sorted()
          .map(SourceFile::of)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list folder " + dir, e);
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
