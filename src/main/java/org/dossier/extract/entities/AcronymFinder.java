package org.dossier.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds "Long Form (ACRONYM)" and "Long Form [ACRONYM, …]" definitions with the Schwartz & Hearst
 * (2003) alignment: the acronym's letters must appear in order in the words before the bracket, its
 * first letter starting a word, and the long form is the shortest such run of words. Language-free:
 * it works for "Organisation des Nations unies (ONU)" and "Syrian Observatory for Human Rights
 * (SOHR)" alike.
 */
final class AcronymFinder {

  private static final Pattern DEFINITION = Pattern.compile("[(\\[]\\s*(\\p{Lu}(?:[\\p{Lu}\\d&-]{1,9}|\\p{Ll}{2,5}))\\s*[)\\],]");
  private static final int MAX_EXTRA_WORDS = 5;
  /** Letters of the longest word that does not count towards the long form's length. */
  private static final int MAX_FUNCTION_WORD = 3;

  /** An acronym, then its long form in brackets: "Afub (Association française des usagers des banques)". */
  private static final Pattern SPELT_OUT_AFTER = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}(?:[\\p{Lu}\\d&-]{1,9}|\\p{Ll}{2,5}))\\s*\\(([^()\\n]{5,120})\\)");

  private AcronymFinder() {}

  static List<Acronym> find(String text) {
    List<Acronym> found = new ArrayList<>();
    Matcher m = DEFINITION.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      int open = m.start();
      // Written as a word ("Anil", "Afub"), an acronym must take its letters from word initials,
      // or "(Paris)" would find letters anywhere.
      boolean asWord = !acronym.equals(acronym.toUpperCase(Locale.ROOT));
      int longStart = asWord ? initialsStart(text, open, acronym) : longFormStart(text, open, acronym);
      if (longStart < 0) {
        continue;
      }
      String longForm = text.substring(longStart, open).strip();
      int longEnd = longStart + longForm.length();
      found.add(
          new Acronym(
              new Mention(m.start(1), m.end(1), acronym, EntityType.ORG, "acronym"),
              new Mention(longStart, longEnd, longForm, EntityType.ORG, "acronym")));
    }
    // "l'Afub (Association française des usagers des banques)": the acronym first, spelt out after.
    Matcher r = SPELT_OUT_AFTER.matcher(text);
    while (r.find()) {
      String acronym = r.group(1);
      int start = r.start(2);
      String inside = r.group(2).strip();
      if (found.stream().anyMatch(a -> a.shortForm().start() == r.start(1)) || !spells(inside, acronym)) continue;
      found.add(
          new Acronym(
              new Mention(r.start(1), r.end(1), acronym, EntityType.ORG, "acronym"),
              new Mention(start, start + inside.length(), inside, EntityType.ORG, "acronym")));
    }
    return found;
  }

  /** Whether the words' initials spell the acronym in order, the first word giving its first letter, few words left over. */
  private static boolean spells(String words, String acronym) {
    String letters = acronym.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    String[] parts = java.util.Arrays.stream(words.split("[\\s'’-]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    if (parts.length < 2 || parts.length > letters.length() + MAX_EXTRA_WORDS || !Character.isUpperCase(parts[0].codePointAt(0))) return false;
    int s = 0;
    for (int w = 0; w < parts.length && s < letters.length(); w++) {
      char initial = Character.toLowerCase(parts[w].charAt(0));
      if (initial == letters.charAt(s)) s++;
      else if (w == 0) return false;
    }
    return s == letters.length();
  }

  /**
   * Where the long form starts whose word initials spell {@code acronym} in order, the first word
   * giving the first letter ("Association française des usagers des banques (Afub)"), or -1.
   */
  private static int initialsStart(String text, int open, String acronym) {
    String letters = acronym.toLowerCase(Locale.ROOT);
    int maxWords = letters.length() + MAX_EXTRA_WORDS;
    List<int[]> words = new ArrayList<>(); // {start of the word's first letter}, right to left
    int i = open;
    while (i > 0 && words.size() < maxWords) {
      while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
      int end = i;
      while (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && ".,;:()[]\"«»".indexOf(text.charAt(i - 1)) < 0) i--;
      if (i == end) break;
      int first = i;
      int elision = text.lastIndexOf('\'', end - 1);
      if (elision >= first && elision + 1 < end) first = elision + 1; // "d'information"
      words.add(new int[] {first});
      if (i > 0 && ".;:()[]\"«»".indexOf(text.charAt(i - 1)) >= 0) break;
    }
    // Right to left: each letter from the initial of an earlier word; the first letter from the first word.
    int s = letters.length() - 1;
    int w = 0;
    int start = -1;
    while (s >= 0 && w < words.size()) {
      int at = words.get(w)[0];
      if (Character.toLowerCase(text.charAt(at)) == letters.charAt(s)) {
        if (s == 0) start = at;
        s--;
      }
      w++;
    }
    if (start < 0 || !Character.isUpperCase(text.charAt(start))) return -1;
    String longForm = text.substring(start, open).strip();
    return longForm.contains(" ") ? start : -1;
  }

  /** Whether the word at {@code at} is short and in lower case: "de", "des", "et", "of", "the". */
  private static boolean functionWord(String text, int at, int open) {
    int end = at;
    while (end < open && !Character.isWhitespace(text.charAt(end))) end++;
    String word = text.substring(at, end);
    return word.length() <= MAX_FUNCTION_WORD && word.chars().allMatch(Character::isLowerCase);
  }

  /** Where the long form of {@code acronym} starts before {@code open}, or -1. */
  private static int longFormStart(String text, int open, String acronym) {
    String letters = acronym.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    int maxWords = letters.length() + MAX_EXTRA_WORDS;
    // Walk back over at most maxWords words, no further than the previous sentence or bracket.
    int limit = open;
    int words = 0;
    while (limit > 0 && words < maxWords) {
      char c = text.charAt(limit - 1);
      if (c == '.' || c == '(' || c == ')' || c == '[' || c == ']' || c == ';' || c == ',' || c == '"' || c == '«' || c == '»' || c == '\n') {
        break;
      }
      // Short lower-case words do not count: French spells "Union nationale des associations de
      // parents et amis de personnes handicapées mentales (UNAPEI)" with four of them.
      if (Character.isWhitespace(c) && limit < open && !Character.isWhitespace(text.charAt(limit)) && !functionWord(text, limit, open)) {
        words++;
      }
      limit--;
    }
    String window = text.substring(limit, open).toLowerCase(Locale.ROOT);
    // Schwartz & Hearst: match letters right to left; the first must start a word.
    int s = letters.length() - 1;
    int l = window.length() - 1;
    while (s >= 0) {
      char want = letters.charAt(s);
      while (l >= 0 && (window.charAt(l) != want || s == 0 && l > 0 && Character.isLetter(window.charAt(l - 1)))) {
        l--;
      }
      if (l < 0) {
        return -1;
      }
      s--;
      l--;
    }
    int start = limit + l + 1;
    // The long form starts at a capitalised word, as organisation names do; trim lower-case lead-ins.
    while (start < open && !Character.isUpperCase(text.charAt(start))) {
      if (start + 2 < open && text.charAt(start + 1) == '\'' && Character.isUpperCase(text.charAt(start + 2))) {
        start += 2; // an elided article: "l'Observatoire"
        break;
      }
      int next = text.indexOf(' ', start);
      if (next < 0 || next >= open) return -1;
      start = next + 1;
    }
    String longForm = text.substring(start, open).strip();
    return longForm.length() > acronym.length() && longForm.contains(" ") ? start : -1;
  }
}
