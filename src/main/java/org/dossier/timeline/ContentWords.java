package org.dossier.timeline;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.lang.DataFile;

/**
 * The words that carry a clause's content, comparable across articles: lower case, accents folded
 * ("Erdoğan" and "Erdogan", "février" and "fevrier" meet), function words of {@code
 * LANG/stopwords.txt} and month names of {@code LANG/months.tsv} left out (two events are only
 * compared when their dates agree, so the month says nothing more), each cut to its first letters
 * so that inflections meet ("accord" and "accords", "conclu" and "conclus").
 */
final class ContentWords {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\d]+");

  private final Set<String> stopwords = new HashSet<>();
  private final int stemLetters;

  ContentWords(List<String> languages, int stemLetters) {
    for (String lang : languages) {
      for (String w : DataFile.words(lang, "stopwords.txt")) stopwords.add(fold(w));
      for (String[] row : DataFile.rows(lang, "months.tsv")) {
        for (int i = 1; i < row.length; i++) stopwords.add(fold(row[i].strip()));
      }
    }
    this.stemLetters = stemLetters;
  }

  Set<String> of(String text) {
    Set<String> words = new HashSet<>();
    for (String w : SEPARATOR.split(fold(text))) {
      // One letter is an elided article or pronoun ("l'", "d'"), never content; a number is mostly
      // the date itself, which two events must share anyway to be compared.
      if (w.length() < 2 || stopwords.contains(w) || w.chars().allMatch(Character::isDigit)) continue;
      words.add(w.length() > stemLetters ? w.substring(0, stemLetters) : w);
    }
    return words;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) return 0;
    int shared = 0;
    for (String w : a) if (b.contains(w)) shared++;
    return (double) shared / (a.size() + b.size() - shared);
  }

  private static String fold(String s) {
    String decomposed = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").replace('ı', 'i').replace("œ", "oe").replace("æ", "ae");
  }
}
