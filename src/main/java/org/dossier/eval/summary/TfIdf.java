package org.dossier.eval.summary;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.dossier.synthesise.ContentWords;

/**
 * TF-IDF vectors of sentences for the peers, over Dossier's stemmed content words (the same words
 * Dossier's summariser sees). The document frequencies come from a background collection, as MEAD
 * and LexRank take theirs from a large corpus: here every article of the evaluation data.
 */
final class TfIdf {

  private final ContentWords words;
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final int documents;

  TfIdf(ContentWords words, Collection<String> background) {
    this.words = words;
    this.documents = background.size();
    for (String text : background) for (String w : new HashSet<>(words.of(text))) documentFrequency.merge(w, 1, Integer::sum);
  }

  double idf(String word) {
    return Math.log((documents + 1.0) / (documentFrequency.getOrDefault(word, 0) + 1.0));
  }

  /** Term counts of a text. */
  Map<String, Integer> counts(String text) {
    Map<String, Integer> tf = new HashMap<>();
    for (String w : words.of(text)) tf.merge(w, 1, Integer::sum);
    return tf;
  }

  /** The tf × idf vector of a text. */
  Map<String, Double> vector(String text) {
    Map<String, Double> v = new HashMap<>();
    counts(text).forEach((w, n) -> v.put(w, n * idf(w)));
    return v;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
    double na = norm(a);
    double nb = norm(b);
    return na == 0 || nb == 0 ? 0 : dot / (na * nb);
  }

  private static double norm(Map<String, Double> v) {
    double s = 0;
    for (double x : v.values()) s += x * x;
    return Math.sqrt(s);
  }

  /** The vectors of many texts, in order. */
  List<Map<String, Double>> vectors(List<String> texts) {
    return texts.stream().map(this::vector).toList();
  }
}
