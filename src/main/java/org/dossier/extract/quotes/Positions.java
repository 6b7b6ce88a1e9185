package org.dossier.extract.quotes;

import java.util.List;
import org.dossier.analyse.Sentence;

/** Where an offset stands in an article: in which sentence, inside quotation marks, inside a parenthesis. */
final class Positions {

  /** Every quotation mark, opening or closing. */
  static final String MARKS = "«»“”\"";
  /** "que" or its elided form ending the words it is matched against: "qu'", "sur le fait que". */
  static final java.util.regex.Pattern QUE = java.util.regex.Pattern.compile("(?:^|\\s)(?i:que|qu')$");

  private Positions() {}

  static int[] sentenceAround(List<Sentence> sentences, int from, int to, int textEnd) {
    int start = 0;
    int end = textEnd;
    for (Sentence s : sentences) {
      if (s.start() <= from && from < s.end()) start = s.start();
      if (s.start() <= to && to < s.end()) end = s.end();
    }
    return new int[] {start, Math.max(end, Math.min(textEnd, to + 1))};
  }

  /** The last sentence that ends at or before {@code at}, or null. */
  static Sentence sentenceBefore(List<Sentence> sentences, int at) {
    Sentence previous = null;
    for (Sentence s : sentences) {
      if (s.end() <= at) previous = s;
    }
    return previous;
  }

  static boolean inside(List<QuoteMarks.Span> quotes, int pos) {
    for (QuoteMarks.Span q : quotes) {
      if (q.open() <= pos && pos <= q.close()) return true;
    }
    return false;
  }

  /**
   * Whether an offset stands between quotation marks of its paragraph, by the marks before it;
   * for when the quotes' spans are not at hand.
   */
  static boolean betweenMarks(String text, int at) {
    int paragraph = text.lastIndexOf('\n', at) + 1;
    String before = text.substring(paragraph, at);
    return before.lastIndexOf('«') > before.lastIndexOf('»') || before.lastIndexOf('“') > before.lastIndexOf('”') || before.chars().filter(c -> c == '"').count() % 2 == 1;
  }

  /** Whether this offset is inside a parenthesis of its paragraph. */
  static boolean aside(String text, int at) {
    int open = text.lastIndexOf('(', at);
    return open >= 0 && text.lastIndexOf(')', at) < open && text.lastIndexOf('\n', at) < open && text.indexOf(')', at) >= 0;
  }

  /** The first offset from {@code from} that is not whitespace, or {@code limit}. */
  static int skipSpaces(String text, int from, int limit) {
    while (from < limit && Character.isWhitespace(text.charAt(from))) from++;
    return from;
  }

  /** Whether the words hold a quotation mark. */
  /** The first quotation mark from {@code from} before {@code limit}; or -1. */
  static int nextMark(String text, int from, int limit) {
    for (int i = Math.max(0, from); i < Math.min(limit, text.length()); i++) {
      if (MARKS.indexOf(text.charAt(i)) >= 0) return i;
    }
    return -1;
  }

  static boolean hasMarks(String s) {
    return s.chars().anyMatch(c -> MARKS.indexOf(c) >= 0);
  }

  static int wordCount(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }
}
