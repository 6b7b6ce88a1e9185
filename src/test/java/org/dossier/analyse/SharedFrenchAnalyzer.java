package org.dossier.analyse;

/** One French CoreNLP for all tests of a run: the models take seconds and gigabytes to load. */
public final class SharedFrenchAnalyzer {

  private static FrenchCoreNlp instance;

  private SharedFrenchAnalyzer() {}

  public static synchronized FrenchCoreNlp get() {
    if (instance == null) {
      instance = new FrenchCoreNlp();
    }
    return instance;
  }
}
