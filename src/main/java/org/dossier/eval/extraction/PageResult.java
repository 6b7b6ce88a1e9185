package org.dossier.eval.extraction;

/** One extractor on one page: the counts, and whether it threw. For finding the worst pages. */
public record PageResult(String extractor, String page, String url, Counts counts, boolean failed) {}
