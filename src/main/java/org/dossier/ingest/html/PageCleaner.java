package org.dossier.ingest.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * First pass over the whole page: removes what is never article text whatever the page, by tag
 * (scripts, media, navigation, forms, figures with their captions) or because it is hidden.
 */
final class PageCleaner {

  /** Elements that hold no readable article text, or only its furniture. */
  private static final Set<String> JUNK_TAGS =
      Set.of(
          "script", "style", "template", "svg", "canvas", "iframe", "object", "embed", "rt", "rp",
          "applet", "audio", "video", "picture", "source", "track", "map", "area", "math",
          "button", "input", "select", "option", "textarea", "label", "dialog", "link", "meta",
          "nav", "footer", "menu", "figure", "figcaption", "img", "frame", "frameset");

  /**
   * Usually widgets, but sometimes a CMS wraps the whole article in one: an {@code <aside>} of
   * "direct content", a page-wide {@code <form>}, a {@code <noscript>} holding the text a script
   * would have shown. These go only when they hold less than half the page's text.
   */
  private static final Set<String> WIDGET_TAGS = Set.of("aside", "form", "noscript");

  private PageCleaner() {}

  static void clean(Document doc) {
    Element body = doc.body();
    int bodyChars = Math.max(1, body.text().length());
    NodeTraversor.filter(new Filter(bodyChars), body);
  }

  private static final class Filter implements NodeFilter {
    private final int bodyChars;

    Filter(int bodyChars) {
      this.bodyChars = bodyChars;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Comment) {
        return FilterResult.REMOVE;
      }
      if (node instanceof Element el && depth > 0 && isJunk(el)) {
        return FilterResult.REMOVE;
      }
      return FilterResult.CONTINUE;
    }

    private boolean isJunk(Element el) {
      String tag = el.normalName();
      if (JUNK_TAGS.contains(tag) || isHidden(el)) {
        return true;
      }
      return WIDGET_TAGS.contains(tag) && el.text().length() * 2 < bodyChars;
    }
  }

  static boolean isHidden(Element el) {
    if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) {
      return true;
    }
    String style = el.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
