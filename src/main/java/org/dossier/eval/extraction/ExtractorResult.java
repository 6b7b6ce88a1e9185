package org.dossier.eval.extraction;

/**
 * The figures of one extractor on one data set. {@code pagesScored} counts the pages it returned
 * text for (possibly empty); {@code pagesFailed} those where it threw, scored as empty output.
 */
public record ExtractorResult(
    String extractor,
    double precision,
    double recall,
    double f1,
    int pagesScored,
    int pagesFailed,
    double seconds) {

  public double pagesPerSecond() {
    return seconds > 0 ? (pagesScored + pagesFailed) / seconds : 0;
  }
}
