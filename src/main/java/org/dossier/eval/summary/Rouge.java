package org.dossier.eval.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * ROUGE-N and ROUGE-L (Lin 2004) as ROUGE-1.5.5 computes them with {@code -m -f A -p 0.5}, for
 * French:
 *
 * <ul>
 *   <li>text is lower-cased, hyphens split words, every character that is not a letter, digit or
 *       mark becomes a space ({@code \w} in Unicode, where the Perl script is ASCII-only); words
 *       longer than three characters are stemmed with the Snowball French stemmer (the script uses
 *       Porter's English one);
 *   <li>the candidate is cut to its first {@code limit} words (runs of non-space in the raw text,
 *       as {@code -l}); the references are not cut;
 *   <li>several references are pooled as the script's "model average" ({@code -f A}): recall is
 *       the hits summed over the references divided by their n-grams summed, precision the same
 *       hits over the candidate's n-grams counted once per reference. ROUGE 1.4 dropped the
 *       jackknifing of earlier versions, and 1.5.5 does not do it;
 *   <li>n-grams run across sentence boundaries (the script joins the sentences); ROUGE-L is the
 *       summary-level union LCS: each reference sentence against every candidate sentence, hits
 *       clipped by unigram counts so that one candidate word never matches twice;
 *   <li>F is the weighted harmonic mean with alpha 0.5, that is 2PR / (P + R).
 * </ul>
 *
 * Not thread-safe (the stemmer keeps state): one instance per thread.
 */
public final class Rouge {

  /** Recall, precision and F of one measure. */
  public record Score(double recall, double precision, double f) {
    static Score of(long hits, long referenceCount, long candidateCount) {
      double r = referenceCount == 0 ? 0 : (double) hits / referenceCount;
      double p = candidateCount == 0 ? 0 : (double) hits / candidateCount;
      return new Score(r, p, r + p == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** ROUGE-1, ROUGE-2 and ROUGE-L of one candidate. */
  public record Scores(Score rouge1, Score rouge2, Score rougeL) {}

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}_]+");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final int UNSTEMMED_MAX_LENGTH = 3;

  private final FrenchStemmer stemmer = new FrenchStemmer();

  /**
   * Scores a candidate against references.
   *
   * @param candidate the candidate's sentences, in order
   * @param references each reference as its sentences
   * @param limit the candidate's word limit; 0 for none
   */
  public Scores score(List<String> candidate, List<List<String>> references, int limit) {
    List<List<String>> peer = tokenize(truncate(candidate, limit));
    List<List<List<String>>> models = references.stream().map(r -> tokenize(lowerCase(r))).toList();
    return new Scores(ngram(peer, models, 1), ngram(peer, models, 2), lcs(peer, models));
  }

  /** The tokens of one sentence as ROUGE sees them: lower case, split, long words stemmed. */
  List<String> tokens(String sentence) {
    String t = NON_WORD.matcher(sentence.toLowerCase(Locale.ROOT).replace("-", " - ")).replaceAll(" ").strip();
    List<String> out = new ArrayList<>();
    if (t.isEmpty()) return out;
    for (String w : SPACE.split(t)) out.add(w.length() > UNSTEMMED_MAX_LENGTH ? stem(w) : w);
    return out;
  }

  private String stem(String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  private List<List<String>> tokenize(List<String> sentences) {
    return sentences.stream().map(this::tokens).toList();
  }

  private static List<String> lowerCase(List<String> sentences) {
    return sentences.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
  }

  /** The first {@code limit} whitespace-separated words, sentence units kept (ROUGE's -l). */
  static List<String> truncate(List<String> sentences, int limit) {
    List<String> lower = lowerCase(sentences);
    if (limit <= 0) return lower;
    List<String> out = new ArrayList<>();
    int taken = 0;
    for (String s : lower) {
      String[] words = s.strip().isEmpty() ? new String[0] : SPACE.split(s.strip());
      if (taken + words.length < limit) {
        out.add(s);
        taken += words.length;
      } else {
        out.add(String.join(" ", java.util.Arrays.asList(words).subList(0, limit - taken)));
        break;
      }
    }
    return out;
  }

  private static Score ngram(List<List<String>> peer, List<List<List<String>>> models, int n) {
    Map<String, Integer> peerGrams = grams(join(peer), n);
    long peerCount = count(peerGrams);
    long hits = 0;
    long modelTotal = 0;
    long peerTotal = 0;
    for (List<List<String>> model : models) {
      Map<String, Integer> modelGrams = grams(join(model), n);
      for (Map.Entry<String, Integer> e : modelGrams.entrySet()) hits += Math.min(e.getValue(), peerGrams.getOrDefault(e.getKey(), 0));
      modelTotal += count(modelGrams);
      peerTotal += peerCount;
    }
    return Score.of(hits, modelTotal, peerTotal);
  }

  private static Score lcs(List<List<String>> peer, List<List<List<String>>> models) {
    Map<String, Integer> peerUnigrams = grams(join(peer), 1);
    long peerCount = count(peerUnigrams);
    long hits = 0;
    long modelTotal = 0;
    long peerTotal = 0;
    for (List<List<String>> model : models) {
      Map<String, Integer> peerLeft = new HashMap<>(peerUnigrams);
      Map<String, Integer> modelLeft = grams(join(model), 1);
      for (List<String> m : model) {
        boolean[] hit = new boolean[m.size()];
        for (List<String> p : peer) markLcs(m, p, hit);
        for (int i = 0; i < m.size(); i++) {
          String w = m.get(i);
          if (hit[i] && modelLeft.getOrDefault(w, 0) > 0 && peerLeft.getOrDefault(w, 0) > 0) {
            hits++;
            modelLeft.merge(w, -1, Integer::sum);
            peerLeft.merge(w, -1, Integer::sum);
          }
        }
        modelTotal += m.size();
      }
      peerTotal += peerCount;
    }
    return Score.of(hits, modelTotal, peerTotal);
  }

  /**
   * Marks the reference words on one LCS with the candidate sentence. Ties go up before left, as in
   * the script's backtrace, so the same LCS is marked when several exist.
   */
  private static void markLcs(List<String> m, List<String> p, boolean[] hit) {
    int[][] c = new int[m.size() + 1][p.size() + 1];
    for (int i = 1; i <= m.size(); i++) {
      for (int j = 1; j <= p.size(); j++) {
        c[i][j] = m.get(i - 1).equals(p.get(j - 1)) ? c[i - 1][j - 1] + 1 : Math.max(c[i - 1][j], c[i][j - 1]);
      }
    }
    int i = m.size();
    int j = p.size();
    while (i > 0 && j > 0) {
      if (m.get(i - 1).equals(p.get(j - 1))) {
        hit[--i] = true;
        j--;
      } else if (c[i - 1][j] >= c[i][j - 1]) {
        i--;
      } else {
        j--;
      }
    }
  }

  private static List<String> join(List<List<String>> sentences) {
    List<String> all = new ArrayList<>();
    sentences.forEach(all::addAll);
    return all;
  }

  private static Map<String, Integer> grams(List<String> tokens, int n) {
    Map<String, Integer> grams = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) grams.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
    return grams;
  }

  private static long count(Map<String, Integer> grams) {
    return grams.values().stream().mapToLong(Integer::longValue).sum();
  }
}
