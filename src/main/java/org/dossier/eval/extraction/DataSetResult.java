package org.dossier.eval.extraction;

import java.util.List;

/** Every extractor's figures on one data set, with the per-page counts behind them. */
public record DataSetResult(
    String dataSet, Metric metric, int pages, List<ExtractorResult> extractors, List<PageResult> perPage) {
  public DataSetResult {
    extractors = List.copyOf(extractors);
    perPage = List.copyOf(perPage);
  }
}
