package org.dossier.ingest.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the article by the markup publishers use for it (schema.org articleBody, {@code
 * <article>}, the usual CMS class names), most specific selector first.
 */
final class KnownContainers {

  private final List<Evaluator> selectors;

  KnownContainers(List<String> selectors) {
    this.selectors = selectors.stream().map(QueryParser::parse).toList();
  }

  /**
   * The container with the most text under the first selector that yields one of at least {@code
   * minChars} visible characters outside links.
   */
  Optional<Element> find(Document doc, int minChars) {
    TextStats stats = TextStats.of(doc.body());
    for (Evaluator selector : selectors) {
      Elements found = doc.body().select(selector);
      Element best = null;
      int bestChars = 0;
      for (Element el : found) {
        int chars = stats.chars(el) - stats.linkChars(el);
        if (chars > bestChars) {
          best = el;
          bestChars = chars;
        }
      }
      if (best != null && bestChars >= minChars) {
        return Optional.of(best);
      }
    }
    return Optional.empty();
  }
}
