package org.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.Examples;
import org.dossier.brief.Article;
import org.dossier.clean.Removal;
import org.dossier.config.Settings;
import org.dossier.ingest.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five example articles, as raw as they arrived, must come out clean and correctly dated. */
class SeedBriefTest {

  private static Map<String, Article> bySeed;

  @BeforeAll
  static void run() {
    Pipeline pipeline = new Pipeline(Settings.defaults());
    bySeed =
        List.of("000", "001", "002", "003", "004").stream()
            .map(n -> pipeline.process(SourceFile.of(Examples.seed(n))).articles())
            .peek(a -> assertThat(a).hasSize(1))
            .map(a -> a.get(0))
            .collect(Collectors.toMap(a -> a.file().replaceAll(".*/(\\d{3})_.*", "$1"), Function.identity()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void textHasNoFurniture(String seed) {
    String text = bySeed.get(seed).text();
    assertThat(text)
        .doesNotContain("cookies", "Tout accepter", "Tout Accepter", "Suivez", "Telegram", "Lire aussi", "©", "[Keystone]")
        .doesNotContain("Le Journal horaire", "42 sec.", "agences/vkiss", "image d'illustration", "Raconter l'actualité", "Avec AFP")
        .doesNotContainPattern("(?m)^Publié$")
        .doesNotContainPattern("(?m)^OK$");
    assertThat(bySeed.get(seed).language()).isEqualTo("fr");
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void noSentenceIsCutByALineBreak(String seed) {
    for (String paragraph : bySeed.get(seed).text().split("\n\n")) {
      assertThat(paragraph).doesNotContain("\n");
      boolean heading = paragraph.split(" ").length <= 8;
      if (!heading) {
        assertThat(paragraph).as("paragraph ends a sentence").containsPattern("[.!?»\"]$");
      }
    }
  }

  @Test
  void hardWrappedSeedKeepsItsParagraphs() {
    Article a = bySeed.get("001");
    String[] paragraphs = a.text().split("\n\n");
    assertThat(paragraphs).hasSize(11);
    assertThat(paragraphs[0]).startsWith("Le chef de la diplomatie turque Mevlut Cavusoglu a exhorté jeudi la Russie").endsWith("« le plus rapidement possible ».");
    assertThat(paragraphs[10]).isEqualTo("\"La Russie n'est pas notre cible sur le terrain. Notre objectif est de mettre fin aux combats\", a-t-il ajouté.");
  }

  @Test
  void afpDatelineGivesDatePlaceAndAgency() {
    Article a = bySeed.get("001");
    assertThat(a.published().date()).isEqualTo("2020-02-06");
    assertThat(a.published().precision()).isEqualTo("day");
    assertThat(a.published().method()).isEqualTo("dateline");
    assertThat(a.dateline()).isEqualTo("Istanbul");
    assertThat(a.source()).isEqualTo("AFP");
    assertThat(a.removed()).extracting(Removal::rule).containsExactly("header", "dateline");
  }

  @Test
  void rtsArticleIsDatedByItsVideoLabelAndKeepsItsBoxHeading() {
    Article a = bySeed.get("002");
    assertThat(a.title()).isEqualTo("Russie et Turquie veulent sauver leurs accords de désescalade en Syrie");
    assertThat(a.published().date()).isEqualTo("2020-02-12");
    assertThat(a.published().method()).isEqualTo("label");
    assertThat(a.source()).isEqualTo("Keystone-ATS");
    assertThat(a.text()).startsWith("Les présidents russe Vladimir Poutine et turc Recep Tayyip Erdogan").contains("\n\nCombats dans la province d'Idleb\n\n");
    assertThat(a.removed()).extracting(Removal::rule).contains("label", "caption", "video", "byline", "title");
  }

  @Test
  void rtArticleIsRtCarryingAfpAndHasADayWithoutAYear() {
    Article a = bySeed.get("004");
    assertThat(a.title()).isEqualTo("Syrie : la Turquie annonce négocier avec la Russie en vue d'un cessez-le-feu à Idleb");
    assertThat(a.source()).isEqualTo("RT");
    assertThat(a.agencies()).containsExactly("AFP");
    assertThat(a.published().date()).isEqualTo("XXXX-12-24");
    assertThat(a.published().inferred()).isTrue();
    assertThat(a.published().evidence()).isEqualTo("ce 24 décembre");
    assertThat(a.text()).startsWith("Le porte-parole de la présidence turque a annoncé, le 24 décembre,").endsWith("qui échappent au contrôle de Damas.");
    assertThat(a.removed()).extracting(Removal::rule).contains("consent", "ui", "share", "read-also", "credit", "photo-credit", "caption", "tail-fragment");
  }

  @Test
  void undatedArticlesGetNoInventedDate() {
    assertThat(bySeed.get("000").published()).isNull();
    assertThat(bySeed.get("003").published()).isNull();
    assertThat(bySeed.get("000").source()).isNull();
    assertThat(bySeed.get("003").source()).isNull();
  }

  @Test
  void idsAreContentHashes() {
    assertThat(bySeed.values()).extracting(Article::id).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{16}"));
    String text = Examples.read(Examples.seed("000"));
    assertThat(Pipeline.id(text)).isEqualTo(bySeed.get("000").id());
  }
}
