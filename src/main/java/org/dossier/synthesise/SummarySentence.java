package org.dossier.synthesise;

import java.util.List;
import java.util.Optional;
import org.dossier.extract.quotes.Quote;

/**
 * A sentence of a summary.
 *
 * @param text the sentence as written in the article it was taken from
 * @param from where it was taken from
 * @param sources every sentence of the story that states the same fact, at most one per article,
 *     {@code from} first, then in story order
 * @param quotes the quotes the sentence holds (see {@link SourceSentence#quotes()})
 * @param date the sentence's own date (see {@link SourceSentence#date()})
 */
public record SummarySentence(String text, SentenceRef from, List<SentenceRef> sources, List<Quote> quotes, Optional<String> date) {

  public SummarySentence {
    sources = List.copyOf(sources);
    quotes = List.copyOf(quotes);
  }

  /** A sentence as a peer picks it: its text and where it comes from, no quote or date looked at. */
  public SummarySentence(String text, SentenceRef from, List<SentenceRef> sources) {
    this(text, from, sources, List.of(), Optional.empty());
  }

  /** The sentence {@code s} of the story, citing {@code sources}. */
  static SummarySentence of(SourceSentence s, List<SentenceRef> sources) {
    return new SummarySentence(s.text(), s.ref(), sources, s.quotes(), s.date());
  }
}
