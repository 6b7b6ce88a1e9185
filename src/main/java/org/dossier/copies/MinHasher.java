package org.dossier.copies;

import java.util.Arrays;

/**
 * MinHash signatures (Broder 1997): the share of equal positions in two signatures estimates the
 * Jaccard resemblance of the two shingle sets, so texts compare in constant time whatever their
 * length. The hash functions are fixed by the seed, so signatures agree across runs.
 */
final class MinHasher {

  private final long[] seeds;

  MinHasher(int hashes, long seed) {
    seeds = new long[hashes];
    long s = seed;
    for (int i = 0; i < hashes; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      seeds[i] = s;
    }
  }

  int[] signature(long[] shingles) {
    int[] sig = new int[seeds.length];
    Arrays.fill(sig, Integer.MAX_VALUE);
    for (long sh : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        int h = (int) (mix(sh ^ seeds[i]) >>> 33);
        if (h < sig[i]) sig[i] = h;
      }
    }
    return sig;
  }

  static double resemblance(int[] a, int[] b) {
    int equal = 0;
    for (int i = 0; i < a.length; i++) if (a[i] == b[i]) equal++;
    return (double) equal / a.length;
  }

  /** SplitMix64's finaliser: cheap, and every input bit reaches every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
