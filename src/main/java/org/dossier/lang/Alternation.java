package org.dossier.lang;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;

/** Words of a data file as one regular-expression alternation, each quoted, longest first so that "ainsi que" wins over a shorter word. */
public final class Alternation {

  private Alternation() {}

  public static String of(Collection<String> words) {
    return String.join("|", words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList());
  }
}
