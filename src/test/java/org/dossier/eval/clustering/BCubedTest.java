package org.dossier.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BCubed on a clustering worked out by hand, and the all-pairs reference on four vectors. */
class BCubedTest {

  // Gold: A = {1, 2, 3, 4}, B = {5, 6, 7}.
  private static final Map<String, String> GOLD = Map.of("1", "A", "2", "A", "3", "A", "4", "A", "5", "B", "6", "B", "7", "B");

  @Test
  void workedExample() {
    // X = {1, 2, 3}, Y = {4, 5}, Z = {6, 7}.
    // Precision per item: 1, 1, 1, 1/2, 1/2, 1, 1 -> 6/7.
    // Recall per item: 3/4, 3/4, 3/4, 1/4, 1/3, 2/3, 2/3 -> (25/6) / 7 = 25/42.
    // F1 = 2 (6/7)(25/42) / (6/7 + 25/42) = 300/427.
    Map<String, String> system = Map.of("1", "X", "2", "X", "3", "X", "4", "Y", "5", "Y", "6", "Z", "7", "Z");
    BCubed b = BCubed.score(system, GOLD);
    assertThat(b.precision()).isCloseTo(6.0 / 7, within(1e-12));
    assertThat(b.recall()).isCloseTo(25.0 / 42, within(1e-12));
    assertThat(b.f1()).isCloseTo(300.0 / 427, within(1e-12));
  }

  @Test
  void oneBigClusterAndAllSingletons() {
    Map<String, String> one = new HashMap<>();
    GOLD.keySet().forEach(k -> one.put(k, "all"));
    assertThat(BCubed.score(one, GOLD).precision()).isCloseTo(25.0 / 49, within(1e-12));
    assertThat(BCubed.score(one, GOLD).recall()).isEqualTo(1.0);
    // Items the system did not place count as singletons.
    BCubed none = BCubed.score(Map.of(), GOLD);
    assertThat(none.precision()).isEqualTo(1.0);
    assertThat(none.recall()).isCloseTo(2.0 / 7, within(1e-12));
  }

  @Test
  void averageLinkMergesTheCloseArticlesFirst() {
    List<Map<String, Double>> vectors = List.of(Map.of("storm", 1.0, "wind", 1.0), Map.of("storm", 1.0, "wind", 0.8), Map.of("strike", 1.0, "rail", 1.0), Map.of("strike", 1.0, "rail", 0.9, "wind", 0.1));
    AverageLink tree = new AverageLink(List.of("a", "b", "c", "d"), vectors);
    Map<String, String> cut = tree.cut(0.5);
    assertThat(cut.get("a")).isEqualTo(cut.get("b"));
    assertThat(cut.get("c")).isEqualTo(cut.get("d"));
    assertThat(cut.get("a")).isNotEqualTo(cut.get("c"));
    assertThat(tree.cut(1.01).values()).doesNotHaveDuplicates();
    assertThat(tree.cut(0.0).values()).containsOnly(cut.get("a"));
  }
}
