package org.dossier.eval.extraction;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import org.dossier.ingest.html.MainTextExtractor;

/**
 * Peer: boilerpipe's ArticleExtractor (Kohlschütter et al.), the classic shallow-text-features
 * extractor. It already outputs one text block per line; blocks are separated by blank lines here
 * to match the interface.
 */
public final class BoilerpipeExtractor implements MainTextExtractor {

  @Override
  public String name() {
    return "boilerpipe";
  }

  @Override
  public String extract(String html, String url) {
    try {
      String text = ArticleExtractor.getInstance().getText(html == null ? "" : html);
      return text == null ? "" : String.join("\n\n", text.strip().split("\\s*\n\\s*"));
    } catch (BoilerpipeProcessingException e) {
      throw new IllegalStateException("boilerpipe failed: " + e.getMessage(), e);
    }
  }
}
