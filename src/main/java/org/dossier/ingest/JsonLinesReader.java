package org.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines: one article per line, an object with {@code text} or {@code html}, and optionally
 * {@code title}, {@code url}, {@code published}, {@code source}, {@code language}. A bad line is
 * skipped with its line number; the other lines are still read.
 */
final class JsonLinesReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesReader() {}

  static FileResult read(String file, String content) {
    List<RawArticle> articles = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    String[] lines = content.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int number = i + 1;
      if (line.isEmpty()) {
        continue;
      }
      String where = file + "#" + number;
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        skipped.add(new Skip(where, "malformed JSON on line " + number + ": " + e.getOriginalMessage()));
        continue;
      }
      if (!node.isObject()) {
        skipped.add(new Skip(where, "line " + number + " is not a JSON object"));
        continue;
      }
      String text = field(node, "text");
      String html = field(node, "html");
      Format format = Format.JSONL;
      if (text == null && html != null) {
        text = HtmlFragment.text(html);
      }
      if (text == null || text.isBlank()) {
        skipped.add(new Skip(where, "line " + number + " has no 'text' or 'html' field with content"));
        continue;
      }
      Hints hints =
          new Hints(field(node, "title"), field(node, "url"), field(node, "published"), field(node, "source"), field(node, "language"), field(node, "author"));
      articles.add(new RawArticle(file, number, format, text, hints));
    }
    return new FileResult(articles, skipped);
  }

  private static String field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
  }
}
