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
    }
    // No reprint among the five: RT's December story "avec AFP" is not AFP's February dispatch.
    assertThat(result.copies()).isEmpty();
  }
}
