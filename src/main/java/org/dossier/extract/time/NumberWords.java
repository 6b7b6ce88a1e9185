package org.dossier.extract.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.dossier.lang.DataFile;

/**
 * Spelled-out numbers of one or more languages ({@code LANG/time-numbers.tsv}): "deux", "vingt-quatre",
 * "quatre-vingt-dix", "mille neuf cent quatre-vingt-dix-neuf", "twenty-four".
 */
final class NumberWords {

  private enum Kind { UNIT, HUNDRED, THOUSAND, AND }

  private record Word(long value, Kind kind) {}

  private final Map<String, Word> words;
  private final String pattern;

  private NumberWords(Map<String, Word> words) {
    this.words = Map.copyOf(words);
    List<String> forms = new ArrayList<>();
    List<String> joiners = new ArrayList<>();
    words.forEach((form, w) -> (w.kind == Kind.AND ? joiners : forms).add(form));
    String one = Patterns.alternation(forms);
    String join = joiners.isEmpty() ? "" : "|\\s+(?:" + Patterns.alternation(joiners) + ")\\s+";
    this.pattern = "(?:" + one + ")(?:(?:-|\\s+" + join + ")(?:" + one + "))*";
  }

  static NumberWords load(List<String> languages) {
    Map<String, Word> words = new HashMap<>();
    for (String lang : languages) {
      for (String[] row : DataFile.rows(lang, "time-numbers.tsv")) {
        words.put(row[0].strip().toLowerCase(Locale.ROOT), new Word(Long.parseLong(row[1].strip()), Kind.valueOf(row[2].strip().toUpperCase(Locale.ROOT))));
      }
    }
    return new NumberWords(words);
  }

  /** A regex for one spelled-out number, its words joined by hyphens, spaces or "et". */
  String pattern() {
    return pattern;
  }

  /**
   * The value of a spelled-out number. Units add up ("dix-sept" = 17, "soixante-dix" = 70); a
   * hundred multiplies what precedes it in its group; a thousand closes the group of thousands.
   */
  OptionalLong value(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    long total = 0;
    long group = 0;
    boolean any = false;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '-' || Character.isWhitespace(c)) {
        i++;
        continue;
      }
      String form = longestAt(s, i);
      if (form == null) return OptionalLong.empty();
      Word w = words.get(form);
      switch (w.kind) {
        case UNIT -> group += w.value;
        case HUNDRED -> group = Math.max(group, 1) * w.value;
        case THOUSAND -> {
          total += Math.max(group, 1) * w.value;
          group = 0;
        }
        case AND -> { }
      }
      any |= w.kind != Kind.AND;
      i += form.length();
    }
    return any ? OptionalLong.of(total + group) : OptionalLong.empty();
  }

  /** The longest listed form starting at {@code i} and ending at a word edge (a hyphenated form beats its parts). */
  private String longestAt(String s, int i) {
    String best = null;
    for (String form : words.keySet()) {
      int end = i + form.length();
      if (s.startsWith(form, i) && (end == s.length() || !Character.isLetter(s.charAt(end))) && (best == null || form.length() > best.length())) {
        best = form;
      }
    }
    return best;
  }
}
