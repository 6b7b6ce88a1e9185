package org.dossier.synthesise;

import java.time.LocalDate;
import java.util.List;

/**
 * An article of a story as the summariser needs it.
 *
 * @param id the article id (the brief's)
 * @param published the publication day, or null when not known to the day; orders the summary
 * @param sentences its sentences in text order
 */
public record SourceArticle(String id, LocalDate published, List<SourceSentence> sentences) {

  public SourceArticle {
    sentences = List.copyOf(sentences);
  }
}
