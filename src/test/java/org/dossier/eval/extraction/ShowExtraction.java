package org.dossier.eval.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.ingest.html.DossierExtractor;
import org.dossier.ingest.html.HtmlBytes;

/** Test-scope tool: prints Dossier's extraction of one saved page. */
final class ShowExtraction {
  private ShowExtraction() {}

  public static void main(String[] args) throws Exception {
    String html = HtmlBytes.decode(Files.readAllBytes(Path.of(args[0])));
    System.out.println(new DossierExtractor().extract(html, null));
  }
}
