package org.dossier.lang;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The nouns that open a role description ({@code LANG/roles.txt}): "président", "porte-parole",
 * "Premier ministre", "garde des Sceaux". One list read once, for the stages that find roles in
 * text (a regex alternation) and those that test words against them (folded with {@link NameKey}).
 */
public final class RoleNouns {

  private final List<String> words;
  private final Set<String> folded;
  private final String alternation;
  private final String adjectives;
  private final String sameRoleAdjectives;
  private final String otherRoleAdjectives;
  private final Pattern leadingAdjective;

  private RoleNouns(List<String> words, List<String> adjectives, List<String> sameRoleAdjectives) {
    // Longest first, so "premier ministre" wins over "ministre" inside a regex alternation.
    this.words = words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.folded = Set.copyOf(words.stream().map(NameKey::of).toList());
    this.alternation = String.join("|", this.words.stream().map(Pattern::quote).toList());
    this.adjectives = Alternation.of(adjectives);
    this.sameRoleAdjectives = Alternation.of(sameRoleAdjectives);
    this.otherRoleAdjectives = Alternation.of(adjectives.stream().filter(a -> !sameRoleAdjectives.contains(a)).toList());
    this.leadingAdjective = adjectives.isEmpty() ? null : Pattern.compile("^\\s*(?iu:" + this.adjectives + ")\\s+");
  }

  public static RoleNouns load(String language) {
    List<String[]> rows = DataFile.optionalRows(language, "role-adjectives.txt").orElse(List.of());
    List<String> adjectives = rows.stream().map(r -> r[0].strip()).toList();
    List<String> same = DataFile.ofKind(rows, 1, "same", 0);
    return new RoleNouns(DataFile.words(language, "roles.txt"), adjectives, same);
  }

  /** The role nouns as written, longest first. */
  public List<String> words() {
    return words;
  }

  /** A regex alternation of the role nouns, longest first, without a group; callers choose case. */
  public String alternation() {
    return alternation;
  }

  /**
   * The adjectives that may stand between a determiner and a role ({@code LANG/role-adjectives.txt}:
   * "le nouveau président", "l'ancien ministre") as a regex alternation, longest first; empty when
   * the language has none.
   */
  public String adjectives() {
    return adjectives;
  }

  /** Of those adjectives, the ones that leave the role as it is ("nouveau", "actuel"; not "ancien"), as a regex alternation. */
  public String sameRoleAdjectives() {
    return sameRoleAdjectives;
  }

  /** The adjectives that make another role of it ("ancien", "futur"), as a regex alternation. */
  public String otherRoleAdjectives() {
    return otherRoleAdjectives;
  }

  /** Whether folded words ({@link NameKey#of}) are a role noun: "ministre", "premier ministre". */
  public boolean isRole(String foldedWords) {
    return folded.contains(foldedWords);
  }

  /** Whether words open with a role noun: "président de la République", "Premier ministre britannique". */
  public boolean opensWith(String words) {
    String key = NameKey.of(words);
    for (String role : folded) {
      if (key.equals(role) || key.startsWith(role + " ")) return true;
    }
    return false;
  }

  /** Whether the words open with a role, past an adjective that may stand before one: "nouveau Premier ministre russe". */
  public boolean opensWithTitle(String words) {
    return opensWith(leadingAdjective == null ? words : leadingAdjective.matcher(words).replaceFirst(""));
  }
}
