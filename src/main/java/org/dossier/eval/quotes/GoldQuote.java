package org.dossier.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of a gold file (format: {@code eval/quotes/README.md}). {@code text} is null for an
 * article annotated as having no quote. An RPM2 row's long span is abbreviated to its first and
 * last six words around " … ".
 */
record GoldQuote(String file, String text, String speaker, String cue, boolean direct) {

  private static final String ELLIPSIS = "…";
  private static final int ABBREVIATED_WORDS = 13;
  private static final int ANCHOR_WORDS = 6;

  static List<GoldQuote> read(Path gold) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GoldQuote> rows = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode n = json.readTree(line);
      rows.add(new GoldQuote(n.get("file").asText(), textOrNull(n, "text"), textOrNull(n, "speaker"), textOrNull(n, "cue"), n.path("direct").asBoolean(false)));
    }
    return rows;
  }

  private static String textOrNull(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * Where the span is in the article: [start, end), searched from {@code from}; null if not found.
   * A direct quote is looked for right after an opening mark first.
   */
  int[] locate(String article, int from) {
    String[] words = text.split(" ");
    if (words.length == ABBREVIATED_WORDS && words[ANCHOR_WORDS].equals(ELLIPSIS)) {
      String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, ANCHOR_WORDS));
      String tail = String.join(" ", java.util.Arrays.copyOfRange(words, ANCHOR_WORDS + 1, ABBREVIATED_WORDS));
      int start = article.indexOf(head, from);
      if (start < 0) start = article.indexOf(head);
      int end = start < 0 ? -1 : article.indexOf(tail, start + head.length());
      return start < 0 || end < 0 ? null : new int[] {start, end + tail.length()};
    }
    int start = article.indexOf(text, from);
    if (start < 0) start = article.indexOf(text);
    return start < 0 ? null : new int[] {start, start + text.length()};
  }
}
