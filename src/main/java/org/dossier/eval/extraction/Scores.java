package org.dossier.eval.extraction;

/** Precision, recall and F1 of one extractor on one data set. */
public record Scores(double precision, double recall, double f1) {

  static Scores of(double precision, double recall) {
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Scores(precision, recall, f1);
  }
}
