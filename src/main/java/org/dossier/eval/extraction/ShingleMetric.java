package org.dossier.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metric of the Scrapinghub article extraction benchmark (evaluate.py), reproduced exactly.
 *
 * <p>Texts are cut into {@code \w+} tokens (Unicode), and into shingles of 4 consecutive tokens; a
 * text of fewer than 4 tokens makes one short shingle, an empty text none. Shingles are counted
 * as multisets: tp = the overlap, fp = predicted surplus, fn = expected surplus, then divided by
 * their sum so that every page weighs the same. Precision is averaged over the pages with a
 * non-empty prediction, recall over the pages with a non-empty truth, and F1 is the harmonic mean
 * of those two averages (not the mean of per-page F1s).
 */
public final class ShingleMetric {

  private static final int N = 4;

  private ShingleMetric() {}

  /** The gold text of one page. */
  public record Gold(String articleBody) implements PageGold {
    @Override
    public Counts score(String extracted) {
      return count(articleBody, extracted);
    }
  }

  public static Counts count(String truth, String prediction) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(prediction);
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int tc = t.getOrDefault(key, 0);
      int pc = p.getOrDefault(key, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
  }

  public static Scores aggregate(List<Counts> pages) {
    double precision = 0;
    int pn = 0;
    double recall = 0;
    int rn = 0;
    for (Counts c : pages) {
      if (c.tp() + c.fp() > 0) {
        precision += precision(c);
        pn++;
      }
      if (c.tp() + c.fn() > 0) {
        recall += recall(c);
        rn++;
      }
    }
    return Scores.of(pn == 0 ? 0 : precision / pn, rn == 0 ? 0 : recall / rn);
  }

  private static double precision(Counts c) {
    if (c.fp() == 0 && c.fn() == 0) {
      return 1;
    }
    return c.tp() == 0 && c.fp() == 0 ? 0 : c.tp() / (c.tp() + c.fp());
  }

  private static double recall(Counts c) {
    if (c.fp() == 0 && c.fn() == 0) {
      return 1;
    }
    return c.tp() == 0 && c.fn() == 0 ? 0 : c.tp() / (c.tp() + c.fn());
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text == null ? "" : text);
    Map<List<String>, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    int last = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < last; i++) {
      counts.merge(List.copyOf(tokens.subList(i, Math.min(i + N, tokens.size()))), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Python's {@code re.findall(r"\w+", text)} on a str: a word character is a letter or a number
   * of any script, or "_" (Java's Unicode \w differs: it also takes combining marks).
   */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isWord(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  private static boolean isWord(int cp) {
    if (Character.isLetter(cp) || cp == '_') {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
