package org.dossier.lang;

import java.util.Locale;
import java.util.Set;

/**
 * The common nouns that open a body's name whose complement belongs to it ({@code
 * LANG/body-name-heads.txt}): "Observatoire" of "Observatoire du financement des marchés
 * résidentiels", "Conseil" of "Conseil d'Etat". French only for now, as the quote stages are.
 */
public final class BodyNames {

  private static final Set<String> HEADS = Set.copyOf(DataFile.words("fr", "body-name-heads.txt"));

  private BodyNames() {}

  /** Whether a one-word name is such a noun, capitalised: "Observatoire"; not "Renault", "CGT". */
  public static boolean opens(String name) {
    String word = name.strip();
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT)) && HEADS.contains(word.toLowerCase(Locale.ROOT));
  }
}
