package org.dossier.extract.entities;

/** The WikiNER / CoNLL classes. Nationalities ("les Russes") are MISC, as in CoNLL. */
public enum EntityType {
  PER,
  ORG,
  LOC,
  MISC;

  public static EntityType of(String tag) {
    return switch (tag) {
      case "PER", "PERSON" -> PER;
      case "ORG", "ORGANIZATION" -> ORG;
      case "LOC", "LOCATION", "GPE" -> LOC;
      default -> MISC;
    };
  }
}
