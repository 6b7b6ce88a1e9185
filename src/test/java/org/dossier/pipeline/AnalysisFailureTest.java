package org.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.analyse.SharedFrenchAnalyzer;
import org.dossier.brief.Article;
import org.dossier.config.Settings;
import org.junit.jupiter.api.Test;

/** An article whose analysis throws is reported with its file and reason; the others are analysed. */
class AnalysisFailureTest {

  private static Article article(String id, String text) {
    return new Article(id, id + ".txt", "text", null, "fr", null, null, List.of(), List.of(), null, null, text, List.of());
  }

  @Test
  void aFailingArticleIsSkippedWithItsReasonAndTheBatchGoesOn() throws InterruptedException {
    // No text at all cannot come out of ingest; here it stands for any bug in one article's analysis.
    List<Article> articles = List.of(
        article("0000000000000001", null),
        article("0000000000000002", "« Nous ne reculerons pas », a déclaré le ministre turc de la Défense, Hulusi Akar."));
    AnalysisStage.Analysed analysed = new AnalysisStage(SharedFrenchAnalyzer.get(), Settings.defaults()).analyse(articles, 2);
    assertThat(analysed.failed()).singleElement().satisfies(s -> {
      assertThat(s.file()).isEqualTo("0000000000000001.txt");
      assertThat(s.reason()).startsWith("internal error while analysing: ");
    });
    assertThat(analysed.articles()).containsOnlyKeys("0000000000000002");
    assertThat(analysed.result().quotes()).singleElement().satisfies(q -> assertThat(q.speaker().name()).contains("Hulusi Akar"));
  }
}
