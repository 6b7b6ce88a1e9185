package org.dossier.resolve;

import java.util.HashMap;
import java.util.Map;

/** Disjoint sets over string keys: the clusters of names that denote one entity, the articles that are one source. */
public final class UnionFind {

  private final Map<String, String> parent = new HashMap<>();

  public String find(String key) {
    String p = parent.computeIfAbsent(key, k -> k);
    if (p.equals(key)) return key;
    String root = find(p);
    parent.put(key, root);
    return root;
  }

  public void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (!ra.equals(rb)) {
      // Keep the lexically smaller root so that results do not depend on merge order.
      if (ra.compareTo(rb) < 0) parent.put(rb, ra);
      else parent.put(ra, rb);
    }
  }
}
