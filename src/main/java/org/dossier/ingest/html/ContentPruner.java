package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Second pass, inside the container chosen as the article: removes widgets that publishers put
 * between the paragraphs (share bars, "related" boxes, captions, bylines, comments), recognised by
 * their class or id, and boxes of links.
 */
final class ContentPruner {

  private static final Set<String> LINK_BOX_TAGS =
      Set.of("ul", "ol", "dl", "div", "section", "table", "header", "p");

  private final ClassIdPattern boilerplate;
  private final ExtractorSettings settings;

  ContentPruner(ClassIdPattern boilerplate, ExtractorSettings settings) {
    this.boilerplate = boilerplate;
    this.settings = settings;
  }

  void prune(Element root) {
    TextStats stats = TextStats.of(root);
    int rootChars = Math.max(1, stats.chars(root));
    List<Element> doomed = new ArrayList<>();
    collect(root, stats, rootChars, doomed);
    doomed.forEach(Element::remove);
  }

  private void collect(Element parent, TextStats stats, int rootChars, List<Element> doomed) {
    for (Element child : parent.children()) {
      if (isBoilerplate(child, stats, rootChars)) {
        doomed.add(child);
      } else {
        collect(child, stats, rootChars, doomed);
      }
    }
  }

  private boolean isBoilerplate(Element el, TextStats stats, int rootChars) {
    int chars = stats.chars(el);
    if (chars > settings.pruneMaxShare() * rootChars) {
      return false;
    }
    if (boilerplate.matches(el)) {
      return true;
    }
    return LINK_BOX_TAGS.contains(el.normalName())
        && chars > 0
        && chars <= settings.linkBoxMaxChars()
        && stats.linkDensity(el) > settings.pruneMaxLinkDensity();
  }
}
