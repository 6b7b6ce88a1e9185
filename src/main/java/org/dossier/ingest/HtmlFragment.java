package org.dossier.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text of an HTML fragment (a feed item's content, a JSON {@code html} field that holds only the
 * article body): one paragraph per block element, inline markup flattened. Whole pages go through
 * the main-text extractor instead, which also drops navigation and boilerplate.
 */
final class HtmlFragment {

  private HtmlFragment() {}

  static String text(String html) {
    StringBuilder out = new StringBuilder();
    appendBlocks(Jsoup.parseBodyFragment(html).body(), out);
    return out.toString().strip();
  }

  private static void appendBlocks(Element element, StringBuilder out) {
    StringBuilder inline = new StringBuilder();
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode t) {
        inline.append(t.getWholeText());
      } else if (child instanceof Element e) {
        if (e.normalName().equals("script") || e.normalName().equals("style")) {
          continue;
        }
        if (e.normalName().equals("br")) {
          inline.append('\n');
        } else if (e.isBlock()) {
          flush(inline, out);
          appendBlocks(e, out);
        } else {
          inline.append(e.wholeText());
        }
      }
    }
    flush(inline, out);
  }

  private static void flush(StringBuilder inline, StringBuilder out) {
    for (String line : inline.toString().split("\n")) {
      String collapsed = line.replaceAll("\\s+", " ").strip();
      if (!collapsed.isEmpty()) {
        out.append(collapsed).append("\n\n");
      }
    }
    inline.setLength(0);
  }
}
