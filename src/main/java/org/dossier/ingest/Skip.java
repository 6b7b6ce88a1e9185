package org.dossier.ingest;

/** Why an input yielded no article: the thrown-away case is a value, never a null or a lost file. */
public record Skip(String file, String reason) {

  /**
   * A bug met on one document, while {@code doing} ("reading", "analysing"): reported like bad
   * input, so that the rest of the batch goes on and the file is named.
   */
  public static Skip ofBug(String file, String doing, RuntimeException e) {
    return new Skip(file, "internal error while " + doing + ": " + e);
  }
}
