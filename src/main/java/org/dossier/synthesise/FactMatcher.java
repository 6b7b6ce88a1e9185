package org.dossier.synthesise;

import java.util.Set;

/**
 * Decides whether one sentence states the fact another states, from the stemmed content words they
 * share: sentence {@code b} states {@code a}'s fact when it holds at least {@code minOverlap} of
 * {@code a}'s content words, and at least {@code minShared} of them (two words in common say little).
 * "Ingrid Betancourt a été libérée le 2 juillet" is stated by "Le 2 juillet, l'armée a libéré Ingrid
 * Betancourt et 14 autres otages", not by "Ingrid Betancourt a remercié la France".
 */
public record FactMatcher(double minOverlap, int minShared) {

  /** Whether {@code b} states what {@code a} states (and possibly more). */
  public boolean states(Set<String> b, Set<String> a) {
    if (a.isEmpty()) return false;
    int shared = shared(a, b);
    return shared >= Math.min(minShared, a.size()) && shared >= minOverlap * a.size();
  }

  /** Whether either sentence states the other's fact: both in one summary would say it twice. */
  public boolean same(Set<String> a, Set<String> b) {
    return states(a, b) || states(b, a);
  }

  /** The share of {@code a}'s words that {@code b} holds: how fully {@code b} states {@code a}. */
  public static double containment(Set<String> a, Set<String> b) {
    return a.isEmpty() ? 0 : (double) shared(a, b) / a.size();
  }

  private static int shared(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int n = 0;
    for (String w : small) if (large.contains(w)) n++;
    return n;
  }
}
