package org.dossier.eval.extraction;

import java.util.List;

/** How a data set turns its per-page counts into scores. */
public enum Metric {
  /** Scrapinghub's benchmark: 4-token shingles, P and R averaged per page. */
  SHINGLES {
    @Override
    public Scores aggregate(List<Counts> pages) {
      return ShingleMetric.aggregate(pages);
    }
  },
  /** Trafilatura's evaluation: snippets found or not, counts summed over the set. */
  SNIPPETS {
    @Override
    public Scores aggregate(List<Counts> pages) {
      return SnippetMetric.aggregate(pages);
    }
  };

  public abstract Scores aggregate(List<Counts> pages);
}
