package org.dossier.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Relative pronouns by their role in the clause ({@code LANG/relative-pronouns.tsv}): "subject"
 * (qui), "object" (que, qu'), "genitive" (dont), "place" (où), "oblique" (lequel …). A clause they
 * open describes the noun before them, which is how a speaker's words, a role or a description end.
 */
public final class RelativePronouns {

  private final Map<String, List<String>> byKind;

  private RelativePronouns(Map<String, List<String>> byKind) {
    this.byKind = Map.copyOf(byKind);
  }

  public static RelativePronouns load(String language) {
    Map<String, List<String>> byKind = new HashMap<>();
    for (String[] row : DataFile.rows(language, "relative-pronouns.tsv")) byKind.computeIfAbsent(row[1].strip(), k -> new ArrayList<>()).add(row[0].strip());
    byKind.replaceAll((k, v) -> List.copyOf(v));
    return new RelativePronouns(byKind);
  }

  /** The pronouns of these kinds, in file order. */
  public List<String> of(String... kinds) {
    List<String> forms = new ArrayList<>();
    for (String kind : kinds) {
      List<String> of = byKind.get(kind);
      // An empty alternation would match anywhere.
      if (of == null) throw new IllegalArgumentException("no relative pronoun of kind " + kind + " in relative-pronouns.tsv");
      forms.addAll(of);
    }
    return forms;
  }

  /** The pronouns of these kinds as one regular-expression alternation, longest first: "dont|qui". */
  public String alternation(String... kinds) {
    return Alternation.of(of(kinds));
  }
}
