package org.dossier.lang;

import java.util.List;

/** Names written as one list, the way the language writes it: "A, B et C" ({@code LANG/list-conjunction.txt}). */
public final class NameList {

  private final String conjunction;

  private NameList(String conjunction) {
    this.conjunction = conjunction;
  }

  public static NameList of(String language) {
    return new NameList(DataFile.words(language, "list-conjunction.txt").get(0));
  }

  /** The names as one list; one name alone as it is. */
  public String join(List<String> names) {
    if (names.size() < 2) return names.isEmpty() ? "" : names.get(0);
    return String.join(", ", names.subList(0, names.size() - 1)) + " " + conjunction + " " + names.get(names.size() - 1);
  }
}
