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
  private final ClassIdPattern lead;
  private final ExtractorSettings settings;

  ContentPruner(ClassIdPattern boilerplate, ClassIdPattern lead, ExtractorSettings settings) {
    this.boilerplate = boilerplate;
    this.lead = lead;
    this.settings = settings;
  }

  void prune(Element root) {
    Walk walk = new Walk(TextStats.of(root));
    walk.collect(root);
    walk.doomed.forEach(Element::remove);
  }

  /** One pass in document order, so that it knows whether the text has started yet. */
  private final class Walk {
    private final TextStats stats;
    private final List<Element> doomed = new ArrayList<>();
    private boolean textStarted;

    Walk(TextStats stats) {
      this.stats = stats;
    }

    void collect(Element root) {
      collect(root, Math.max(1, stats.chars(root)));
    }

    /** {@code total}: the root's text, against which a wrapper's share is judged. */
    private void collect(Element parent, int total) {
      for (Element child : parent.children()) {
        if (isBoilerplate(child, total) && !isLeadAtTop(child)) {
          doomed.add(child);
          continue;
        }
        if (child.normalName().equals("p") && stats.chars(child) >= settings.leadMinChars()) {
          textStarted = true;
        }
        collect(child, total);
      }
    }

    /** A "teaser" or "intro" box above the first paragraph is the lead, not a promotion. */
    private boolean isLeadAtTop(Element el) {
      return !textStarted && lead.matches(el);
    }

    private boolean isBoilerplate(Element el, int total) {
      int chars = stats.chars(el);
      if (chars > settings.pruneMaxShare() * total) {
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
}
