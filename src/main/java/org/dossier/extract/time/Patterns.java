package org.dossier.extract.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Regex pieces built from data words: apostrophes and spaces written loosely, longest form first. */
final class Patterns {

  /** Nothing of a word touches the match on the left or on the right. */
  static final String LEFT = "(?<![\\p{L}\\p{N}])";
  static final String RIGHT = "(?![\\p{L}\\p{N}])";

  private Patterns() {}

  /** One data form as a regex: either apostrophe matches, any run of spaces matches a space. */
  static String form(String word) {
    StringBuilder out = new StringBuilder();
    for (String part : word.strip().split("(?<=['’ ])|(?=['’ ])")) {
      if (part.equals("'") || part.equals("’")) out.append("['’]");
      else if (part.equals(" ")) out.append("\\s+");
      else out.append(Pattern.quote(part));
    }
    return out.toString();
  }

  /** An alternation of forms, longest first so that "avant-hier" wins over "hier"; never empty. */
  static String alternation(Collection<String> words) {
    List<String> forms = new ArrayList<>();
    for (String w : words) if (!w.isBlank()) forms.add(w.strip());
    if (forms.isEmpty()) return "(?!)";
    forms.sort(Comparator.comparingInt(String::length).reversed());
    return String.join("|", forms.stream().map(Patterns::form).toList());
  }

  /**
   * Forms written before a word: "le" needs a space after it, "l'" does not. The result matches the
   * form and what separates it from the next word.
   */
  static String leading(Collection<String> words) {
    List<String> forms = new ArrayList<>();
    for (String w : words) if (!w.isBlank()) forms.add(w.strip());
    if (forms.isEmpty()) return "(?!)";
    forms.sort(Comparator.comparingInt(String::length).reversed());
    return String.join("|", forms.stream().map(f -> form(f) + (f.endsWith("'") || f.endsWith("’") ? "\\s*" : "\\s+")).toList());
  }
}
