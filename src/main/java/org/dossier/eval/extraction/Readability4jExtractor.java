package org.dossier.eval.extraction;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.dossier.ingest.html.BlockText;
import org.dossier.ingest.html.MainTextExtractor;
import org.jsoup.Jsoup;

/**
 * Peer: Readability4J, a Kotlin port of Mozilla's Readability.js. Its article HTML is rendered
 * into paragraphs by the same {@link BlockText} as Dossier's own output, so that the comparison
 * measures the choice of content, not the text rendering.
 */
public final class Readability4jExtractor implements MainTextExtractor {

  @Override
  public String name() {
    return "readability4j";
  }

  @Override
  public String extract(String html, String url) {
    Article article = new Readability4J(url == null ? "" : url, html == null ? "" : html).parse();
    String content = article.getContent();
    if (content == null || content.isBlank()) {
      return "";
    }
    return BlockText.paragraphs(Jsoup.parseBodyFragment(content).body());
  }
}
