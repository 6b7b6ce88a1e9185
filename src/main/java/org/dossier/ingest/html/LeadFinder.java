package org.dossier.ingest.html;

import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Finds the lead paragraph (standfirst, chapô) that a CMS put in the article header, just before
 * the body container the extractor chose: the nearest preceding element named like a lead,
 * looking a few levels up, long enough and not a box of links.
 */
final class LeadFinder {

  private final ClassIdPattern lead;
  private final ExtractorSettings settings;

  LeadFinder(ClassIdPattern lead, ExtractorSettings settings) {
    this.lead = lead;
    this.settings = settings;
  }

  Optional<Element> find(Element body, Element first) {
    Element scope = first;
    for (int level = 0; level < settings.leadLevels(); level++) {
      scope = scope.parent();
      if (scope == null || scope == body) {
        return Optional.empty();
      }
      Element found = nearestBefore(scope, first);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  private Element nearestBefore(Element scope, Element first) {
    Element found = null;
    for (Element el : scope.getAllElements()) {
      if (el == first) {
        break;
      }
      if (el != scope && lead.matches(el) && !first.parents().contains(el) && isText(el)) {
        found = el;
      }
    }
    return found;
  }

  private boolean isText(Element el) {
    TextStats stats = TextStats.of(el);
    return stats.chars(el) >= settings.leadMinChars()
        && stats.chars(el) <= settings.leadMaxChars()
        && stats.linkDensity(el) <= settings.blockMaxLinkDensity();
  }
}
