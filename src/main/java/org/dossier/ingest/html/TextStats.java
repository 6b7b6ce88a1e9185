package org.dossier.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text lengths of every element under a root, counted in one pass so that scoring
 * and pruning can ask for any element's link density without walking its subtree again.
 */
final class TextStats {

  private final Map<Element, int[]> counts = new IdentityHashMap<>();

  private TextStats() {}

  static TextStats of(Element root) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(stats.new Counter(), root);
    return stats;
  }

  /** Visible characters, whitespace excluded. */
  int chars(Element el) {
    int[] c = counts.get(el);
    return c == null ? 0 : c[0];
  }

  int linkChars(Element el) {
    int[] c = counts.get(el);
    return c == null ? 0 : c[1];
  }

  double linkDensity(Element el) {
    int chars = chars(el);
    return chars == 0 ? 0 : (double) linkChars(el) / chars;
  }

  private final class Counter implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element el) {
        counts.put(el, new int[2]);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof TextNode text) {
        Element parent = (Element) text.parentNode();
        if (parent != null) {
          int n = BlockText.visibleChars(text.getWholeText());
          int[] c = counts.get(parent);
          if (c != null) {
            c[0] += n;
            if (parent.normalName().equals("a")) {
              c[1] += n;
            }
          }
        }
      } else if (node instanceof Element el && el.parent() != null) {
        int[] mine = counts.get(el);
        int[] up = counts.get(el.parent());
        if (up != null) {
          up[0] += mine[0];
          up[1] += el.normalName().equals("a") ? mine[0] : mine[1];
        }
      }
    }
  }
}
