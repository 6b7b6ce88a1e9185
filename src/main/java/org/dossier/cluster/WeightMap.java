package org.dossier.cluster;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * Term id → weight, open addressing over primitive arrays: a story's term weights are read for
 * every candidate article, and boxed maps made that the clusterer's main cost.
 */
final class WeightMap {

  private static final int EMPTY = -1;

  private int[] keys;
  private double[] values;
  private int size;

  WeightMap() {
    this(16);
  }

  private WeightMap(int capacity) {
    reset(capacity);
  }

  /** Forgets every weight and gives the memory back (a closed story is never scored again). */
  void clear() {
    reset(16);
  }

  private void reset(int capacity) {
    keys = new int[capacity];
    values = new double[capacity];
    Arrays.fill(keys, EMPTY);
    size = 0;
  }

  int size() {
    return size;
  }

  double get(int key) {
    int i = slot(key);
    return keys[i] == key ? values[i] : 0;
  }

  void add(int key, double delta) {
    if ((size + 1) * 4 > keys.length * 3) grow();
    int i = slot(key);
    if (keys[i] != key) {
      keys[i] = key;
      size++;
    }
    values[i] += delta;
  }

  /** The squared norm of the weights, each scaled by a factor of its key. */
  double squaredNorm(IntToDoubleFunction factor) {
    double sum = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        double w = values[i] * factor.applyAsDouble(keys[i]);
        sum += w * w;
      }
    }
    return sum;
  }

  /** Keeps the {@code n} entries whose weight times the factor of their key is highest. */
  void keepTop(int n, IntToDoubleFunction factor) {
    Integer[] order = new Integer[size];
    int k = 0;
    for (int i = 0; i < keys.length; i++) if (keys[i] != EMPTY) order[k++] = i;
    double[] s = new double[keys.length];
    for (int i : order) s[i] = values[i] * factor.applyAsDouble(keys[i]);
    Arrays.sort(order, (x, y) -> Double.compare(s[y], s[x]));
    int[] oldKeys = keys;
    double[] oldValues = values;
    reset(Integer.highestOneBit(Math.max(n, 8) * 2) * 2);
    for (int j = 0; j < Math.min(n, order.length); j++) add(oldKeys[order[j]], oldValues[order[j]]);
  }

  private int slot(int key) {
    int mask = keys.length - 1;
    int i = (key * 0x9E3779B9) >>> 7 & mask;
    while (keys[i] != EMPTY && keys[i] != key) i = (i + 1) & mask;
    return i;
  }

  private void grow() {
    int[] oldKeys = keys;
    double[] oldValues = values;
    reset(oldKeys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != EMPTY) add(oldKeys[i], oldValues[i]);
  }
}
