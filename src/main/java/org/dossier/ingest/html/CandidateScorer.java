package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article when no known container names it, the way Readability does: every paragraph
 * votes for its parent and, less, for its grandparents, with more weight for long paragraphs
 * with commas; candidates are then discounted by their link density and by class names, and the
 * winner takes along its siblings that look like article text too.
 */
final class CandidateScorer {

  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "td", "dd");
  private static final int ANCESTOR_LEVELS = 3;

  private final ClassIdPattern positive;
  private final ClassIdPattern negative;
  private final ExtractorSettings settings;

  CandidateScorer(ClassIdPattern positive, ClassIdPattern negative, ExtractorSettings settings) {
    this.positive = positive;
    this.negative = negative;
    this.settings = settings;
  }

  /**
   * The best candidate within {@code scope} (the page body, or a region known to hold the
   * article) and the siblings that join it, in document order; empty if none.
   */
  List<Element> find(Element scope) {
    TextStats stats = TextStats.of(scope);
    Element above = scope.parent();
    // Insertion (document) order, so that ties between candidates resolve the same way every run.
    Map<Element, Double> scores = new LinkedHashMap<>();
    Map<Element, Integer> paragraphChars = new IdentityHashMap<>();
    for (Element el : scope.getAllElements()) {
      if (!isParagraph(el)) {
        continue;
      }
      int chars = stats.chars(el);
      if (chars < settings.scoreMinParagraphChars()) {
        continue;
      }
      double score = paragraphScore(el.text(), chars);
      int plain = chars - stats.linkChars(el);
      for (Element up = el.parent(); up != null && up != above; up = up.parent()) {
        paragraphChars.merge(up, plain, Integer::sum);
      }
      Element ancestor = el.parent();
      for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null && ancestor != above; level++) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        scores.merge(ancestor, initialScore(ancestor) + score * share, (a, b) -> a + score * share);
        ancestor = ancestor.parent();
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double score = e.getValue() * (1 - stats.linkDensity(e.getKey()));
      e.setValue(score);
      if (score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    if (best == null) {
      return List.of();
    }
    Element widened = widen(best, scope, paragraphChars, stats);
    return widened == best ? withSiblings(best, bestScore, scores, stats) : List.of(widened);
  }

  /**
   * The best candidate often holds one block of a body that a CMS split into many nested
   * wrappers; paragraph votes stop three levels up and never reach their common ancestor. So
   * climb to the highest ancestor that holds markedly more paragraph text, as long as it is not
   * a box of links or named like boilerplate; the pruner then clears what it brought along.
   */
  private Element widen(
      Element best, Element scope, Map<Element, Integer> paragraphChars, TextStats stats) {
    Element chosen = best;
    for (Element up = best.parent(); up != null && up != scope; up = up.parent()) {
      int mine = paragraphChars.getOrDefault(chosen, 0);
      if (paragraphChars.getOrDefault(up, 0) >= settings.climbRatio() * mine
          && stats.linkDensity(up) <= settings.climbMaxLinkDensity()
          && !negative.matches(up)) {
        chosen = up;
      }
    }
    return chosen;
  }

  private static boolean isParagraph(Element el) {
    if (PARAGRAPH_TAGS.contains(el.normalName())) {
      return true;
    }
    // Old layouts put text straight into divs, separated by <br>.
    if (!el.normalName().equals("div")) {
      return false;
    }
    int own = 0;
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode t) {
        own += t.text().strip().length();
      }
    }
    return own >= 25;
  }

  private double paragraphScore(String text, int chars) {
    int commas = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '،' || c == '、' || c == '，') {
        commas++;
      }
    }
    return 1 + commas + Math.min(chars / settings.scoreCharsPerPoint(), settings.scoreMaxLengthPoints());
  }

  private double initialScore(Element el) {
    double score =
        switch (el.normalName()) {
          case "article" -> 10;
          case "div", "section", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if (positive.matches(el)) {
      score += settings.scoreClassWeight();
    }
    if (negative.matches(el)) {
      score -= settings.scoreClassWeight();
    }
    return score;
  }

  private List<Element> withSiblings(
      Element best, double bestScore, Map<Element, Double> scores, TextStats stats) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    double threshold = Math.max(settings.siblingMin(), bestScore * settings.siblingRatio());
    List<Element> kept = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best || joins(sibling, best, threshold, scores, stats)) {
        kept.add(sibling);
      }
    }
    return kept;
  }

  private boolean joins(
      Element sibling, Element best, double threshold, Map<Element, Double> scores, TextStats stats) {
    double bonus =
        !best.className().isEmpty() && best.className().equals(sibling.className())
            ? threshold * 0.2
            : 0;
    Double score = scores.get(sibling);
    if (score != null && score + bonus >= threshold) {
      return true;
    }
    if (!sibling.normalName().equals("p")) {
      return false;
    }
    int chars = stats.chars(sibling);
    double density = stats.linkDensity(sibling);
    if (chars >= settings.siblingParagraphChars()) {
      return density < settings.siblingLinkDensity();
    }
    String text = sibling.text();
    return chars > 0 && density == 0 && text.matches("(?s).*\\.( |$).*");
  }
}
