package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.analyse.SharedFrenchAnalyzer;
import org.dossier.brief.Article;
import org.dossier.config.Settings;
import org.dossier.pipeline.AnalysisStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Short forms of a person's name the press uses: the start of a compound surname, initials. */
class ShortFormResolutionTest {

  private static final List<String> TEXTS =
      List.of(
          "Patrick Poivre d'Arvor a présenté son dernier journal sur TF1. PPDA a indiqué avoir reçu sa lettre de licenciement. "
              + "La semaine dernière, interviewé sur la dune du Pilat par Irène Frain, Poivre s'y livrait à son sport favori.",
          "Jean-Marie Le Pen a tenu un meeting à Nice. Marie Dupont, une militante, a répondu aux journalistes. "
              + "Dominique Strauss-Kahn était à Washington. DSK a rencontré les dirigeants du FMI.",
          "Derniers en date, ceux du député-maire (Nouveau centre) d'Agen, Jean Dionis du Séjour, qui propose d'étendre la redevance.\n\n"
              + "Jean Dionis, député Nouveau Centre du Lot-et-Garonne, présente un amendement au projet de loi sur l'audiovisuel.",
          "Le Syndicat de la magistrature appelle de son côté à la mobilisation contre un dispositif \"particulièrement attentatoire aux libertés\".\n\n"
              + "\"Il s'agit d'une atteinte grave\", déplore la LDH.\n\nMême constat pour le Syndicat de la magistrature.",
          "Michèle Alliot-Marie (MAM) a présenté mardi le fichier à l'Assemblée. MAM a défendu un texte équilibré.");

  private static List<Entity> entities;

  @BeforeAll
  static void resolve() {
    AnalysisStage stage = new AnalysisStage(SharedFrenchAnalyzer.get(), Settings.defaults());
    List<Article> articles = TEXTS.stream().map(ShortFormResolutionTest::article).toList();
    entities = stage.resolve(articles.stream().map(stage::mentions).toList());
  }

  private static Article article(String text) {
    String id = String.format("%016x", text.hashCode() & 0xffffffffL);
    return new Article(id, "fixture", "text", null, "fr", null, null, List.of(), List.of(), null, null, text, List.of());
  }

  private static List<String> variantsOf(String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " not among " + entities.stream().map(Entity::name).toList())).variants();
  }

  @Test
  void initialsAndTheSurnamesFirstWordJoinThePerson() {
    assertThat(variantsOf("Patrick Poivre d'Arvor")).contains("PPDA", "Poivre");
    assertThat(variantsOf("Dominique Strauss-Kahn")).contains("DSK");
  }

  @Test
  void initialsInBracketsAfterAPersonAreThePersonsNotAnAcronym() {
    assertThat(variantsOf("Michèle Alliot-Marie")).contains("MAM");
    assertThat(entities.stream().filter(e -> e.type() == org.dossier.extract.entities.EntityType.ORG).map(Entity::name)).doesNotContain("MAM");
  }

  @Test
  void aNameUpToItsParticleIsThePerson() {
    assertThat(variantsOf("Jean Dionis du Séjour")).contains("Jean Dionis");
  }

  @Test
  void aNameTheModelCutShortIsTheLongerNameTheTextSpells() {
    assertThat(entities.stream().map(Entity::name)).contains("Syndicat de la magistrature").doesNotContain("Syndicat");
  }

  @Test
  void aGivenNameInsideAHyphenatedOneIsNotASurname() {
    assertThat(variantsOf("Jean-Marie Le Pen")).doesNotContain("Marie", "Marie Dupont");
  }

  @Test
  void anOrganisationsAcronymStaysTheOrganisation() {
    assertThat(entities.stream().filter(e -> e.variants().contains("FMI")).map(Entity::type).map(Enum::name)).containsOnly("ORG");
  }
}
