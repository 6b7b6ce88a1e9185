package org.dossier.synthesise;

/**
 * A sentence of a story's article, as the analysis split it.
 *
 * @param article the article id
 * @param index the sentence's position in its article, from 0
 * @param start offset of its first character in the article's cleaned text
 * @param end offset just past its last character
 * @param text the sentence
 * @param attributed true when an earlier stage found a quote with a known speaker in it; the
 *     summariser may prefer such sentences ({@code summary.attributed-bonus})
 */
public record SourceSentence(String article, int index, int start, int end, String text, boolean attributed) {

  public SourceSentence(String article, int index, int start, int end, String text) {
    this(article, index, start, end, text, false);
  }

  public SentenceRef ref() {
    return new SentenceRef(article, index);
  }

  /** Words as a reader counts them, and as ROUGE's length limit does: runs of non-space. */
  public int words() {
    return wordCount(text);
  }

  static int wordCount(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
