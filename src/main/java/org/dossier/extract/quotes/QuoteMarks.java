package org.dossier.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dossier.lang.DataFile;

/**
 * Finds the top-level quoted spans of a text. Pairs come from {@code LANG/quote-marks.tsv}. A quote
 * nested inside another belongs to the outer one. French continues a quotation into the next
 * paragraph by opening it again ("« … \n\n« … »"): such a quote is one span. A mark left open at
 * the end of a paragraph that does not continue closes there.
 */
final class QuoteMarks {

  /** A quoted span: the marks at {@code open} and {@code close}, the words in [start, end). */
  record Span(int open, int close, int start, int end) {}

  private final String openers;
  private final String closers;

  QuoteMarks(String language) {
    StringBuilder o = new StringBuilder();
    StringBuilder c = new StringBuilder();
    for (String[] row : DataFile.rows(language, "quote-marks.tsv")) {
      o.append(row[0].strip());
      c.append(row[1].strip());
    }
    this.openers = o.toString();
    this.closers = c.toString();
  }

  List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int kind = openers.indexOf(text.charAt(i));
      if (kind < 0) {
        i++;
        continue;
      }
      int close = matching(text, i, openers.charAt(kind), closers.charAt(kind));
      if (close < 0) {
        i++;
        continue;
      }
      int start = i + 1;
      int end = close;
      start = Positions.skipSpaces(text, start, end);
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
      if (end > start) spans.add(new Span(i, close, start, end));
      i = close + 1;
    }
    return spans;
  }

  private static boolean opensNested(String text, int j) {
    char before = j == 0 ? ' ' : text.charAt(j - 1);
    char after = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
    boolean againstNext = Character.isLetterOrDigit(after);
    boolean afterSpace = Character.isWhitespace(before) || before == '\'' || before == '(' || before == '[';
    return againstNext && afterSpace;
  }

  /** The closing mark for the opener at {@code at}, or -1 when the span cannot be closed. */
  private static int matching(String text, int at, char open, char close) {
    int depth = 0;
    for (int j = at + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (text.startsWith("\n\n", j)) {
        int next = j + 2;
        boolean continues = next < text.length() && text.charAt(next) == open && open != close;
        if (!continues) {
          return open == close ? -1 : j; // a straight quote never crosses a paragraph
        }
        j = next; // the reopening mark continues this quote
        continue;
      }
      if (open == close) {
        if (c != close) continue;
        // A straight mark opens a nested quote when it sits against the word it opens
        // (d'"infractions constatées"); it closes when it sits against the word it ends.
        if (opensNested(text, j)) {
          depth++;
        } else {
          if (depth == 0) return j;
          depth--;
        }
      } else if (c == open) {
        depth++;
      } else if (c == close) {
        if (depth == 0) return j;
        depth--;
      }
    }
    return -1;
  }
}
