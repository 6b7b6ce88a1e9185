package org.dossier.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.brief.Article;
import org.dossier.brief.Brief;
import org.dossier.extract.quotes.Quote;

/** The quotes of a brief as the human formats show them: by speaker, most quoted first. */
final class QuoteGroups {

  static final String UNKNOWN = "Speaker unknown";

  private QuoteGroups() {}

  static Map<String, List<Quote>> bySpeaker(Brief brief) {
    Map<String, List<Quote>> groups = new LinkedHashMap<>();
    for (Quote q : brief.quotes()) {
      groups.computeIfAbsent(q.speaker() == null ? UNKNOWN : q.speaker().name(), k -> new ArrayList<>()).add(q);
    }
    List<Map.Entry<String, List<Quote>>> sorted = new ArrayList<>(groups.entrySet());
    sorted.sort((a, b) -> a.getKey().equals(UNKNOWN) ? 1 : b.getKey().equals(UNKNOWN) ? -1 : b.getValue().size() - a.getValue().size());
    Map<String, List<Quote>> out = new LinkedHashMap<>();
    sorted.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** The 1-based number of the article a quote comes from. */
  static int articleNumber(Brief brief, Quote q) {
    return articleNumber(brief, q.article());
  }

  /** The number an article goes by in the brief's list of articles, from 1. */
  static int articleNumber(Brief brief, String article) {
    List<Article> articles = brief.articles();
    for (int i = 0; i < articles.size(); i++) {
      if (articles.get(i).id().equals(article)) return i + 1;
    }
    return 0;
  }

  static String shown(Quote q) {
    return q.direct() ? "«\u00a0" + q.text() + "\u00a0»" : "(reported) " + q.text();
  }
}
