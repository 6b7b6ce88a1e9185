package org.dossier.eval.clustering;

import java.util.HashMap;
import java.util.Map;

/**
 * BCubed precision and recall (Bagga and Baldwin 1998; Amigó et al. 2009): for each item, the share
 * of its system cluster that shares its gold class (precision) and the share of its gold class
 * that shares its system cluster (recall), averaged over the items. Unlike purity it punishes both
 * one big cluster and many singletons.
 */
public record BCubed(double precision, double recall) {

  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** Scores a clustering ({@code system}: item → cluster) against gold classes (item → class) over the gold items. */
  public static BCubed score(Map<String, String> system, Map<String, String> gold) {
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<String, Integer> classSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (Map.Entry<String, String> item : gold.entrySet()) {
      String cluster = clusterOf(system, item.getKey());
      clusterSize.merge(cluster, 1, Integer::sum);
      classSize.merge(item.getValue(), 1, Integer::sum);
      both.merge(cluster + "\u0000" + item.getValue(), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (Map.Entry<String, String> item : gold.entrySet()) {
      String cluster = clusterOf(system, item.getKey());
      double shared = both.get(cluster + "\u0000" + item.getValue());
      precision += shared / clusterSize.get(cluster);
      recall += shared / classSize.get(item.getValue());
    }
    return new BCubed(precision / gold.size(), recall / gold.size());
  }

  /** An item the system did not place is a cluster of its own. */
  private static String clusterOf(Map<String, String> system, String item) {
    String c = system.get(item);
    return c != null ? "s:" + c : "missing:" + item;
  }
}
