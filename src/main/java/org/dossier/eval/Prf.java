package org.dossier.eval;

/** Counts of a set-matching evaluation and the precision, recall and F1 they give. */
public record Prf(long truePositives, long falsePositives, long falseNegatives) {

  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf plus(Prf o) {
    return new Prf(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
  }

  public double precision() {
    return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
  }

  public double recall() {
    return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
