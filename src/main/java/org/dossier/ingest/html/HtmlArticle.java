package org.dossier.ingest.html;

/**
 * An article read from an HTML page: its main text and what the page says about it. Every field
 * but {@code text} is null when the page does not tell; {@code text} is empty then.
 *
 * @param title the headline, without the site name appended to it
 * @param text the main text, paragraphs separated by blank lines
 * @param published the publication date as ISO 8601 (date or date-time) when parsable, else as
 *     the page gives it
 * @param siteName the publication's name
 * @param url the canonical address, else the one given
 * @param author the author or authors, comma-separated
 * @param language the language code as the page declares it (e.g. "fr", "fr-FR")
 */
public record HtmlArticle(
    String title,
    String text,
    String published,
    String siteName,
    String url,
    String author,
    String language) {

  public HtmlArticle {
    text = text == null ? "" : text;
  }
}
