package org.dossier.eval.extraction;

import java.nio.file.Path;
import org.dossier.ingest.html.BlockText;
import org.dossier.ingest.html.DossierExtractor;
import org.jsoup.Jsoup;

/** Test-scope tool: for each trafilatura page, the snippets Dossier misses or wrongly keeps. */
final class SnippetDiagnosis {
  private SnippetDiagnosis() {}

  public static void main(String[] args) throws Exception {
    DataSet set = DataSets.trafilatura(Path.of(args[0]));
    DossierExtractor dossier = new DossierExtractor();
    for (EvalPage page : set.pages()) {
      String html = page.html();
      String out = SnippetMetric.norm(dossier.extract(html, page.url()));
      String all = SnippetMetric.norm(BlockText.paragraphs(Jsoup.parse(html).body()));
      SnippetMetric.Gold gold = (SnippetMetric.Gold) page.gold();
      for (String w : gold.with()) {
        if (!out.contains(SnippetMetric.norm(w))) {
          boolean inPage = all.contains(SnippetMetric.norm(w));
          System.out.printf("FN%s %s | %s | outlen=%d%n", inPage ? "" : "(absent)", page.id(), w, out.length());
        }
      }
      for (String w : gold.without()) {
        if (out.contains(SnippetMetric.norm(w))) {
          System.out.printf("FP %s | %s%n", page.id(), w);
        }
      }
    }
  }
}
