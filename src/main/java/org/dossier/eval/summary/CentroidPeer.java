package org.dossier.eval.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.config.Settings;
import org.dossier.synthesise.SourceArticle;
import org.dossier.synthesise.SourceSentence;
import org.dossier.synthesise.Summariser;
import org.dossier.synthesise.Summary;

/**
 * The centroid summariser of MEAD (Radev, Jing, Styś and Tam 2004, "Centroid-based summarization of
 * multiple documents"), with MEAD's default features: the centroid is the story's words whose
 * average count per article times IDF reaches {@code peers.centroid.min-weight}; a sentence scores
 * the centroid values of its words (C) plus its position value (P = (n - i + 1) / n times the best C
 * of its article, i counted from 1); sentences under the length cutoff score nothing; a
 * MEAD-style reranker ({@link Reranker}) removes redundancy.
 */
final class CentroidPeer implements Summariser {

  private final TfIdf tfIdf;
  private final double minWeight;
  private final int minWords;
  private final double maxCosine;

  CentroidPeer(TfIdf tfIdf, Settings settings) {
    this.tfIdf = tfIdf;
    this.minWeight = settings.decimal("peers.centroid.min-weight");
    this.minWords = settings.integer("peers.min-sentence-words");
    this.maxCosine = settings.decimal("peers.redundancy.max-cosine");
  }

  @Override
  public Summary summarise(List<SourceArticle> story, int words) {
    Map<String, Double> centroid = centroid(story);
    Map<SourceSentence, Double> score = new HashMap<>();
    List<SourceSentence> candidates = new ArrayList<>();
    for (SourceArticle a : story) {
      List<SourceSentence> ss = a.sentences();
      double[] c = new double[ss.size()];
      double best = 0;
      for (int i = 0; i < ss.size(); i++) {
        for (Map.Entry<String, Integer> e : tfIdf.counts(ss.get(i).text()).entrySet()) c[i] += e.getValue() * centroid.getOrDefault(e.getKey(), 0.0);
        best = Math.max(best, c[i]);
      }
      for (int i = 0; i < ss.size(); i++) {
        if (ss.get(i).words() < minWords) continue;
        double position = (double) (ss.size() - i) / ss.size() * best;
        score.put(ss.get(i), c[i] + position);
        candidates.add(ss.get(i));
      }
    }
    candidates.sort(Comparator.comparingDouble((SourceSentence s) -> -score.get(s)));
    return Reranker.pick(candidates, tfIdf.vectors(candidates.stream().map(SourceSentence::text).toList()), maxCosine, words);
  }

  private Map<String, Double> centroid(List<SourceArticle> story) {
    Map<String, Integer> total = new HashMap<>();
    for (SourceArticle a : story) for (SourceSentence s : a.sentences()) tfIdf.counts(s.text()).forEach((w, n) -> total.merge(w, n, Integer::sum));
    Map<String, Double> centroid = new HashMap<>();
    total.forEach((w, n) -> {
      double v = (double) n / story.size() * tfIdf.idf(w);
      if (v >= minWeight) centroid.put(w, v);
    });
    return centroid;
  }
}
