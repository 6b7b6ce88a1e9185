package org.dossier.synthesise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.Sentence;
import org.dossier.brief.Article;
import org.dossier.extract.quotes.Quote;

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

  /**
   * An article of the brief with the sentences of its analysis; a sentence is attributed when one
   * of {@code quotes} (any article's: the others are ignored) has a known speaker and overlaps it.
   */
  public static SourceArticle of(Article article, Analysis analysis, List<Quote> quotes) {
    List<Quote> own = quotes.stream().filter(q -> q.article().equals(article.id()) && q.speaker() != null).toList();
    List<SourceSentence> sentences = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      boolean attributed = own.stream().anyMatch(q -> q.start() < s.end() && s.start() < q.end());
      sentences.add(new SourceSentence(article.id(), s.index(), s.start(), s.end(), analysis.text(s), attributed));
    }
    return new SourceArticle(article.id(), article.published() == null ? null : article.published().day(), sentences);
  }

  /** The same article under another id (an evaluation names articles after their files). */
  public SourceArticle withId(String newId) {
    List<SourceSentence> renamed = sentences.stream().map(s -> new SourceSentence(newId, s.index(), s.start(), s.end(), s.text(), s.attributed())).toList();
    return new SourceArticle(newId, published, renamed);
  }

}
