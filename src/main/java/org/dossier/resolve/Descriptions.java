package org.dossier.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.Sentence;
import org.dossier.analyse.Token;

/**
 * The fullest words an article gives a described speaker no entity names: "les députés de la
 * commission" it first called "les députés de la commission des lois", "les autorités" it called
 * "les autorités chinoises". A reader of the brief sees one name per speaker, and only the fullest
 * tells which commission or which authorities spoke. A description is extended only by what
 * completes its noun (adjectives, "de" or "en" and a noun), and only when every fuller form the
 * article gives agrees: "les autorités" of an article that names "les autorités chinoises" and
 * "les autorités tibétaines" stays as it is.
 */
final class Descriptions {

  /** Prepositions whose phrase completes a description's noun: "de la commission des lois", "en exil". */
  private final Set<String> complementPrepositions;
  /** Words a description is never extended by past this many. */
  private final int maxExtensionWords;

  Descriptions(Set<String> complementPrepositions, int maxExtensionWords) {
    this.complementPrepositions = Set.copyOf(complementPrepositions);
    this.maxExtensionWords = maxExtensionWords;
  }

  /** Where a description's fuller words may be: where it stands, also before, or anywhere in the article. */
  enum Scope { HERE, BEFORE, ANYWHERE }

  /**
   * The words with the longest completion the article gives them in the scope; the words themselves
   * when it gives none, or fuller forms that disagree. Elsewhere than at the speaker's own words, only
   * a phrase that does not complete a noun counts: "la nomination des magistrats du parquet" is not
   * who "les magistrats" are.
   */
  String fullest(Analysis analysis, String words, int start, int end, Scope scope) {
    String text = analysis.text();
    int from = scope == Scope.HERE ? start : 0;
    int to = scope == Scope.ANYWHERE ? text.length() : end;
    Matcher m = Pattern.compile("(?<![\\p{L}\\d'])" + Pattern.quote(words) + "(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).region(from, to);
    List<String> completions = new ArrayList<>();
    while (m.find()) {
      boolean own = start <= m.start() && m.end() <= end;
      if (!own && complement(analysis, m.start())) continue;
      int completed = completionEnd(analysis, m.end());
      if (completed > m.end()) completions.add(text.substring(m.end(), completed));
    }
    String longest = "";
    for (String c : completions) {
      if (c.length() > longest.length()) longest = c;
    }
    for (String c : completions) {
      if (!fold(longest).startsWith(fold(c))) return words;
    }
    return words + longest;
  }

  /** Where the words that complete a noun ending at {@code from} end: adjectives, "de"/"en" phrases; {@code from} when none follows. */
  private int completionEnd(Analysis analysis, int from) {
    Sentence s = sentenceAt(analysis, from);
    if (s == null) return from;
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < from) i++;
    int end = from;
    int beforeAdjective = from;
    int words = 0;
    while (i < tokens.size() && words < maxExtensionWords) {
      Token t = tokens.get(i);
      if (t.pos().equals("ADJ") && Character.isLowerCase(t.text().codePointAt(0))) {
        beforeAdjective = end;
        end = t.end();
        i++;
        words++;
        continue;
      }
      boolean afterAdjective = i > 0 && tokens.get(i - 1).end() == end && tokens.get(i - 1).pos().equals("ADJ");
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).pos().equals("DET")) j++;
      if (!t.pos().equals("ADP") || !complementPrepositions.contains(t.text().toLowerCase(Locale.ROOT)) || j >= tokens.size() || !tokens.get(j).pos().equals("NOUN") && !tokens.get(j).pos().equals("PROPN")) {
        // "le trader âgé de 31 ans": an adjective with a complement of its own says what they are, not who.
        if (afterAdjective && t.pos().equals("ADP") && complementPrepositions.contains(t.text().toLowerCase(Locale.ROOT))) end = beforeAdjective;
        break;
      }
      // "de France Télévisions": a name of several words is one noun.
      while (j + 1 < tokens.size() && tokens.get(j).pos().equals("PROPN") && tokens.get(j + 1).pos().equals("PROPN")) j++;
      words += j - i + 1;
      end = tokens.get(j).end();
      // "en exil", not "en exil en Inde": after "en" comes where, no longer who.
      if (!t.text().equalsIgnoreCase("de") && !t.text().toLowerCase(Locale.ROOT).startsWith("d'")) break;
      i = j + 1;
    }
    return words > maxExtensionWords ? from : end;
  }

  /** Whether the words at this offset, past their determiner, complete a noun: "la nomination des | magistrats". */
  private boolean complement(Analysis analysis, int at) {
    Sentence s = sentenceAt(analysis, at);
    if (s == null) return false;
    List<Token> tokens = s.tokens();
    int j = -1;
    while (j + 1 < tokens.size() && tokens.get(j + 1).end() <= at) j++;
    while (j >= 0 && tokens.get(j).pos().equals("DET")) j--;
    return j >= 0 && tokens.get(j).pos().equals("ADP") && complementPrepositions.contains(tokens.get(j).text().toLowerCase(Locale.ROOT));
  }

  private static Sentence sentenceAt(Analysis analysis, int at) {
    for (Sentence s : analysis.sentences()) {
      if (s.start() <= at && at <= s.end()) return s;
    }
    return null;
  }

  private static String fold(String words) {
    return words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
