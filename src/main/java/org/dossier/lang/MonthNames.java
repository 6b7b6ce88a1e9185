package org.dossier.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Month names of one or more languages ({@code LANG/months.tsv}), for reading dates in text. */
public final class MonthNames {

  private final Map<String, Integer> months;
  private final String alternation;

  private MonthNames(Map<String, Integer> months) {
    this.months = Map.copyOf(months);
    List<String> forms = new ArrayList<>(months.keySet());
    // Longest first, so "février" wins over "fév" inside a regex alternation.
    forms.sort(Comparator.comparingInt(String::length).reversed());
    this.alternation = String.join("|", forms.stream().map(Pattern::quote).toList());
  }

  public static MonthNames load(List<String> languages) {
    Map<String, Integer> months = new HashMap<>();
    for (String lang : languages) {
      for (String[] row : DataFile.rows(lang, "months.tsv")) {
        int number = Integer.parseInt(row[0].strip());
        for (int i = 1; i < row.length; i++) {
          months.put(row[i].strip().toLowerCase(Locale.ROOT), number);
        }
      }
    }
    return new MonthNames(months);
  }

  /** The month number of a name or abbreviation, ignoring case and a trailing dot. */
  public OptionalInt month(String name) {
    Integer m = months.get(name.toLowerCase(Locale.ROOT).replaceFirst("\\.$", ""));
    return m == null ? OptionalInt.empty() : OptionalInt.of(m);
  }

  /** A regex alternation of every form, longest first, for use inside a larger pattern. */
  public String alternation() {
    return alternation;
  }
}
