package org.dossier.ingest.html;

/**
 * Pulls the main text of an article out of an HTML page.
 *
 * <p>Dossier has its own implementation; the extraction evaluation runs peers (Readability4J,
 * boilerpipe) behind the same interface so that all are measured on the same pages in one run.
 */
public interface MainTextExtractor {

  /** A short stable name, used in evaluation tables and JSON. */
  String name();

  /**
   * Returns the main text, one paragraph per block, blocks separated by a blank line; an empty
   * string when the page has no main text. Never null.
   *
   * @param html the whole page
   * @param url the page's address, or null when unknown (used only to resolve relative links)
   */
  String extract(String html, String url);
}
