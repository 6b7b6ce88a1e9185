package org.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dossier.Examples;
import org.dossier.analyse.SharedFrenchAnalyzer;
import org.dossier.brief.Article;
import org.dossier.config.Settings;
import org.dossier.extract.quotes.Quote;
import org.dossier.ingest.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every direct quote of the example articles, with its speaker; no term and no banner text. */
class SeedQuotesTest {

  private static List<Quote> quotes;
  private static List<Article> articles;

  @BeforeAll
  static void run() {
    Pipeline pipeline = new Pipeline(Settings.defaults());
    articles =
        List.of("000", "001", "002", "003", "004").stream().flatMap(n -> pipeline.process(SourceFile.of(Examples.seed(n))).articles().stream()).toList();
    AnalysisStage stage = new AnalysisStage(SharedFrenchAnalyzer.get(), Settings.defaults());
    quotes = stage.run(articles.stream().map(stage::mentions).toList()).quotes();
  }

  /** The start of each direct quote and who said it, read sentence by sentence from the articles. */
  private static final Map<String, String> DIRECT =
      Map.ofEntries(
          Map.entry("satisfaisant", "présidence turque"),
          Map.entry("Aucun résultat satisfaisant", "Ibrahim Kalin"),
          Map.entry("Nous n'avons pas accepté", "Ibrahim Kalin"),
          Map.entry("Il est hors de question", "Ibrahim Kalin"),
          Map.entry("continuer d'envoyer des renforts", "Ibrahim Kalin"),
          Map.entry("avec la plus grande fermeté", "Ibrahim Kalin"),
          Map.entry("le plus rapidement possible", "Mevlut Cavusoglu"),
          Map.entry("Nous nous attendons à ce que la Russie freine", "Mevlut Cavusoglu"),
          Map.entry("si besoin", "Mevlut Cavusoglu"),
          Map.entry("La Russie n'est pas notre cible", "Mevlut Cavusoglu"),
          Map.entry("la mise en oeuvre complète", "Vladimir Poutine et Recep Tayyip Erdogan"),
          Map.entry("ont souligné l'importance", "Kremlin"),
          Map.entry("divers aspects du règlement", "Kremlin"),
          Map.entry("partout", "Recep Tayyip Erdogan"),
          Map.entry("massacre", "Recep Tayyip Erdogan"),
          Map.entry("neutraliser les terroristes", "Dmitri Peskov"),
          Map.entry("l'obligation de neutraliser", "Dmitri Peskov"),
          Map.entry("tous ces groupes bombardent", "Dmitri Peskov"),
          Map.entry("Nous suivons de près", "Ibrahim Kalin"),
          Map.entry("Nous nous attendons à ce que [la Russie]", "Ibrahim Kalin"));

  @Test
  void everyDirectQuoteHasItsSpeaker() {
    List<Quote> direct = quotes.stream().filter(Quote::direct).toList();
    assertThat(direct).hasSize(DIRECT.size());
    DIRECT.forEach((start, speaker) -> assertThat(direct)
        .as("quote starting %s", start)
        .anySatisfy(q -> {
          assertThat(q.text()).startsWith(start);
          assertThat(q.speaker().name()).isEqualTo(speaker);
        }));
  }

  @Test
  void speakersLinkToEntities() {
    assertThat(quotes).filteredOn(q -> q.speaker() != null && q.speaker().name().equals("Ibrahim Kalin")).allSatisfy(q -> assertThat(q.speaker().entity()).startsWith("per-"));
    // "Les présidents russe Vladimir Poutine et turc Recep Tayyip Erdogan": each one's entity, Erdogan's
    // the one his own quotes link to.
    String erdogan = quotes.stream().filter(q -> q.speaker() != null && q.speaker().name().equals("Recep Tayyip Erdogan")).findFirst().orElseThrow().speaker().entity();
    assertThat(quotes).filteredOn(q -> q.speaker() != null && q.speaker().name().equals("Vladimir Poutine et Recep Tayyip Erdogan"))
        .isNotEmpty()
        .allSatisfy(q -> {
          assertThat(q.speaker().entity()).isNull();
          assertThat(q.speaker().members()).hasSize(2).allSatisfy(id -> assertThat(id).startsWith("per-"));
          assertThat(q.speaker().members().get(1)).isEqualTo(erdogan);
        });
  }

  @Test
  void termsAndBannersAreNotQuoted() {
    assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.equals("zone démilitarisée") || t.equals("efforts") || t.contains("Tout accepter") || t.contains("Paramétrer"));
  }

  @Test
  void indirectSpeechIsExtracted() {
    assertThat(quotes).filteredOn(q -> !q.direct())
        .anySatisfy(q -> {
          assertThat(q.text()).isEqualTo("les discussions allaient continuer");
          assertThat(q.speaker().name()).isEqualTo("Ibrahim Kalin");
        })
        .anySatisfy(q -> {
          assertThat(q.text()).startsWith("Ankara ne respecte pas les accords russo-turcs");
          assertThat(q.speaker().name()).isEqualTo("Dmitri Peskov");
        })
        .anySatisfy(q -> {
          assertThat(q.text()).isEqualTo("cesser leurs attaques sur Idlib");
          assertThat(q.speaker().name()).isEqualTo("Jens Stoltenberg");
        });
  }

  @Test
  void offsetsPointAtTheText() {
    assertThat(quotes).allSatisfy(q -> {
      Article a = articles.stream().filter(x -> x.id().equals(q.article())).findFirst().orElseThrow();
      assertThat(a.text().substring(q.start(), q.end())).isEqualTo(q.text());
    });
  }
}
