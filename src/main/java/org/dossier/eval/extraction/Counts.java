package org.dossier.eval.extraction;

/** True positives, false positives and false negatives of one page, as a metric counts them. */
public record Counts(double tp, double fp, double fn) {}
