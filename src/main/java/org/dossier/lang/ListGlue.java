package org.dossier.lang;

import java.util.regex.Pattern;

/**
 * What stands between two names of a list ("l'Union syndicale des magistrats (USM) et le Syndicat
 * de la magistrature", "Vincent Lamanda, Jean-Louis Nadal et …"): a parenthesis glossing the first
 * name, then a comma or a joiner ({@code LANG/pair-joiners.txt}), then perhaps a determiner and an
 * honorific. Group {@code and} holds the joiner; a comma leaves it empty.
 */
public final class ListGlue {

  /** Most characters a parenthesis after a name of a list may hold: "(USM, majoritaire)". */
  public static final int MAX_GLOSS_CHARS = 80;

  private ListGlue() {}

  public static Pattern of(String language) {
    return Pattern.compile("(?:\\s*\\([^()]{0," + MAX_GLOSS_CHARS + "}\\))?(?:\\s*,\\s*|\\s+(?<and>" + Alternation.of(DataFile.words(language, "pair-joiners.txt")) + ")\\s+)"
        + "(?:(?:" + Alternation.of(DataFile.words(language, "determiners.txt")) + ")(?:(?<=')|\\s+))?(?:(?:" + Alternation.of(DataFile.words(language, "honorifics.txt")) + ")\\s+)?",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
