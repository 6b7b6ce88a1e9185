package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.brief.Article;
import org.dossier.brief.Brief;
import org.dossier.extract.entities.EntityType;
import org.dossier.resolve.Entity;
import org.dossier.resolve.EntityMention;
import org.junit.jupiter.api.Test;

/** "Who's who" says when a spelling of one entry is another entry's name: a capital that acts for its state, and the city. */
class WhosWhoRenderTest {

  private static final String ID = "0123456789abcdef";
  private static final String TEXT = "Ankara ne cesse de hausser le ton. Une conférence de presse s'est tenue à Ankara.";

  private static Brief brief() {
    Article a = new Article(ID, "a.txt", "text", null, "fr", null, null, List.of(), List.of(), null, null, TEXT, List.of());
    Entity state = new Entity("loc-tr", "Turquie", EntityType.LOC, List.of("Turquie", "Ankara", "Turcs"), List.of(new EntityMention(ID, 0, 6, "Ankara", null)), null);
    Entity city = new Entity("loc-ankara", "Ankara", EntityType.LOC, List.of("Ankara"), List.of(new EntityMention(ID, 74, 80, "Ankara", null)), null);
    return new Brief(Brief.VERSION, "test", List.of(), List.of(), List.of(), List.of(a), List.of(), List.of(state, city), List.of(), List.of());
  }

  @Test
  void aSpellingThatIsAnotherEntrysNameSaysWhereItStandsForThisOne() {
    String md = MarkdownRenderer.render(brief());
    assertThat(md).contains("**Turquie** — 1 mention(s) in articles [1]; also: Ankara (where it stands for Turquie; also listed on its own), Turcs");
    assertThat(md).contains("**Ankara** — 1 mention(s) in articles [1]\n");
    assertThat(HtmlRenderer.render(brief())).contains("also: Ankara (where it stands for Turquie; also listed on its own), Turcs</span>");
  }
}
