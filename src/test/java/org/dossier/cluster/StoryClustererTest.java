package org.dossier.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.Examples;
import org.dossier.brief.Article;
import org.dossier.config.Settings;
import org.dossier.ingest.SourceFile;
import org.dossier.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stories of the example articles and of small fixtures. */
class StoryClustererTest {

  private static List<Article> examples;

  @BeforeAll
  static void read() {
    Pipeline pipeline = new Pipeline(Settings.defaults());
    examples = List.of("000", "001", "002", "003", "004").stream().map(n -> pipeline.process(SourceFile.of(Examples.seed(n))).articles().get(0)).toList();
  }

  private static StoryArticle input(Article a) {
    return StoryArticle.of(a, List.of());
  }

  private static final LocalDate FEB_10 = LocalDate.of(2020, 2, 10);

  private static StoryArticle storm(String id, LocalDate day, String text) {
    return new StoryArticle(id, null, text, day, Set.of());
  }

  static final String STORM_1 =
      "La tempête Ciara a balayé lundi la Bretagne avec des rafales de vent dépassant 150 km/h. Enedis indique que 130 000 foyers bretons sont privés d'électricité. Météo-France maintient la vigilance orange pour les vents violents dans le Finistère et les Côtes-d'Armor.";
  static final String STORM_2 =
      "Après le passage de la tempête Ciara, Enedis mobilise 1 500 techniciens pour rétablir l'électricité des foyers encore coupés en Bretagne. Les rafales de vent ont abattu des arbres sur les lignes dans le Finistère, selon Météo-France.";
  static final String STORM_3 =
      "Les rafales de la tempête Ciara ont encore privé d'électricité 40 000 foyers du Finistère mardi matin. Enedis espère rétablir le courant en Bretagne d'ici mercredi, alors que Météo-France lève la vigilance orange pour le vent.";
  static final String STRIKE_1 =
      "Les syndicats de la SNCF appellent à une nouvelle journée de grève contre la réforme des retraites. La direction prévoit un trafic très perturbé sur les TGV et les TER, et conseille aux voyageurs de reporter leurs déplacements.";
  static final String STRIKE_2 =
      "Grève contre la réforme des retraites : la SNCF annonce un TGV sur deux et un TER sur trois. Les syndicats de cheminots maintiennent leur préavis et réclament le retrait du projet de loi sur les retraites.";
  static final String STRIKE_3 =
      "Trafic perturbé à la SNCF pour la journée de grève des cheminots contre la réforme des retraites : les syndicats revendiquent une forte mobilisation, les voyageurs des TGV et des TER sont invités à reporter leur trajet.";
  static final String FIRES =
      "En Australie, les incendies de forêt ont détruit plus de 2 000 maisons en Nouvelle-Galles du Sud. Les pompiers luttent contre des feux attisés par la sécheresse et la chaleur, et des milliers d'habitants ont été évacués.";

  @Test
  void storyIdsStayWhenASecondBatchArrives() {
    try (StoryClusterer clusterer = new StoryClusterer(Settings.defaults())) {
      List<String> first = clusterer.add(List.of(storm("storm-1", FEB_10, STORM_1), storm("strike-1", FEB_10, STRIKE_1), storm("storm-2", FEB_10, STORM_2), storm("strike-2", FEB_10, STRIKE_2)));
      assertThat(first).containsExactly("story-storm-1", "story-strike-1", "story-storm-1", "story-strike-1");
      List<Story> before = clusterer.stories();

      List<String> second = clusterer.add(List.of(storm("fires", FEB_10, FIRES), storm("strike-3", FEB_10.plusDays(1), STRIKE_3), storm("storm-3", FEB_10.plusDays(1), STORM_3), storm("storm-1", FEB_10, STORM_1)));
      assertThat(second).containsExactly("story-fires", "story-strike-1", "story-storm-1", "story-storm-1");
      Map<String, Story> after = clusterer.stories().stream().collect(Collectors.toMap(Story::id, s -> s));
      for (Story old : before) assertThat(after.get(old.id()).articles()).startsWith(old.articles().toArray(String[]::new));
      assertThat(after.get("story-storm-1").articles()).containsExactly("storm-1", "storm-2", "storm-3");
      assertThat(after.get("story-storm-1").last()).isEqualTo(FEB_10.plusDays(1));
    }
  }

