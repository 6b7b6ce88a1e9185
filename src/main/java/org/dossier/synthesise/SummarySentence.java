package org.dossier.synthesise;

import java.util.List;

/**
 * A sentence of a summary.
 *
 * @param text the sentence as written in the article it was taken from
 * @param from where it was taken from
 * @param sources every sentence of the story that states the same fact, at most one per article,
 *     {@code from} first, then in story order
 */
public record SummarySentence(String text, SentenceRef from, List<SentenceRef> sources) {

  public SummarySentence {
    sources = List.copyOf(sources);
  }
}
