package org.dossier.eval.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The all-pairs reference: group-average agglomerative clustering over the TF-IDF cosine of every
 * pair of articles (quadratic memory, cubic time: a yardstick for a few hundred articles, not a
 * method for a stream). The merge tree is built once and cut at any threshold.
 */
final class AverageLink {

  /** One merge: the two clusters (by their first item's index) and the average similarity they had. */
  private record Merge(int into, int from, double similarity) {}

  private final List<String> ids;
  private final List<Merge> merges = new ArrayList<>();

  AverageLink(List<String> ids, List<Map<String, Double>> vectors) {
    this.ids = List.copyOf(ids);
    int n = ids.size();
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) sim[i][j] = sim[j][i] = cosine(vectors.get(i), vectors.get(j));
    int[] size = new int[n];
    boolean[] alive = new boolean[n];
    java.util.Arrays.fill(size, 1);
    java.util.Arrays.fill(alive, true);
    for (int step = 0; step < n - 1; step++) {
      int bi = -1;
      int bj = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (!alive[i]) continue;
        for (int j = i + 1; j < n; j++) {
          if (alive[j] && sim[i][j] > best) {
            best = sim[i][j];
            bi = i;
            bj = j;
          }
        }
      }
      merges.add(new Merge(bi, bj, best));
      for (int k = 0; k < n; k++) {
        if (alive[k] && k != bi && k != bj) sim[bi][k] = sim[k][bi] = (size[bi] * sim[bi][k] + size[bj] * sim[bj][k]) / (size[bi] + size[bj]);
      }
      size[bi] += size[bj];
      alive[bj] = false;
    }
  }

  /** Item → cluster label, merging while the group-average similarity is at least the threshold. */
  Map<String, String> cut(double threshold) {
    int[] label = new int[ids.size()];
    for (int i = 0; i < label.length; i++) label[i] = i;
    for (Merge m : merges) {
      if (m.similarity() < threshold) break;
      int from = label[m.from()];
      int into = label[m.into()];
      for (int i = 0; i < label.length; i++) if (label[i] == from) label[i] = into;
    }
    Map<String, String> clusters = new HashMap<>();
    for (int i = 0; i < label.length; i++) clusters.put(ids.get(i), ids.get(label[i]));
    return clusters;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double w = b.get(e.getKey());
      if (w != null) dot += e.getValue() * w;
    }
    return dot == 0 ? 0 : dot / (norm(a) * norm(b));
  }

  private static double norm(Map<String, Double> v) {
    double s = 0;
    for (double w : v.values()) s += w * w;
    return Math.sqrt(s);
  }
}
