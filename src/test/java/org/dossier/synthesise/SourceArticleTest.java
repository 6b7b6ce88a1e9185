package org.dossier.synthesise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.Sentence;
import org.dossier.brief.Article;
import org.dossier.extract.quotes.Quote;
import org.dossier.metadata.Published;
import org.junit.jupiter.api.Test;

/** A brief's article, its analysis and the run's quotes become the summariser's input. */
class SourceArticleTest {

  private static final String TEXT = "Ankara a bombardé des positions syriennes. « Nous riposterons », a déclaré M. Kalin.";
  private static final Analysis ANALYSIS = new Analysis(TEXT, List.of(
      new Sentence(0, 0, 42, List.of(), List.of()),
      new Sentence(1, 43, TEXT.length(), List.of(), List.of())));

  private static Article article(Published published) {
    return new Article("a1", "f.txt", "text", null, "fr", published, null, List.of(), List.of(), null, null, TEXT, List.of());
  }

  @Test
  void sentencesCarryTheirOffsetsTextAndAttribution() {
    Quote kalin = new Quote("q1", "Nous riposterons", new Quote.Speaker("e1", "Ibrahim Kalin"), "a déclaré", true, "a1", 45, 61, null);
    Quote elsewhere = new Quote("q2", "x", new Quote.Speaker("e2", "X"), "a dit", true, "other", 0, 10, null);
    SourceArticle a = SourceArticle.of(article(new Published("2020-02-06", "day", "dateline", false, "6 fév 2020")), ANALYSIS, List.of(kalin, elsewhere), Map.of(1, "2020-02-05"));
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.published()).isEqualTo(LocalDate.of(2020, 2, 6));
    assertThat(a.sentences()).extracting(SourceSentence::text).containsExactly("Ankara a bombardé des positions syriennes.", "« Nous riposterons », a déclaré M. Kalin.");
    assertThat(a.sentences()).extracting(SourceSentence::attributed).containsExactly(false, true);
    assertThat(a.sentences()).extracting(SourceSentence::quotes).containsExactly(List.of(), List.of(kalin));
    assertThat(a.sentences()).extracting(SourceSentence::date).containsExactly(Optional.empty(), Optional.of("2020-02-05"));
    assertThat(a.sentences().get(1).ref()).isEqualTo(new SentenceRef("a1", 1));
  }

  @Test
  void aQuoteWithoutSpeakerDoesNotAttribute() {
    Quote anonymous = new Quote("q1", "Nous riposterons", null, null, true, "a1", 45, 61, null);
    SourceArticle a = SourceArticle.of(article(null), ANALYSIS, List.of(anonymous), Map.of());
    assertThat(a.sentences()).noneMatch(SourceSentence::attributed);
    // It is still the sentence's quote, for the reader to see.
    assertThat(a.sentences().get(1).quotes()).containsExactly(anonymous);
  }

  @Test
  void onlyADayWithItsYearOrdersTheArticle() {
    assertThat(SourceArticle.of(article(null), ANALYSIS, List.of(), Map.of()).published()).isNull();
    assertThat(SourceArticle.of(article(new Published("2020-02", "month", "header", false, "date 2020-02")), ANALYSIS, List.of(), Map.of()).published()).isNull();
    assertThat(SourceArticle.of(article(new Published("XXXX-12-24", "day", "text", true, "ce 24 décembre")), ANALYSIS, List.of(), Map.of()).published()).isNull();
  }

  @Test
  void renamingKeepsEverythingElse() {
    SourceArticle a = SourceArticle.of(article(null), ANALYSIS, List.of(), Map.of()).withId("T01_C1_01");
    assertThat(a.id()).isEqualTo("T01_C1_01");
    assertThat(a.sentences()).extracting(SourceSentence::article).containsOnly("T01_C1_01");
    assertThat(a.sentences().get(1).start()).isEqualTo(43);
  }
}
