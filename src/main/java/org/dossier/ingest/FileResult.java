package org.dossier.ingest;

import java.util.List;

/** What one input file gave: its articles, and what of it had to be skipped and why. */
public record FileResult(List<RawArticle> articles, List<Skip> skipped) {

  public FileResult {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
  }

  public static FileResult of(RawArticle article) {
    return new FileResult(List.of(article), List.of());
  }

  public static FileResult skip(String file, String reason) {
    return new FileResult(List.of(), List.of(new Skip(file, reason)));
  }
}
