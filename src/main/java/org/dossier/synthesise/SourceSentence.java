package org.dossier.synthesise;

import java.util.List;
import java.util.Optional;
import org.dossier.extract.quotes.Quote;

/**
 * A sentence of a story's article, as the analysis split it.
 *
 * @param article the article id
 * @param index the sentence's position in its article, from 0
 * @param start offset of its first character in the article's cleaned text
 * @param end offset just past its last character
 * @param text the sentence
 * @param quotes the quotes of the brief whose span overlaps the sentence, in text order
 * @param date the calendar date of the sentence's own event ("2020-02-05", "2020-02", "2018"),
 *     resolved against its article's publication date; empty when it states none, or one whose
 *     year is unknown
 */
public record SourceSentence(String article, int index, int start, int end, String text, List<Quote> quotes, Optional<String> date) {

  public SourceSentence {
    quotes = List.copyOf(quotes);
  }

  /** A sentence with no quote and no date known. */
  public SourceSentence(String article, int index, int start, int end, String text) {
    this(article, index, start, end, text, List.of(), Optional.empty());
  }

  public SentenceRef ref() {
    return new SentenceRef(article, index);
  }

  /**
   * True when an earlier stage found a quote with a known speaker in it; the summariser may prefer
   * such sentences ({@code summary.attributed-bonus}), and one whose subject points back is
   * readable alone because the brief names the speaker.
   */
  public boolean attributed() {
    return quotes.stream().anyMatch(q -> q.speaker() != null);
  }

  /** The same sentence under another article id (an evaluation names articles after their files). */
  SourceSentence inArticle(String id) {
    return new SourceSentence(id, index, start, end, text, quotes, date);
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
