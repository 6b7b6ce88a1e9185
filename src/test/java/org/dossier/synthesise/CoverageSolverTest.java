package org.dossier.synthesise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The branch and bound finds what trying every subset finds, on random small problems. */
class CoverageSolverTest {

  @Property(tries = 300)
  void matchesExhaustiveSearch(@ForAll long seed, @ForAll @IntRange(min = 1, max = 11) int sentences, @ForAll @IntRange(min = 1, max = 30) int budget) {
    Random r = new Random(seed);
    int conceptCount = 1 + r.nextInt(9);
    double[] weights = new double[conceptCount];
    for (int c = 0; c < conceptCount; c++) weights[c] = 1 + r.nextInt(5);
    int[] lengths = new int[sentences];
    int[][] concepts = new int[sentences][];
    double[] bonus = new double[sentences];
    BitSet[] conflicts = new BitSet[sentences];
    for (int j = 0; j < sentences; j++) {
      lengths[j] = 1 + r.nextInt(12);
      Set<Integer> held = new HashSet<>();
      for (int k = r.nextInt(4); k >= 0; k--) held.add(r.nextInt(conceptCount));
      concepts[j] = held.stream().mapToInt(Integer::intValue).sorted().toArray();
      bonus[j] = r.nextInt(3) == 0 ? r.nextDouble() : 0;
      conflicts[j] = new BitSet(sentences);
    }
    for (int a = 0; a < sentences; a++) {
      for (int b = a + 1; b < sentences; b++) {
        if (r.nextInt(6) == 0) {
          conflicts[a].set(b);
          conflicts[b].set(a);
        }
      }
    }
    CoverageSolver.Problem p = new CoverageSolver.Problem(lengths, concepts, weights, bonus, conflicts, budget);

    CoverageSolver.Solution s = new CoverageSolver(1_000_000).solve(p);

    assertThat(s.optimal()).isTrue();
    assertThat(value(p, s.chosen())).isCloseTo(s.value(), within(1e-9));
    assertThat(s.value()).isCloseTo(exhaustive(p), within(1e-9));
  }

  /** The best value over every feasible subset, or -1 when a subset breaks a constraint. */
  private static double exhaustive(CoverageSolver.Problem p) {
    int n = p.lengths().length;
    double best = 0;
    for (int mask = 0; mask < 1 << n; mask++) {
      int[] chosen = BitSet.valueOf(new long[] {mask}).stream().toArray();
      best = Math.max(best, value(p, chosen));
    }
    return best;
  }

  private static double value(CoverageSolver.Problem p, int[] chosen) {
    int words = 0;
    Set<Integer> covered = new HashSet<>();
    double v = 0;
    for (int j : chosen) {
      words += p.lengths()[j];
      for (int k : chosen) if (p.conflicts()[j].get(k)) return -1;
      for (int c : p.concepts()[j]) covered.add(c);
      v += p.bonus()[j];
    }
    if (words > p.budget()) return -1;
    for (int c : covered) v += p.weights()[c];
    return v;
  }
}
