package org.dossier.synthesise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
   * An article of the brief with the sentences of its analysis, each with the quotes that overlap
   * it ({@code quotes} may be the whole run's: other articles' are ignored) and its date from
   * {@code dates} (sentence index → calendar value, see {@code extract.events.SentenceDates}).
   */
  public static SourceArticle of(Article article, Analysis analysis, List<Quote> quotes, Map<Integer, String> dates) {
    List<Quote> own = quotes.stream().filter(q -> q.article().equals(article.id())).toList();
    List<SourceSentence> sentences = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      List<Quote> in = own.stream().filter(q -> q.start() < s.end() && s.start() < q.end()).toList();
      sentences.add(new SourceSentence(article.id(), s.index(), s.start(), s.end(), analysis.text(s), in, Optional.ofNullable(dates.get(s.index()))));
    }
    return new SourceArticle(article.id(), article.published() == null ? null : article.published().day(), sentences);
  }

  /** The same article under another id (an evaluation names articles after their files). */
  public SourceArticle withId(String newId) {
    return new SourceArticle(newId, published, sentences.stream().map(s -> s.inArticle(newId)).toList());
  }
}
