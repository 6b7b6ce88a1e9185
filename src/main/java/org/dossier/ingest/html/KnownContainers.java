package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.List;
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
  private final ClassIdPattern notContent;

  KnownContainers(List<String> selectors, ClassIdPattern notContent) {
    this.selectors = selectors.stream().map(QueryParser::parse).toList();
    this.notContent = notContent;
  }

  /**
   * The containers of the first selector whose largest match holds at least {@code minChars}
   * visible characters outside links: that match, plus the other matches beside it (same parent),
   * since CMSes often split one article body into several blocks of the same class. Matches whose
   * class says comments or related links ({@code <article class="comments">}) are passed over. Empty if none.
   */
  List<Element> find(Document doc, int minChars) {
    TextStats stats = TextStats.of(doc.body());
    for (Evaluator selector : selectors) {
      Elements found = doc.body().select(selector);
      found.removeIf(notContent::matches);
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
        return withSiblings(best, found);
      }
    }
    return List.of();
  }

  private static List<Element> withSiblings(Element best, Elements found) {
    List<Element> kept = new ArrayList<>();
    for (Element el : found) {
      if (el == best || (el.parent() == best.parent() && el.parent() != null)) {
        kept.add(el);
      }
    }
    return kept;
  }
}
