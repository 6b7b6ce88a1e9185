package org.dossier.ingest;

/**
 * What the container itself says about an article (HTML meta tags, a feed item, JSON fields), as
 * given. Null fields are unknown. Metadata extraction weighs these against what the text says.
 */
public record Hints(String title, String url, String published, String site, String language, String author) {

  public static final Hints NONE = new Hints(null, null, null, null, null, null);
}
