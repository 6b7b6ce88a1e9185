package org.dossier.eval.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A gold sentence of a CoNLL-style file ("index TAB token TAB IOB2-tag" per line, a blank line
 * between sentences), rebuilt as text the way French is written (no space after an elided "l'"),
 * with its gold entities as character spans.
 */
record ConllSentence(String text, List<Span> gold) {

  /** A typed character span. */
  record Span(int start, int end, String type) {}

  static List<ConllSentence> read(Path file) throws IOException {
    List<ConllSentence> sentences = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          if (!rows.isEmpty()) sentences.add(of(rows));
          rows.clear();
        } else {
          String[] cols = line.split("\t");
          if (cols.length >= 3) rows.add(cols);
        }
      }
    }
    if (!rows.isEmpty()) sentences.add(of(rows));
    return sentences;
  }

  private static ConllSentence of(List<String[]> rows) {
    StringBuilder text = new StringBuilder();
    List<Span> gold = new ArrayList<>();
    int spanStart = -1;
    String spanType = null;
    int lastEnd = 0;
    for (String[] row : rows) {
      String token = row[1];
      String tag = row[2];
      if (!text.isEmpty() && !text.toString().endsWith("'")) text.append(' ');
      int start = text.length();
      text.append(token);
      boolean inside = tag.startsWith("I-") && spanType != null && spanType.equals(tag.substring(2));
      if (!inside && spanType != null) {
        gold.add(new Span(spanStart, lastEnd, spanType));
        spanType = null;
      }
      if (tag.startsWith("B-") || tag.startsWith("I-") && spanType == null) {
        spanStart = start;
        spanType = tag.substring(2);
      }
      lastEnd = text.length();
    }
    if (spanType != null) gold.add(new Span(spanStart, lastEnd, spanType));
    return new ConllSentence(text.toString(), gold);
  }
}
