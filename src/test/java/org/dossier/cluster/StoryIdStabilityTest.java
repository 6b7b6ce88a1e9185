package org.dossier.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.dossier.config.Settings;

/** However a stream is cut into batches, an article never changes story once placed, even when stories close as it goes. */
class StoryIdStabilityTest {

  private static final List<String> TEXTS =
      List.of(StoryClustererTest.STORM_1, StoryClustererTest.STRIKE_1, StoryClustererTest.STORM_2, StoryClustererTest.FIRES, StoryClustererTest.STRIKE_2, StoryClustererTest.STORM_3, StoryClustererTest.STRIKE_3);

  @Property(tries = 20)
  void placedArticlesKeepTheirStory(@ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 4) Integer> batchSizes, @ForAll @IntRange(min = 0, max = 6) int rotation) {
    placeAndCheck(batchSizes, rotation, ClusterSettings.from(Settings.defaults()));
  }

  /** Stories close after two articles pass them by and stay in the index through one article. */
  @Property(tries = 20)
  void placedArticlesKeepTheirStoryWhenStoriesClose(@ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 4) Integer> batchSizes, @ForAll @IntRange(min = 0, max = 6) int rotation) {
    ClusterSettings d = ClusterSettings.from(Settings.defaults());
    placeAndCheck(batchSizes, rotation, new ClusterSettings(d.minSimilarity(), d.linkSimilarity(), d.entityWeight(), d.windowDays(), d.decayDays(), d.candidateDays(), 2, d.indexTerms(), 1, d.queryTerms(), d.candidateArticles(), d.refreshEvery(), d.segmentsPerTier(), d.centroidTerms()));
  }

  private static void placeAndCheck(List<Integer> batchSizes, int rotation, ClusterSettings settings) {
    List<StoryArticle> stream = new ArrayList<>();
    for (int i = 0; i < TEXTS.size(); i++) {
      int k = (i + rotation) % TEXTS.size();
      stream.add(new StoryArticle("a" + k, null, TEXTS.get(k), LocalDate.of(2020, 2, 10), Set.of()));
    }
    Map<String, String> placed = new HashMap<>();
    try (StoryClusterer clusterer = new StoryClusterer(settings)) {
      int next = 0;
      for (int size : batchSizes) {
        if (next >= stream.size()) break;
        List<StoryArticle> batch = stream.subList(next, Math.min(stream.size(), next + size));
        next += batch.size();
        List<String> stories = clusterer.add(batch);
        for (int i = 0; i < batch.size(); i++) placed.put(batch.get(i).id(), stories.get(i));
        for (Story s : clusterer.stories()) {
          for (String a : s.articles()) assertThat(placed.get(a)).isEqualTo(s.id());
        }
      }
      assertThat(clusterer.stories().stream().mapToInt(s -> s.articles().size()).sum()).isEqualTo(placed.size());
    }
  }
}