  @Test
  void theSameStoryWeeksLaterIsANewStoryLinkedToTheFirst() {
    try (StoryClusterer clusterer = new StoryClusterer(Settings.defaults())) {
      clusterer.add(List.of(storm("storm-1", FEB_10, STORM_1), storm("storm-2", FEB_10, STORM_2), storm("strike-1", FEB_10, STRIKE_1)));
      String later = clusterer.add(storm("storm-3", FEB_10.plusDays(60), STORM_3));
      assertThat(later).isEqualTo("story-storm-3");
      Map<String, Story> stories = clusterer.stories().stream().collect(Collectors.toMap(Story::id, s -> s));
      assertThat(stories.get("story-storm-3").linked()).containsExactly("story-storm-1");
      assertThat(stories.get("story-storm-1").linked()).containsExactly("story-storm-3");
    }
  }

  @Test
  void withoutDatesOrWithTimeOffTheSameArticleJoins() {
    ClusterSettings textOnly = ClusterSettings.from(Settings.defaults()).textOnly();
    try (StoryClusterer clusterer = new StoryClusterer(textOnly)) {
      clusterer.add(List.of(storm("storm-1", FEB_10, STORM_1), storm("storm-2", FEB_10, STORM_2), storm("strike-1", FEB_10, STRIKE_1)));
      assertThat(clusterer.add(storm("storm-3", FEB_10.plusDays(60), STORM_3))).isEqualTo("story-storm-1");
    }
  }

  @Test
  void sharedEntitiesPullTogetherWhatDifferentSpellingsKeepApart() {
    String idleb = "Les forces turques ont bombardé les positions du régime syrien près de Saraqeb, dans la province d'Idleb, après la mort de soldats turcs.";
    String idlib = "Ankara a riposté contre Damas à Idlib : l'artillerie a visé l'armée gouvernementale autour de Saraqib, selon le ministère de la Défense.";
    Set<String> ids = Set.of("LOC-idlib", "LOC-saraqeb", "ORG-turkish-army");
    ClusterSettings defaults = ClusterSettings.from(Settings.defaults());
    try (StoryClusterer words = new StoryClusterer(defaults.textOnly());
        StoryClusterer withEntities = new StoryClusterer(defaults)) {
      List<StoryArticle> plain = List.of(new StoryArticle("a", null, idleb, null, Set.of()), new StoryArticle("b", null, idlib, null, Set.of()), storm("storm", null, STORM_1));
      List<StoryArticle> named = List.of(new StoryArticle("a", null, idleb, null, ids), new StoryArticle("b", null, idlib, null, ids), storm("storm", null, STORM_1));
      assertThat(words.add(plain)).containsExactly("story-a", "story-b", "story-storm");
      assertThat(withEntities.add(named)).containsExactly("story-a", "story-a", "story-storm");
    }
  }

  @Test
  void theFiveExamplesAreOneStoryOrTheDecemberOneIsALinkedStory() {
    try (StoryClusterer clusterer = new StoryClusterer(Settings.defaults())) {
      clusterer.add(examples.stream().map(StoryClustererTest::input).toList());
      List<Story> stories = clusterer.stories();
      String december = examples.get(4).id();
      List<String> february = examples.subList(0, 4).stream().map(Article::id).toList();
      Story main = stories.stream().filter(s -> s.articles().contains(february.get(0))).findFirst().orElseThrow();
      assertThat(main.articles()).containsAll(february);
      if (!main.articles().contains(december)) {
        assertThat(stories).hasSize(2);
        Story other = stories.stream().filter(s -> s != main).findFirst().orElseThrow();
        assertThat(other.articles()).containsExactly(december);
        assertThat(main.linked()).containsExactly(other.id());
        assertThat(other.linked()).containsExactly(main.id());
      } else {
        assertThat(stories).hasSize(1);
      }
    }
  }
}
