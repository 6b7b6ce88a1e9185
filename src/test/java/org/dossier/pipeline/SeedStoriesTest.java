package org.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dossier.Examples;
import org.dossier.brief.Article;
import org.dossier.brief.Story;
import org.dossier.config.Settings;
import org.dossier.ingest.SourceFile;
import org.junit.jupiter.api.Test;

/** The example articles as one story whose summary cites its sources (issue 6, done-when). */
class SeedStoriesTest {

  @Test
  void theFiveExamplesAreOneStoryWithACitedSummary() throws Exception {
    Pipeline pipeline = new Pipeline(Settings.defaults());
    List<Article> articles =
        List.of("000", "001", "002", "003", "004").stream().flatMap(n -> pipeline.process(SourceFile.of(Examples.seed(n))).articles().stream()).toList();
    StoryStage.Result result = new StoryStage(Settings.defaults(), "fr").run(articles, Map.of(), List.of(), List.of());
    assertThat(result.stories()).hasSize(1);
    Story story = result.stories().get(0);
    assertThat(story.articles()).hasSize(5);
    int words = story.summary().stream().mapToInt(l -> l.text().split("\\s+").length).sum();
    assertThat(words).isBetween(40, 140);
    for (Story.Line line : story.summary()) {
      assertThat(line.sources()).isNotEmpty();
      assertThat(line.independentSources()).isBetween(1, line.sources().size());
      String from = articles.stream().filter(a -> a.id().equals(line.sources().get(0).article())).findFirst().orElseThrow().text();
      assertThat(from).contains(line.text());
      // The offsets a reader follows give the very sentence the line was taken from.
      Story.Source first = line.sources().get(0);
      assertThat(from.substring(first.start(), first.end())).isEqualTo(line.text());
    }
    // No reprint among the five: RT's December story "avec AFP" is not AFP's February dispatch.
    assertThat(result.copies()).isEmpty();
  }

  @Test
  void anUpdateBriefTellsOnlyWhatTheNewArticlesAdd() {
    Pipeline pipeline = new Pipeline(Settings.defaults());
    List<Article> old = List.of("000", "003", "004").stream().flatMap(n -> pipeline.process(SourceFile.of(Examples.seed(n))).articles().stream()).toList();
    List<Article> fresh = List.of("001", "002").stream().flatMap(n -> pipeline.process(SourceFile.of(Examples.seed(n))).articles().stream()).toList();
    StoryStage stage = new StoryStage(Settings.defaults(), "fr");
    StoryStage.Result all = stage.run(old, Map.of(), List.of(), List.of());
    StoryStage.Result update = stage.run(fresh, old, Map.of(), List.of(), List.of());
    assertThat(update.stories()).hasSize(1);
    Story story = update.stories().get(0);
    // The story keeps the id it had when only the baseline was read.
    assertThat(story.id()).isEqualTo(all.stories().get(0).id());
    assertThat(story.articles()).containsExactlyInAnyOrderElementsOf(fresh.stream().map(Article::id).toList());
    List<String> freshIds = fresh.stream().map(Article::id).toList();
    for (Story.Line line : story.summary()) {
      assertThat(freshIds).contains(line.sources().get(0).article());
      assertThat(old).noneMatch(a -> a.text().contains(line.text()));
    }
  }
}
