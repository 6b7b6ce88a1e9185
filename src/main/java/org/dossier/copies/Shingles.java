package org.dossier.copies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word shingles: every run of k consecutive words of a text, hashed to 64 bits. Words are compared
 * in lower case and nothing else is normalised: copy detection looks for reused wording, not for
 * the same meaning.
 */
final class Shingles {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Shingles() {}

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) words.add(m.group());
    return words;
  }

  /** The distinct shingle hashes, sorted; a text shorter than k words is one shingle of all its words. */
  static long[] of(List<String> words, int k) {
    if (words.isEmpty()) return new long[0];
    int n = Math.max(1, words.size() - k + 1);
    long[] hashes = new long[n];
    long[] wordHashes = words.stream().mapToLong(Shingles::fnv).toArray();
    for (int i = 0; i < n; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < Math.min(i + k, wordHashes.length); j++) h = MinHasher.mix(h * 31 + wordHashes[j]);
      hashes[i] = h;
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  /** Exact Jaccard resemblance of two sorted shingle sets. */
  static double jaccard(long[] a, long[] b) {
    int shared = shared(a, b);
    int union = a.length + b.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /** Share of the smaller set found in the other: how much of a short text another text contains. */
  static double containment(long[] a, long[] b) {
    int smaller = Math.min(a.length, b.length);
    return smaller == 0 ? 0 : (double) shared(a, b) / smaller;
  }

  private static int shared(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) i++;
      else j++;
    }
    return shared;
  }

  private static long fnv(String word) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
