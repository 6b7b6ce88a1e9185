package org.dossier.eval.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.eval.Prf;

/**
 * TIMEX3 evaluation in the TempEval-3 manner: detection by exact span (strict) and by overlap
 * (relaxed, one-to-one), then type and value accuracy on the relaxed matches, and value F1 (an
 * expression counts only if found and normalised right).
 */
final class TimeEvaluation {

  /** Scores of one system over the documents. */
  record SystemScore(
      String system,
      long found,
      Prf strict,
      Prf relaxed,
      long typeCorrect,
      double typeAccuracy,
      long valueCorrect,
      double valueAccuracy,
      Prf value,
      double seconds) {}

  /** A found expression matched to a gold one (or not), for the error listing. */
  record Pair(String document, Found gold, Found found) {}

  /** Running counts of one system. */
  static final class Tally {
    final String system;
    long found;
    long gold;
    long strictTp;
    long relaxedTp;
    long typeCorrect;
    long valueCorrect;
    double seconds;
    final List<Pair> pairs = new ArrayList<>();

    Tally(String system) {
      this.system = system;
    }

    void add(String document, List<Found> gold, List<Found> found, double seconds) {
      this.found += found.size();
      this.gold += gold.size();
      this.seconds += seconds;
      strictTp += found.stream().filter(f -> gold.stream().anyMatch(g -> g.start() == f.start() && g.end() == f.end())).count();
      List<Found> freeGold = new ArrayList<>(gold);
      List<Found> freeFound = new ArrayList<>(found);
      for (Found[] p : overlapsLargestFirst(gold, found)) {
        if (!freeGold.contains(p[0]) || !freeFound.contains(p[1])) continue;
        freeGold.remove(p[0]);
        freeFound.remove(p[1]);
        relaxedTp++;
        if (p[0].type().equals(p[1].type())) typeCorrect++;
        if (p[0].value().equals(p[1].value())) valueCorrect++;
        pairs.add(new Pair(document, p[0], p[1]));
      }
      freeGold.forEach(g -> pairs.add(new Pair(document, g, null)));
      freeFound.forEach(f -> pairs.add(new Pair(document, null, f)));
    }

    SystemScore score() {
      Prf strict = new Prf(strictTp, found - strictTp, gold - strictTp);
      Prf relaxed = new Prf(relaxedTp, found - relaxedTp, gold - relaxedTp);
      Prf value = new Prf(valueCorrect, found - valueCorrect, gold - valueCorrect);
      return new SystemScore(system, found, strict, relaxed, typeCorrect, ratio(typeCorrect, relaxedTp), valueCorrect, ratio(valueCorrect, relaxedTp), value, seconds);
    }
  }

  private TimeEvaluation() {}

  private static List<Found[]> overlapsLargestFirst(List<Found> gold, List<Found> found) {
    List<Found[]> pairs = new ArrayList<>();
    for (Found g : gold) for (Found f : found) if (g.overlaps(f)) pairs.add(new Found[] {g, f});
    pairs.sort(Comparator.comparingInt((Found[] p) -> p[0].overlap(p[1])).reversed());
    return pairs;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
