package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.analyse.SharedFrenchAnalyzer;
import org.dossier.brief.Article;
import org.dossier.config.Settings;
import org.dossier.pipeline.AnalysisStage;
import org.junit.jupiter.api.Test;

/** A role that names one person in a run only when it says whose: "le président turc", not "le Premier ministre". */
class BareRoleResolutionTest {

  private static Article article(String id, String text) {
    return new Article(id, "fixture", "text", null, "fr", null, null, List.of(), List.of(), null, null, text, List.of());
  }

  @Test
  void aBareTwoWordRoleInAnotherArticleIsNotThePersonOnceGivenIt() {
    AnalysisStage stage = new AnalysisStage(SharedFrenchAnalyzer.get(), Settings.defaults());
    List<Article> articles =
        List.of(
            article("thai", "Le Premier ministre Samak Sundaravej a décrété l'état d'urgence à Bangkok mardi."),
            article("fin-de-vie", "Le Premier ministre a demandé au député Jean Leonetti des propositions sur la fin de vie."));
    List<Entity> entities = stage.resolve(articles.stream().map(stage::mentions).toList());
    Entity samak = entities.stream().filter(e -> e.name().contains("Samak")).findFirst().orElseThrow();
    assertThat(samak.mentions()).extracting(EntityMention::article).containsOnly("thai");
  }
}
