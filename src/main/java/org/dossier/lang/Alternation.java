package org.dossier.lang;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;

/** Words of a data file as one regular-expression alternation, each quoted, longest first so that "ainsi que" wins over a shorter word. */
public final class Alternation {

  private Alternation() {}

  public static String of(Collection<String> words) {
    return String.join("|", sorted(words).map(Pattern::quote).toList());
  }

  /**
   * The same, each word followed by {@code after} but an elided one ("n'", "qu'"), which ends in an
   * apostrophe and joins the next word: {@code ne\s+|n'} for "ne", "n'" and {@code \s+}.
   */
  public static String elidable(Collection<String> words, String after) {
    return String.join("|", sorted(words).map(w -> Pattern.quote(w) + (w.endsWith("'") ? "" : after)).toList());
  }

  private static java.util.stream.Stream<String> sorted(Collection<String> words) {
    return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed());
  }
}
