package org.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.Examples;
import org.dossier.analyse.SharedFrenchAnalyzer;
import org.dossier.brief.Article;
import org.dossier.config.Settings;
import org.dossier.extract.entities.EntityType;
import org.dossier.ingest.SourceFile;
import org.dossier.resolve.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example brief lists each actor once, under a canonical name, with its variants. */
class SeedEntitiesTest {

  private static Map<String, Entity> byName;
  private static List<Entity> entities;

  @BeforeAll
  static void run() {
    Pipeline pipeline = new Pipeline(Settings.defaults());
    List<Article> articles =
        List.of("000", "001", "002", "003", "004").stream().flatMap(n -> pipeline.process(SourceFile.of(Examples.seed(n))).articles().stream()).toList();
    AnalysisStage stage = new AnalysisStage(SharedFrenchAnalyzer.get(), Settings.defaults());
    entities = stage.resolve(articles.stream().map(stage::mentions).toList());
    byName = entities.stream().collect(Collectors.toMap(Entity::name, Function.identity()));
  }

  @Test
  void peopleOnceUnderTheirFullNames() {
    assertThat(byName.get("Recep Tayyip Erdogan").variants()).contains("Erdogan", "Erdoğan");
    assertThat(byName.get("Recep Tayyip Erdogan").role()).isEqualTo("président turc");
    assertThat(byName.get("Ibrahim Kalin").variants()).contains("Kalin");
    assertThat(byName.get("Ibrahim Kalin").role()).isEqualTo("porte-parole du président Recep Tayyip Erdogan");
    assertThat(byName.get("Vladimir Poutine").variants()).contains("Poutine");
    assertThat(byName.get("Mevlut Cavusoglu").variants()).contains("Cavusoglu");
    assertThat(byName.get("Dmitri Peskov").role()).isEqualTo("porte-parole du Kremlin");
    List<String> people = entities.stream().filter(e -> e.type() == EntityType.PER).map(Entity::name).toList();
    assertThat(people).doesNotHaveDuplicates().noneMatch(n -> n.equals("Erdogan") || n.equals("Kalin") || n.equals("Poutine"));
  }

  @Test
  void placesAndOrganisationsOnce() {
    assertThat(byName.get("Idleb").variants()).containsExactlyInAnyOrder("Idleb", "Idlib");
    assertThat(byName).doesNotContainKey("Idlib");
    Entity hts = byName.get("Hayat Tahrir al-Cham");
    assertThat(hts.type()).isEqualTo(EntityType.ORG);
    assertThat(hts.variants()).contains("HTS");
    assertThat(byName.get("Kremlin").type()).isEqualTo(EntityType.ORG);
    assertThat(byName.get("OTAN").type()).isEqualTo(EntityType.ORG);
    assertThat(entities).extracting(Entity::name).doesNotHaveDuplicates();
  }

  @Test
  void statesActUnderTheirCapitals() {
    assertThat(byName.get("Turquie").variants()).contains("Ankara");
    assertThat(byName.get("Russie").variants()).contains("Moscou", "Russes");
    assertThat(byName.get("Syrie").mentions()).anySatisfy(m -> assertThat(m.text()).isEqualTo("régime syrien"));
  }
}
