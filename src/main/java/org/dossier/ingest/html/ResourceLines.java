package org.dossier.ingest.html;

import java.util.List;
import org.dossier.lang.DataFile;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the word and pattern lists the extractor keeps as data files, so that a list can grow
 * without touching code. Lines starting with {@code #} and blank lines are ignored.
 */
final class ResourceLines {

  private ResourceLines() {}

  static List<String> read(String resource) {
    return DataFile.lines(resource).orElseThrow(() -> new IllegalStateException("missing resource " + resource)).stream().map(String::strip).toList();
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
