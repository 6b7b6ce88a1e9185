package org.dossier.synthesise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Solves Gillick and Favre's concept-coverage integer program exactly by branch and bound: choose
 * sentences of total length at most the budget so that the summed weight of the concepts they cover
 * (each counted once), plus any per-sentence bonus, is greatest; two sentences that conflict (state
 * the same fact) are never chosen together.
 *
 * <p>The bound at each node is the current value plus a fractional knapsack over the undecided
 * sentences' marginal gains: coverage is submodular, so a set's gain never exceeds the sum of its
 * members' marginal gains, and the fractional knapsack bounds that sum under the remaining budget.
 * Branching takes the sentence of best marginal gain per word first, so the first dive is the
 * greedy solution and later ones only have to beat it. Ties keep the first solution found, and
 * every order is fixed, so the result is deterministic.
 */
final class CoverageSolver {

  private static final double EPSILON = 1e-9;

  /**
   * @param lengths each sentence's length in words
   * @param concepts the concept ids each sentence covers, no repeats
   * @param weights each concept's weight
   * @param bonus each sentence's own value when chosen
   * @param conflicts for each sentence, the sentences it may not be chosen with
   * @param budget the most words
   */
  record Problem(int[] lengths, int[][] concepts, double[] weights, double[] bonus, BitSet[] conflicts, int budget) {}

  /**
   * @param chosen the chosen sentences, ascending
   * @param value their objective value
   * @param optimal false when the node limit stopped the search before it proved the best
   * @param nodes search nodes visited
   */
  record Solution(int[] chosen, double value, boolean optimal, long nodes) {}

  private final long maxNodes;

  CoverageSolver(long maxNodes) {
    this.maxNodes = maxNodes;
  }

  Solution solve(Problem p) {
    return new Search(p, maxNodes).run();
  }

  /** The mutable state of one search; never shared. */
  private static final class Search {
    private final Problem p;
    private final long maxNodes;
    private final int n;
    private final int[] covered;
    private final int[] blocked;
    private final boolean[] decided;
    private final List<Integer> chosen = new ArrayList<>();
    private int used;
    private double value;
    private int[] best = new int[0];
    private double bestValue;
    private long nodes;
    private boolean stopped;

    Search(Problem p, long maxNodes) {
      this.p = p;
      this.maxNodes = maxNodes;
      this.n = p.lengths().length;
      this.covered = new int[p.weights().length];
      this.blocked = new int[n];
      this.decided = new boolean[n];
    }

    Solution run() {
      dive();
      int[] sorted = best.clone();
      Arrays.sort(sorted);
      return new Solution(sorted, bestValue, !stopped, nodes);
    }

    private void dive() {
      if (++nodes > maxNodes) {
        stopped = true;
        return;
      }
      if (value > bestValue + EPSILON) {
        bestValue = value;
        best = chosen.stream().mapToInt(Integer::intValue).toArray();
      }
      int room = p.budget() - used;
      List<double[]> open = new ArrayList<>(); // {sentence, gain}
      for (int j = 0; j < n; j++) {
        if (decided[j] || blocked[j] > 0 || p.lengths()[j] > room) continue;
        double g = gain(j);
        if (g > EPSILON) open.add(new double[] {j, g});
      }
      if (open.isEmpty()) return;
      open.sort(Comparator.<double[]>comparingDouble(o -> -o[1] / p.lengths()[(int) o[0]]).thenComparingDouble(o -> o[0]));
      if (value + fractionalKnapsack(open, room) <= bestValue + EPSILON) return;
      int j = (int) open.get(0)[0];
      decided[j] = true;
      take(j);
      dive();
      drop(j);
      if (!stopped) dive();
      decided[j] = false;
    }

    private double gain(int j) {
      double g = p.bonus()[j];
      for (int c : p.concepts()[j]) if (covered[c] == 0) g += p.weights()[c];
      return g;
    }

    private double fractionalKnapsack(List<double[]> byRatio, int room) {
      double total = 0;
      for (double[] o : byRatio) {
        int len = p.lengths()[(int) o[0]];
        if (len <= room) {
          total += o[1];
          room -= len;
        } else {
          total += o[1] * room / len;
          break;
        }
      }
      return total;
    }

    private void take(int j) {
      value += gain(j);
      for (int c : p.concepts()[j]) covered[c]++;
      for (int k = p.conflicts()[j].nextSetBit(0); k >= 0; k = p.conflicts()[j].nextSetBit(k + 1)) blocked[k]++;
      used += p.lengths()[j];
      chosen.add(j);
    }

    private void drop(int j) {
      chosen.remove(chosen.size() - 1);
      used -= p.lengths()[j];
      for (int k = p.conflicts()[j].nextSetBit(0); k >= 0; k = p.conflicts()[j].nextSetBit(k + 1)) blocked[k]--;
      for (int c : p.concepts()[j]) covered[c]--;
      value -= gain(j);
    }
  }
}
