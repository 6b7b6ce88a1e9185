package org.dossier.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the project's data files: one entry per line, {@code #} starts a comment line, fields are
 * separated by a tab. Language knowledge (reporting verbs, month names, boilerplate patterns) lives
 * in such files under {@code org/dossier/lang/LANG/}, so that adding a language means adding data.
 */
public final class DataFile {

  private static final String ROOT = "/org/dossier/lang/";

  private DataFile() {}

  /** The rows of a required file; a missing file is a packaging bug and fails hard. */
  public static List<String[]> rows(String language, String name) {
    return optionalRows(language, name)
        .orElseThrow(() -> new IllegalStateException("missing data file " + ROOT + language + "/" + name));
  }

  /** The first column of a required word-list file ("cue-adverbs.txt"), trimmed. */
  public static List<String> words(String language, String name) {
    return rows(language, name).stream().map(r -> r[0].strip()).toList();
  }

  /**
   * The {@code value} column of the rows whose {@code key} column is {@code kind}, trimmed: one kind
   * of word in a file that sorts its words into kinds ("link" rows of {@code charges.tsv}). Rows too
   * short for both columns are none of any kind.
   */
  public static List<String> ofKind(List<String[]> rows, int key, String kind, int value) {
    return rows.stream().filter(r -> r.length > Math.max(key, value) && r[key].strip().equals(kind)).map(r -> r[value].strip()).toList();
  }

  /** The rows of a file a language may not have (a language may lack, say, consent cues). */
  public static Optional<List<String[]>> optionalRows(String language, String name) {
    return lines(ROOT + language + "/" + name).map(lines -> lines.stream().map(l -> l.split("\t", -1)).toList());
  }

  /**
   * The entry lines of any data resource (an absolute class-path name): blank lines and {@code #}
   * comment lines left out, the rest as written. Empty when the resource does not exist.
   */
  public static Optional<List<String>> lines(String resource) {
    try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.strip().startsWith("#")) {
          lines.add(line);
        }
      }
      return Optional.of(List.copyOf(lines));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + resource, e);
    }
  }
}
