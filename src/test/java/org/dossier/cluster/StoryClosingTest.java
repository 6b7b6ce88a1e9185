package org.dossier.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.cluster.StoryClustererTest.FIRES;
import static org.dossier.cluster.StoryClustererTest.STORM_1;
import static org.dossier.cluster.StoryClustererTest.STORM_2;
import static org.dossier.cluster.StoryClustererTest.STORM_3;
import static org.dossier.cluster.StoryClustererTest.STRIKE_1;
import static org.dossier.cluster.StoryClustererTest.STRIKE_2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories that leave the index: closed by the stream's clock or by the articles that passed them by, and capped to their latest articles. */
class StoryClosingTest {

  private static final LocalDate FEB_10 = LocalDate.of(2020, 2, 10);

  @TempDir Path dir;

  private Settings settings(String properties) throws IOException {
    Path overlay = dir.resolve("cluster.properties");
    Files.writeString(overlay, properties);
    return Settings.withOverlay(overlay);
  }

  private static StoryArticle article(String id, LocalDate day, String text) {
    return new StoryArticle(id, null, text, day, Set.of());
  }

  private static Map<String, Story> byId(StoryClusterer clusterer) {
    return clusterer.stories().stream().collect(Collectors.toMap(Story::id, s -> s));
  }

  @Test
  void aStoryNoneOfTheLastArticlesJoinedIsNoCandidateButKeepsItsIdAndArticles() throws IOException {
    List<StoryArticle> before = List.of(article("storm-1", null, STORM_1), article("storm-2", null, STORM_2), article("strike-1", null, STRIKE_1), article("fires", null, FIRES));
    try (StoryClusterer open = new StoryClusterer(Settings.defaults())) {
      open.add(before);
      assertThat(open.add(article("storm-3", null, STORM_3))).isEqualTo("story-storm-1");
    }
    try (StoryClusterer closing = new StoryClusterer(settings("cluster.candidates.max-articles = 2\n"))) {
      assertThat(closing.add(before)).containsExactly("story-storm-1", "story-storm-1", "story-strike-1", "story-fires");
      // Two articles have passed the storm by since storm-2: the third closes it.
      assertThat(closing.add(article("storm-3", null, STORM_3))).isEqualTo("story-storm-3");
      Map<String, Story> stories = byId(closing);
      assertThat(stories.get("story-storm-1").articles()).containsExactly("storm-1", "storm-2");
      assertThat(stories.get("story-storm-3").linked()).isEmpty();
      assertThat(closing.indexedArticles("story-storm-1")).isZero();
      // An article placed before is still in its story, closed or not.
      assertThat(closing.add(article("storm-1", null, STORM_1))).isEqualTo("story-storm-1");
    }
  }

  @Test
  void aStoryWhoseLastDayFallsOutOfTheWindowBehindTheLatestDayIsClosed() {
    try (StoryClusterer clusterer = new StoryClusterer(Settings.defaults())) {
      clusterer.add(List.of(article("storm-1", FEB_10, STORM_1), article("storm-2", FEB_10, STORM_2)));
      // Sixty-one days on (cluster.candidates.max-days = 60): the storm story is closed...
      assertThat(clusterer.add(article("strike-1", FEB_10.plusDays(61), STRIKE_1))).isEqualTo("story-strike-1");
      // ...so an article arriving late, though dated the day after the storm, cannot join it.
      assertThat(clusterer.add(article("storm-3", FEB_10.plusDays(1), STORM_3))).isEqualTo("story-storm-3");
      assertThat(byId(clusterer).get("story-storm-1").articles()).containsExactly("storm-1", "storm-2");
      assertThat(clusterer.indexedArticles("story-storm-1")).isZero();
    }
  }

  @Test
  void aStoryHoldsAtMostItsShareOfTheIndexAndARepeatTakesItsCopysPlace() throws IOException {
    try (StoryClusterer clusterer = new StoryClusterer(settings("cluster.index.story-articles = 2\n"))) {
      clusterer.add(List.of(article("storm-1", FEB_10, STORM_1), article("storm-2", FEB_10, STORM_2), article("storm-3", FEB_10, STORM_3)));
      assertThat(clusterer.indexedArticles("story-storm-1")).isEqualTo(2);
      List<String> repeats = clusterer.add(List.of(article("strike-1", FEB_10, STRIKE_1), article("strike-1-again", FEB_10, STRIKE_1), article("strike-1-third", FEB_10, STRIKE_1)));
      assertThat(repeats).containsOnly("story-strike-1");
      assertThat(clusterer.indexedArticles("story-strike-1")).isEqualTo(1);
      assertThat(byId(clusterer).get("story-strike-1").articles()).containsExactly("strike-1", "strike-1-again", "strike-1-third");
    }
  }

  @Test
  void aStoryKeptInTheIndexThroughItsLatestArticleOnlyStillGathersItsArticles() throws IOException {
    // Alternating stories: each is found through the one article it keeps in the index.
    List<StoryArticle> stream = List.of(article("storm-1", FEB_10, STORM_1), article("strike-1", FEB_10, STRIKE_1), article("storm-2", FEB_10, STORM_2), article("strike-2", FEB_10, STRIKE_2), article("storm-3", FEB_10, STORM_3));
    try (StoryClusterer clusterer = new StoryClusterer(settings("cluster.index.story-articles = 1\n"))) {
      assertThat(clusterer.add(stream)).containsExactly("story-storm-1", "story-strike-1", "story-storm-1", "story-strike-1", "story-storm-1");
    }
  }
}
