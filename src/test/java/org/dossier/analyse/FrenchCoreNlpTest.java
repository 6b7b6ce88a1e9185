package org.dossier.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FrenchCoreNlpTest {

  private static FrenchCoreNlp nlp;

  @BeforeAll
  static void load() {
    nlp = SharedFrenchAnalyzer.get();
  }

  @Test
  void tokensSentencesAndEntitiesWithOffsets() {
    String text = "Le porte-parole du président Recep Tayyip Erdogan, Ibrahim Kalin, a parlé à Ankara. Il a averti la Russie.";
    Analysis a = nlp.analyse(text);
    assertThat(a.sentences()).hasSize(2);
    Sentence first = a.sentences().get(0);
    assertThat(a.text(first)).isEqualTo("Le porte-parole du président Recep Tayyip Erdogan, Ibrahim Kalin, a parlé à Ankara.");
    for (Token t : first.tokens()) {
      assertThat(text.substring(t.start(), t.end())).as("offsets of %s", t).isIn(t.text(), "du");
    }
    assertThat(first.tokens()).filteredOn(t -> t.text().equals("Kalin")).singleElement().extracting(Token::ner).isEqualTo("PER");
    assertThat(first.tokens()).filteredOn(t -> t.text().equals("Ankara")).singleElement().extracting(Token::ner).isEqualTo("LOC");
    assertThat(first.parsed()).isFalse();
  }

  @Test
  void aSiteNameWithItsDomainNeitherSplitsTheWordNorEndsTheSentence() {
    String text = "Titre sans point\n\n« Elle sent cette responsabilité », a confié au JDD.fr Philippe Martin, député du Gers. Il dit hier.la suite.";
    Analysis a = nlp.analyse(text);
    assertThat(a.sentences()).extracting(a::text).containsExactly(
        "Titre sans point", "« Elle sent cette responsabilité », a confié au JDD.fr Philippe Martin, député du Gers.", "Il dit hier.", "la suite.");
    Sentence quoted = a.sentences().get(1);
    assertThat(quoted.tokens()).extracting(Token::text).contains("JDD.fr", "Philippe", "Martin");
    for (int i = 0; i < quoted.tokens().size(); i++) {
      Token t = quoted.tokens().get(i);
      assertThat(t.index()).isEqualTo(i);
      assertThat(text.substring(t.start(), t.end())).isIn(t.text(), "au", "du");
    }
    assertThat(quoted.tokens()).filteredOn(t -> t.text().equals("Martin")).singleElement().extracting(Token::ner).isEqualTo("PER");
  }

  @Test
  void oneInstanceServesParallelWorkersWithTheSameResults() throws Exception {
    List<String> texts =
        java.util.stream.IntStream.range(0, 8)
            .mapToObj(i -> "Le ministre " + i + " a rencontré Vladimir Poutine à Moscou. L'OTAN et la Turquie ont réagi à Ankara, selon l'AFP.")
            .toList();
    List<Analysis> sequential = texts.stream().map(nlp::analyse).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Analysis>> futures = texts.stream().map(t -> pool.submit(() -> nlp.analyse(t))).toList();
      for (int i = 0; i < texts.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onlyTheChosenSentencesAreParsed() {
    Analysis a = nlp.analyse("Il pleut. Le ministre a exhorté la Russie à agir.");
    Analysis parsed = nlp.parse(a, s -> s.index() == 1);
    assertThat(parsed.sentences().get(0).parsed()).isFalse();
    List<Dependency> arcs = parsed.sentences().get(1).dependencies();
    Sentence s = parsed.sentences().get(1);
    int root = arcs.stream().filter(d -> d.relation().equals("root")).findFirst().orElseThrow().dependent();
    assertThat(s.tokens().get(root).text()).isEqualTo("exhorté");
    assertThat(arcs).anySatisfy(d -> {
      assertThat(d.relation()).isEqualTo("nsubj");
      assertThat(s.tokens().get(d.dependent()).text()).isEqualTo("ministre");
    });
  }
}
