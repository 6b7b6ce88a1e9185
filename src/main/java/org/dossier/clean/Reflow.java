package org.dossier.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns lines into paragraphs.
 *
 * <p>Wire copy often arrives hard-wrapped at a fixed width, sometimes with a blank line after every
 * line, so blank lines say nothing. A wrapped text is recognised by short lines that mostly stop
 * mid-sentence. Its lines are joined back, and a paragraph ends where a line ends a sentence and
 * either the next word would have fitted on that line (the writer broke it on purpose) or the next
 * line opens a quotation. Text that is not wrapped keeps one paragraph per line, but for a line
 * broken mid-sentence.
 */
public final class Reflow {

  private final int maxWrapWidth;
  private final double minOpenLineShare;
  private final int minLines;

  /**
   * @param maxWrapWidth a text whose typical long line is wider than this is not hard-wrapped
   * @param minOpenLineShare the share of lines that must end mid-sentence for the text to count as wrapped
   * @param minLines fewer non-blank lines than this are never treated as wrapped
   */
  public Reflow(int maxWrapWidth, double minOpenLineShare, int minLines) {
    this.maxWrapWidth = maxWrapWidth;
    this.minOpenLineShare = minOpenLineShare;
    this.minLines = minLines;
  }

  /** The paragraphs of a normalised text; {@code mayBeWrapped} is false for markup formats. */
  public List<String> paragraphs(String text, boolean mayBeWrapped) {
    String[] lines = text.split("\n", -1);
    List<String> nonBlank = Arrays.stream(lines).map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (!mayBeWrapped) {
      return nonBlank;
    }
    return isHardWrapped(nonBlank) ? rejoin(lines) : joinBroken(lines);
  }

  /**
   * One paragraph per line, but a line that stops mid-sentence and the line right after it that
   * goes on in lower case are one paragraph broken in two ("… et de la Fédération bancaire" /
   * "française (FBF), a estimé …").
   */
  private static List<String> joinBroken(String[] lines) {
    List<String> paragraphs = new ArrayList<>();
    String previous = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        previous = null;
        continue;
      }
      // Never onto the first line, which may be a title ("… mis à jour le …" may follow it).
      if (previous != null && paragraphs.size() > 1 && !endsSentence(previous) && Character.isLowerCase(line.codePointAt(0))) {
        String before = paragraphs.get(paragraphs.size() - 1);
        paragraphs.set(paragraphs.size() - 1, before + (before.endsWith("-") ? "" : " ") + line); // "nord-" / "ouest"
      } else {
        paragraphs.add(line);
      }
      previous = line;
    }
    return paragraphs;
  }

  boolean isHardWrapped(List<String> lines) {
    if (lines.size() < minLines) {
      return false;
    }
    int[] lengths = lines.stream().mapToInt(String::length).sorted().toArray();
    int p90 = lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
    if (p90 > maxWrapWidth) {
      return false;
    }
    long open = lines.subList(0, lines.size() - 1).stream().filter(l -> !endsSentence(l)).count();
    return open >= minOpenLineShare * (lines.size() - 1);
  }

  private List<String> rejoin(String[] lines) {
    int width = Arrays.stream(lines).mapToInt(l -> l.strip().length()).max().orElse(0);
    // Blank lines are paragraph breaks only if the writer did not put one after nearly every line.
    int blankAfterText = 0;
    int textLines = 0;
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        textLines++;
        if (i + 1 < lines.length && lines[i + 1].isBlank()) blankAfterText++;
      }
    }
    boolean blanksMeanBreaks = blankAfterText < 0.5 * textLines;

    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String previous = null;
    boolean blankSincePrevious = false;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        blankSincePrevious = true;
        continue;
      }
      if (previous != null) {
        boolean breakHere = blanksMeanBreaks && blankSincePrevious || endsParagraph(previous, line, width);
        if (breakHere) {
          paragraphs.add(current.toString());
          current.setLength(0);
        } else if (previous.endsWith("-") && Character.isLowerCase(line.codePointAt(0))) {
          // "nord-" + "ouest": keep the hyphen, French compounds are far commoner than soft hyphens.
        } else {
          current.append(' ');
        }
      }
      current.append(line);
      previous = line;
      blankSincePrevious = false;
    }
    if (!current.isEmpty()) {
      paragraphs.add(current.toString());
    }
    return paragraphs;
  }

  private static boolean endsParagraph(String line, String next, int width) {
    if (!endsSentence(line)) {
      return false;
    }
    int firstWord = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
    boolean nextWordWouldFit = line.length() + 1 + firstWord <= width;
    return nextWordWouldFit || opensQuotation(next);
  }

  static boolean endsSentence(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (last == '»' || last == '"' || last == '”' || last == ')') {
      // A closing mark ends a sentence only when a terminal mark sits just before it.
      String inner = s.substring(0, s.length() - 1).strip();
      return !inner.isEmpty() && ".!?…".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    }
    return ".!?…".indexOf(last) >= 0;
  }

  private static boolean opensQuotation(String line) {
    char first = line.charAt(0);
    return first == '«' || first == '"' || first == '“' || first == '—' || first == '–';
  }
}
