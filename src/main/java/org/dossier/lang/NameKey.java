package org.dossier.lang;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparable form of a name: accents and transliteration marks folded ("Erdoğan" → "erdogan",
 * "Çavuşoğlu" → "cavusoglu"), case and apostrophes unified, white space collapsed.
 */
public final class NameKey {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\d]+");

  private NameKey() {}

  public static String of(String name) {
    String s = unaccented(name);
    s = s.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace('Ł', 'L').replace('Ø', 'O').replace('İ', 'I');
    s = s.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("Æ", "AE").replace("Œ", "OE");
    return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** The text without its accents and other combining marks, case kept: "À" → "A", "Erdoğan" → "Erdogan". */
  public static String unaccented(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * A name's initials, as written: of every part, then of its capitalised parts only ("Patrick
   * Poivre d'Arvor" gives "PPdA" and "PPA"; "Dominique Strauss-Kahn" "DSK" twice).
   */
  public static java.util.List<String> initials(String name) {
    StringBuilder all = new StringBuilder();
    StringBuilder capitals = new StringBuilder();
    for (String part : name.split("[\\s'’-]+")) {
      if (part.isEmpty()) continue;
      all.append(part.charAt(0));
      if (Character.isUpperCase(part.codePointAt(0))) capitals.append(part.charAt(0));
    }
    return java.util.List.of(all.toString(), capitals.toString());
  }

  /** The consonants of a folded name: "idleb" and "idlib" share "dlb". */
  public static String skeleton(String key) {
    return key.replaceAll("[aeiouy ]", "");
  }

  /** Levenshtein distance, bounded: returns max+1 as soon as it is exceeded. */
  public static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) return max + 1;
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) return max + 1;
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
