package org.dossier.ingest.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the word and pattern lists the extractor keeps as data files, so that a list can grow
 * without touching code. Lines starting with {@code #} and blank lines are ignored.
 */
final class ResourceLines {

  private ResourceLines() {}

  static List<String> read(String resource) {
    try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** One case-insensitive pattern matching any of the regular expressions listed in the file. */
  static Pattern anyOf(String resource) {
    return Pattern.compile(
        String.join("|", read(resource).stream().map(r -> "(?:" + r + ")").toList()),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The listed phrases, lower-cased, for exact comparison with a normalised line. */
  static List<String> phrases(String resource) {
    return read(resource).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
  }
}
