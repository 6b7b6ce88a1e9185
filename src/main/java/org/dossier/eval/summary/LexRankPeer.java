package org.dossier.eval.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dossier.config.Settings;
import org.dossier.synthesise.SourceArticle;
import org.dossier.synthesise.SourceSentence;
import org.dossier.synthesise.Summariser;
import org.dossier.synthesise.Summary;

/**
 * LexRank with a threshold (Erkan and Radev 2004, algorithm 3): sentences are linked when their
 * idf-modified cosine exceeds {@code peers.lexrank.threshold} (0.1 in the paper), each row of the
 * links divided by its degree, and the stationary distribution of the random walk with damping
 * {@code peers.lexrank.damping} found by power iteration. The summary takes the most central
 * sentences above the length cutoff through the same MEAD-style reranker as the centroid peer
 * (the paper's DUC runs went through MEAD, whose reranker removes redundancy).
 */
final class LexRankPeer implements Summariser {

  private static final int MAX_ITERATIONS = 1000;

  private final TfIdf tfIdf;
  private final double threshold;
  private final double damping;
  private final double tolerance;
  private final int minWords;
  private final double maxCosine;

  LexRankPeer(TfIdf tfIdf, Settings settings) {
    this.tfIdf = tfIdf;
    this.threshold = settings.decimal("peers.lexrank.threshold");
    this.damping = settings.decimal("peers.lexrank.damping");
    this.tolerance = settings.decimal("peers.lexrank.tolerance");
    this.minWords = settings.integer("peers.min-sentence-words");
    this.maxCosine = settings.decimal("peers.redundancy.max-cosine");
  }

  @Override
  public Summary summarise(List<SourceArticle> story, int words) {
    List<SourceSentence> sentences = new ArrayList<>();
    for (SourceArticle a : story) sentences.addAll(a.sentences());
    List<Map<String, Double>> vectors = tfIdf.vectors(sentences.stream().map(SourceSentence::text).toList());
    double[] p = centrality(vectors);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) if (sentences.get(i).words() >= minWords) order.add(i);
    order.sort(Comparator.comparingDouble((Integer i) -> -p[i]).thenComparingInt(i -> i));
    return Reranker.pick(order.stream().map(sentences::get).toList(), order.stream().map(vectors::get).toList(), maxCosine, words);
  }

  double[] centrality(List<Map<String, Double>> vectors) {
    int n = vectors.size();
    boolean[][] link = new boolean[n][n];
    int[] degree = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (TfIdf.cosine(vectors.get(i), vectors.get(j)) > threshold) {
          link[i][j] = true;
          degree[i]++;
        }
      }
    }
    double[] p = new double[n];
    java.util.Arrays.fill(p, 1.0 / n);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] next = new double[n];
      for (int v = 0; v < n; v++) {
        // A sentence with no words links nowhere: its walker jumps uniformly.
        if (degree[v] == 0) {
          for (int u = 0; u < n; u++) next[u] += (1 - damping) * p[v] / n;
          continue;
        }
        for (int u = 0; u < n; u++) if (link[v][u]) next[u] += (1 - damping) * p[v] / degree[v];
      }
      double change = 0;
      for (int u = 0; u < n; u++) {
        next[u] += damping / n;
        change += Math.abs(next[u] - p[u]);
      }
      p = next;
      if (change < tolerance) break;
    }
    return p;
  }
}
