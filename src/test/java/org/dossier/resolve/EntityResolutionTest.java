package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dossier.analyse.SharedFrenchAnalyzer;
import org.dossier.brief.Article;
import org.dossier.config.Settings;
import org.dossier.extract.entities.EntityType;
import org.dossier.pipeline.AnalysisStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The merges the brief's "Who's who" depends on, on a small French fixture of three articles. */
class EntityResolutionTest {

  private static final List<String> TEXTS =
      List.of(
          "Le porte-parole de la présidence turque, Ibrahim Kalin, a averti mardi la Russie. "
              + "\"Il est hors de question de reculer\", a déclaré M. Kalin lors d'une conférence de presse à Ankara. "
              + "Le président turc Recep Tayyip Erdogan a ensuite appelé son homologue Vladimir Poutine.\n\n"
              + "Selon l'Observatoire syrien des droits de l'Homme (OSDH), les combats ont repris à Idleb. "
              + "L'OSDH fait état de vingt morts.",
          "Le chef de la diplomatie turque Mevlut Cavusoglu a exhorté jeudi la Russie à agir à Idlib. "
              + "Ankara ne cesse de hausser le ton à l'égard de Damas. Des responsables turcs se sont rendus à Moscou. "
              + "Les Russes n'ont pas répondu. Erdoğan a parlé à Poutine, selon le Kremlin.\n\n"
              + "L'Iran et l'Irak ont appelé au calme.",
          "Çavuşoğlu a rencontré Kalin à Bakou. Le président turc a promis une riposte. "
              + "Le régime syrien a poursuivi son offensive dans la province d'Idleb.");

  private static List<Entity> entities;
  private static List<Article> articles;

  @BeforeAll
  static void resolve() {
    AnalysisStage stage = new AnalysisStage(SharedFrenchAnalyzer.get(), Settings.defaults());
    articles = TEXTS.stream().map(EntityResolutionTest::article).toList();
    entities = stage.resolve(articles.stream().map(stage::mentions).toList());
  }

  private static Article article(String text) {
    String id = String.format("%016x", text.hashCode() & 0xffffffffL);
    return new Article(id, "fixture", "text", null, "fr", null, null, List.of(), List.of(), null, null, text, List.of());
  }

  private static Entity named(String name) {
    Optional<Entity> e = entities.stream().filter(x -> x.name().equals(name)).findFirst();
    assertThat(e).as("entity %s among %s", name, entities.stream().map(Entity::name).toList()).isPresent();
    return e.get();
  }

  private static long entitiesWithVariant(String variant) {
    return entities.stream().filter(e -> e.variants().contains(variant)).count();
  }

  @Test
  void accentAndTransliterationVariantsAreOnePerson() {
    assertThat(named("Recep Tayyip Erdogan").variants()).contains("Recep Tayyip Erdogan", "Erdoğan").doesNotContain("Kalin", "président turc");
    assertThat(named("Mevlut Cavusoglu").variants()).contains("Çavuşoğlu");
  }

  @Test
  void surnamesAndHonorificsJoinTheFullName() {
    Entity kalin = named("Ibrahim Kalin");
    assertThat(kalin.type()).isEqualTo(EntityType.PER);
    assertThat(kalin.variants()).contains("Kalin");
    assertThat(kalin.mentions()).extracting(EntityMention::text).contains("M. Kalin");
    assertThat(named("Vladimir Poutine").variants()).contains("Poutine");
    assertThat(entitiesWithVariant("Kalin")).isEqualTo(1);
  }

  @Test
  void placeSpellingsMergeButSimilarCountriesDoNot() {
    assertThat(named("Idleb").variants()).containsExactlyInAnyOrder("Idleb", "Idlib");
    assertThat(named("Iran")).isNotEqualTo(named("Irak"));
  }

  @Test
  void acronymJoinsItsLongForm() {
    Entity osdh = entities.stream().filter(e -> e.variants().contains("OSDH")).findFirst().orElseThrow();
    assertThat(osdh.type()).isEqualTo(EntityType.ORG);
    assertThat(osdh.variants()).anyMatch(v -> v.startsWith("Observatoire syrien des droits de l"));
    assertThat(osdh.mentions()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void appositionsAndTitlesGiveRoles() {
    assertThat(named("Ibrahim Kalin").role()).isEqualTo("porte-parole de la présidence turque");
    assertThat(named("Mevlut Cavusoglu").role()).isEqualTo("chef de la diplomatie turque");
    assertThat(named("Recep Tayyip Erdogan").role()).isEqualTo("président turc");
  }

  @Test
  void aRoleDescriptionResolvesToTheOnePersonBoundToIt() {
    assertThat(named("Recep Tayyip Erdogan").mentions()).extracting(EntityMention::text).contains("Le président turc");
  }

  @Test
  void capitalsAndNationalityWordsActForTheirState() {
    Entity turkey = named("Turquie");
    assertThat(turkey.type()).isEqualTo(EntityType.LOC);
    assertThat(turkey.mentions()).extracting(EntityMention::text).contains("Ankara", "responsables turcs");
    assertThat(named("Russie").mentions()).extracting(EntityMention::text).contains("Russes");
    assertThat(named("Syrie").mentions()).extracting(EntityMention::text).contains("régime syrien");
    // "à Moscou", "à Ankara" are places, not the state acting.
    assertThat(named("Moscou").type()).isEqualTo(EntityType.LOC);
    assertThat(named("Ankara").mentions()).hasSize(1);
  }

  @Test
  void stateInstitutionsComeFromTheGazetteer() {
    assertThat(named("Kremlin").type()).isEqualTo(EntityType.ORG);
  }

  @Test
  void everyMentionPointsAtItsText() {
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        Article a = articles.stream().filter(x -> x.id().equals(m.article())).findFirst().orElseThrow();
        assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }
}
