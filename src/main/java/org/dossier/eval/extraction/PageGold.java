package org.dossier.eval.extraction;

/** What a data set expects from one page, able to count an extraction against it. */
public interface PageGold {
  Counts score(String extracted);
}
