package org.dossier.ingest;

import org.dossier.ingest.html.HtmlArticle;
import org.dossier.ingest.html.HtmlArticleReader;

/**
 * HTML pages: the main text (Dossier's extractor drops navigation, share bars, captions and
 * banners) and what the page's metadata says about title, date, site, address, author, language.
 */
final class HtmlReader {

  private static final HtmlArticleReader READER = new HtmlArticleReader();

  private HtmlReader() {}

  static FileResult read(String file, String html) {
    HtmlArticle page = READER.read(html, null);
    if (page.text().isBlank()) {
      return FileResult.skip(file, "no article text found in the HTML page");
    }
    Hints hints = new Hints(page.title(), page.url(), page.published(), page.siteName(), page.language(), page.author());
    return FileResult.of(new RawArticle(file, 0, Format.HTML, page.text(), hints));
  }
}
