package org.dossier.ingest;

/** HTML pages. */
final class HtmlReader {

  private HtmlReader() {}

  static FileResult read(String file, String html) {
    String text = HtmlFragment.text(html);
    if (text.isBlank()) {
      return FileResult.skip(file, "no article text found in the HTML page");
    }
    return FileResult.of(new RawArticle(file, 0, Format.HTML, text, Hints.NONE));
  }
}
