package org.dossier.copies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Locality-sensitive hashing over MinHash signatures cut into bands of rows: two texts meet in a
 * bucket when one band agrees, which happens with probability 1 - (1 - J^rows)^bands for
 * resemblance J. Finding candidates costs the size of the buckets touched, not the collection.
 */
final class LshIndex {

  private final int bands;
  private final int rows;
  private final Map<Long, List<Integer>> buckets = new HashMap<>();

  LshIndex(int bands, int rows) {
    this.bands = bands;
    this.rows = rows;
  }

  int signatureLength() {
    return bands * rows;
  }

  void add(int item, int[] signature) {
    for (int b = 0; b < bands; b++) buckets.computeIfAbsent(key(b, signature), k -> new ArrayList<>(2)).add(item);
  }

  /** Items sharing at least one band with the signature, in insertion order. */
  Set<Integer> candidates(int[] signature) {
    Set<Integer> found = new LinkedHashSet<>();
    for (int b = 0; b < bands; b++) {
      List<Integer> bucket = buckets.get(key(b, signature));
      if (bucket != null) found.addAll(bucket);
    }
    return found;
  }

  private long key(int band, int[] signature) {
    long h = band;
    for (int r = band * rows; r < (band + 1) * rows; r++) h = MinHasher.mix(h * 31 + signature[r]);
    return h;
  }
}
