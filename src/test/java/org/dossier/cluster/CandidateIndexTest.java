package org.dossier.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The candidate index: best first, k at most, the time window, and removed articles gone at once. */
class CandidateIndexTest {

  private static final LocalDate DAY = LocalDate.of(2020, 2, 10);

  @Test
  void theBestArticlesComeFirstAndNoMoreThanAsked() {
    // Reopened after every article, so that Lucene, not the map of recent articles, answers.
    try (CandidateIndex index = new CandidateIndex(1, 3)) {
      int storm = index.add(List.of("tempete", "ciara", "bretagne"), DAY);
      int strike = index.add(List.of("greve", "sncf", "retraite"), DAY);
      int both = index.add(List.of("tempete", "greve"), DAY);
      Map<String, Double> query = Map.of("tempete", 2.0, "ciara", 1.0, "greve", 0.5);
      assertThat(index.search(query, DAY, 60, 3)).containsExactly(storm, both, strike);
      assertThat(index.search(query, DAY, 60, 1)).containsExactly(storm);
    }
  }

  @Test
  void articlesOutsideTheWindowAreNotFoundButUndatedOnesAre() {
    try (CandidateIndex index = new CandidateIndex(1, 3)) {
      int old = index.add(List.of("tempete", "ciara"), DAY.minusDays(90));
      int undated = index.add(List.of("tempete", "ciara"), null);
      int recent = index.add(List.of("tempete", "ciara"), DAY.minusDays(10));
      assertThat(index.search(Map.of("tempete", 1.0), DAY, 60, 10)).containsExactlyInAnyOrder(undated, recent).doesNotContain(old);
    }
  }

  @Test
  void aRemovedArticleIsNeverFoundAgainBeforeOrAfterTheIndexIsReopened() {
    // Reopened every second article: the first two are in Lucene, the third waits in the map of recent articles.
    try (CandidateIndex index = new CandidateIndex(2, 3)) {
      int first = index.add(List.of("tempete", "ciara"), DAY);
      int second = index.add(List.of("tempete", "bretagne"), DAY);
      int third = index.add(List.of("tempete", "enedis"), DAY);
      Map<String, Double> query = Map.of("tempete", 1.0);
      assertThat(index.search(query, DAY, 60, 10)).containsExactlyInAnyOrder(first, second, third);

      index.remove(first);
      index.remove(third);
      assertThat(index.search(query, DAY, 60, 10)).containsExactly(second);

      int fourth = index.add(List.of("tempete", "rafales"), DAY); // reopens: Lucene applies the removals
      assertThat(index.search(query, DAY, 60, 10)).containsExactlyInAnyOrder(second, fourth);
      int fifth = index.add(List.of("tempete", "vent"), DAY);
      assertThat(index.search(query, DAY, 60, 10)).containsExactlyInAnyOrder(second, fourth, fifth);
    }
  }
}
