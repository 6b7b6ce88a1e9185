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

  /** A selector line; "+ " before it says every match is part of the one article body. */
  private record Selector(Evaluator evaluator, boolean allMatches) {
    static Selector parse(String line) {
      boolean all = line.startsWith("+ ");
      return new Selector(QueryParser.parse(all ? line.substring(2) : line), all);
    }
  }

  private final List<Selector> selectors;
  private final ClassIdPattern notContent;
  private final int joinLevels;
  private final double joinMinShare;

  KnownContainers(List<String> selectors, ClassIdPattern notContent, ExtractorSettings settings) {
    this.selectors = selectors.stream().map(Selector::parse).toList();
    this.notContent = notContent;
    this.joinLevels = settings.contentJoinLevels();
    this.joinMinShare = settings.contentJoinMinShare();
  }

  /**
   * The containers of the first selector whose largest match holds at least {@code minChars}
   * visible characters outside links: that match, plus the other matches near it (an ancestor in
   * common within {@code joinLevels} levels, neither inside the other, not much smaller), since
   * CMSes often split one article body into several blocks of the same class, each in its own
   * wrapper; much smaller matches nearby are teasers of other articles. Matches whose class says
   * comments or related links ({@code <article class="comments">}) are passed over. Empty if none.
   */
  List<Element> find(Document doc, int minChars) {
    TextStats stats = TextStats.of(doc.body());
    for (Selector selector : selectors) {
      Elements found = doc.body().select(selector.evaluator());
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
        return withSiblings(best, bestChars, found, stats, selector.allMatches());
      }
    }
    return List.of();
  }

  private List<Element> withSiblings(
      Element best, int bestChars, Elements found, TextStats stats, boolean anywhere) {
    Element scope = best;
    for (int i = 0; (anywhere || i < joinLevels) && scope.parent() != null; i++) {
      scope = scope.parent();
    }
    List<Element> kept = new ArrayList<>();
    for (Element el : found) {
      boolean near = isInside(el, scope) && !isInside(el, best) && !isInside(best, el);
      boolean large = stats.chars(el) - stats.linkChars(el) >= joinMinShare * bestChars;
      if (el == best || (near && large && !nestedInKept(el, kept))) {
        kept.add(el);
      }
    }
    return kept;
  }

  private static boolean nestedInKept(Element el, List<Element> kept) {
    for (Element k : kept) {
      if (isInside(el, k) || isInside(k, el)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInside(Element el, Element ancestor) {
    return el.parents().contains(ancestor);
  }
}
