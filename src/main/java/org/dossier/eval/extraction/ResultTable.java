package org.dossier.eval.extraction;

import java.util.List;
import java.util.Locale;

/** Renders evaluation results as a plain-text table: data set x extractor. */
final class ResultTable {

  private ResultTable() {}

  static String render(List<DataSetResult> results) {
    StringBuilder out = new StringBuilder();
    String header = String.format(Locale.ROOT, "%-18s %-14s %7s %7s %7s %6s %6s %9s%n",
        "data set", "extractor", "P", "R", "F1", "pages", "failed", "pages/s");
    out.append(header);
    out.append("-".repeat(header.length() - 1)).append('\n');
    for (DataSetResult set : results) {
      for (ExtractorResult r : set.extractors()) {
        out.append(String.format(Locale.ROOT, "%-18s %-14s %7.3f %7.3f %7.3f %6d %6d %9.1f%n",
            set.dataSet(), r.extractor(), r.precision(), r.recall(), r.f1(),
            r.pagesScored() + r.pagesFailed(), r.pagesFailed(), r.pagesPerSecond()));
      }
    }
    return out.toString();
  }
}
