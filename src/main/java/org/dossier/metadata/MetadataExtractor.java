package org.dossier.metadata;

import java.util.HashMap;
import java.util.Map;
import org.dossier.clean.CleanText;
import org.dossier.ingest.Hints;
import org.dossier.lang.Languages;

/**
 * The metadata stage: title, publication date, source and dateline, each from a cascade of
 * evidence that runs from what the container states to what the text implies.
 */
public final class MetadataExtractor {

  private final SourceFinder sources = new SourceFinder();
  private final Map<String, PublishedDateFinder> dateFinders = new HashMap<>();

  public Metadata extract(Hints hints, CleanText clean, String language) {
    Published published = dateFinder(language).find(hints.published(), clean).orElse(null);
    String place = clean.dateline() == null ? null : clean.dateline().place();
    String title = clean.title() != null ? clean.title() : hints.title();
    return new Metadata(title, language, published, sources.find(hints.site(), clean), place, hints.url());
  }

  private PublishedDateFinder dateFinder(String language) {
    String key = Languages.SUPPORTED.contains(language) ? language : Languages.UNDETERMINED;
    synchronized (dateFinders) {
      return dateFinders.computeIfAbsent(key, k -> new PublishedDateFinder(Languages.rulesFor(k)));
    }
  }
}
