package org.dossier.eval.extraction;

import java.util.List;

/** A named set of pages scored with one metric. */
public record DataSet(String name, List<EvalPage> pages, Metric metric) {
  public DataSet {
    pages = List.copyOf(pages);
  }

  /** The first {@code limit} pages (all when limit is null or larger). */
  public DataSet limit(Integer limit) {
    if (limit == null || limit >= pages.size()) {
      return this;
    }
    return new DataSet(name, pages.subList(0, Math.max(0, limit)), metric);
  }
}
