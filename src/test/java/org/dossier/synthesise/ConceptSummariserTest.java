package org.dossier.synthesise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.config.Settings;
import org.dossier.extract.quotes.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dossier's summary of a small story written here: three articles on the fighting around Idlib. */
class ConceptSummariserTest {

  private static final String SOLDIERS = "Cinq soldats turcs ont été tués lundi par des tirs de l'armée syrienne près de Saraqeb, dans la province d'Idleb.";

  private static SourceArticle article(String id, LocalDate day, String... sentences) {
    List<SourceSentence> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < sentences.length; i++) {
      out.add(new SourceSentence(id, i, start, start + sentences[i].length(), sentences[i]));
      start += sentences[i].length() + 1;
    }
    return new SourceArticle(id, day, out);
  }

  private static final SourceArticle A = article("a", LocalDate.of(2020, 2, 6),
      "Les forces turques ont bombardé jeudi des positions du régime syrien dans la province d'Idleb, a annoncé Ankara.",
      SOLDIERS,
      "Ankara exige le retrait des troupes syriennes derrière les postes d'observation turcs avant la fin du mois.");
  private static final SourceArticle B = article("b", LocalDate.of(2020, 2, 7),
      "Lundi, des tirs de l'armée syrienne ont tué cinq soldats turcs près de Saraqeb, dans la province d'Idleb, selon Ankara.",
      "Le président Recep Tayyip Erdogan a menacé de frapper les forces du régime syrien partout en Syrie.",
      "Des milliers de civils fuient les combats vers la frontière turque dans le froid.");
  private static final SourceArticle C = article("c", LocalDate.of(2020, 2, 5),
      "Des milliers de civils fuient les combats de la province d'Idleb vers la frontière turque, selon l'ONU.",
      "La Russie a appelé Ankara et Damas au dialogue pour éviter une escalade dans la province d'Idleb.");
  private static final List<SourceArticle> STORY = List.of(A, B, C);

  private final ConceptSummariser summariser = new ConceptSummariser(Settings.defaults());
  private final ContentWords words = new ContentWords();
  private final FactMatcher matcher = new FactMatcher(Settings.defaults().decimal("summary.same-fact.min-overlap"), Settings.defaults().integer("summary.same-fact.min-shared"));

  @Test
  void staysWithinTheWordBudget() {
    for (int budget : new int[] {15, 25, 40, 60, 100}) {
      Summary s = summariser.summarise(STORY, budget);
      assertThat(s.words()).as("budget %d", budget).isLessThanOrEqualTo(budget);
    }
    assertThat(summariser.summarise(STORY, 40).sentences()).isNotEmpty();
  }

  @Test
  void theDefaultLengthComesFromTheSettings() {
    assertThat(summariser.summarise(STORY).words()).isLessThanOrEqualTo(Settings.defaults().integer("summary.words"));
  }

  @Test
  void aFactStatedByTwoArticlesIsSaidOnceAndCitesBoth() {
    Summary s = summariser.summarise(STORY, 100);
    List<SummarySentence> soldiers = s.sentences().stream().filter(x -> x.text().contains("soldats turcs")).toList();
    assertThat(soldiers).hasSize(1);
    assertThat(soldiers.get(0).sources()).containsExactlyInAnyOrder(new SentenceRef("a", 1), new SentenceRef("b", 0));
    List<SummarySentence> civilians = s.sentences().stream().filter(x -> x.text().contains("civils")).toList();
    assertThat(civilians).hasSize(1);
    assertThat(civilians.get(0).sources()).extracting(SentenceRef::article).containsExactlyInAnyOrder("b", "c");
  }

  @Test
  void noTwoSummarySentencesStateTheSameFact() {
    for (int budget : new int[] {40, 100, 200}) {
      List<SummarySentence> s = summariser.summarise(STORY, budget).sentences();
      for (int i = 0; i < s.size(); i++) {
        for (int j = i + 1; j < s.size(); j++) {
          assertThat(matcher.same(content(s.get(i).text()), content(s.get(j).text()))).as("%s / %s", s.get(i).text(), s.get(j).text()).isFalse();
        }
      }
    }
  }

  @Test
  void theSentenceItselfIsItsFirstSource() {
    for (SummarySentence s : summariser.summarise(STORY, 100).sentences()) {
      assertThat(s.sources().get(0)).isEqualTo(s.from());
      assertThat(s.sources()).extracting(SentenceRef::article).doesNotHaveDuplicates();
    }
  }

  @Test
  void readsInOrderOfPublicationThenPosition() {
    List<SummarySentence> s = summariser.summarise(STORY, 200).sentences();
    List<String> order = s.stream().map(x -> x.from().article() + x.from().sentence()).toList();
    List<String> expected = new ArrayList<>(order);
    expected.sort((x, y) -> {
      int dx = "cab".indexOf(x.charAt(0));
      int dy = "cab".indexOf(y.charAt(0));
      return dx != dy ? Integer.compare(dx, dy) : x.compareTo(y);
    });
    assertThat(order).hasSizeGreaterThan(1).isEqualTo(expected);
  }

  @Test
  void isDeterministic() {
    Summary first = summariser.summarise(STORY, 60);
    assertThat(summariser.summarise(STORY, 60)).isEqualTo(first);
    assertThat(new ConceptSummariser(Settings.defaults()).summarise(STORY, 60)).isEqualTo(first);
  }

  @Test
  void anUpdateLeavesOutWhatTheReaderHasSeen() {
    SourceArticle later = article("d", LocalDate.of(2020, 3, 6),
        "La Turquie et la Russie ont conclu jeudi à Moscou un cessez-le-feu dans la province d'Idleb.",
        "Des patrouilles conjointes turques et russes surveilleront l'autoroute M4 à partir du 15 mars.",
        "Cinq soldats turcs avaient été tués par des tirs de l'armée syrienne près de Saraqeb en février.");
    Summary update = summariser.update(List.of(later), STORY, 100);
    assertThat(update.sentences()).isNotEmpty();
    assertThat(update.sentences()).noneMatch(s -> s.text().contains("soldats turcs"));
    Summary plain = summariser.summarise(List.of(later), 100);
    assertThat(plain.sentences()).anyMatch(s -> s.text().contains("soldats turcs"));
  }

  @Test
  void attributedSentencesCanBePreferred(@TempDir Path dir) throws IOException {
    SourceArticle quoted = new SourceArticle("q", null, List.of(
        new SourceSentence("q", 0, 0, 10, "La Russie a appelé Ankara et Damas au dialogue dans la province d'Idleb.", List.of(quote("q", 0, 10, KALIN)), Optional.empty())));
    List<SourceArticle> story = List.of(A, B, C, quoted);
    Path overlay = dir.resolve("s.properties");
    Files.writeString(overlay, "summary.attributed-bonus = 100\n");
    Summary preferring = new ConceptSummariser(Settings.withOverlay(overlay)).summarise(story, 20);
    assertThat(preferring.sentences()).extracting(SummarySentence::from).contains(new SentenceRef("q", 0));
  }

  private static final Quote.Speaker KALIN = new Quote.Speaker("per-kalin", "Ibrahim Kalin");

  private static Quote quote(String article, int start, int end, Quote.Speaker speaker) {
    return new Quote("q-" + article + start, "Nous riposterons", speaker, "a-t-il ajouté", true, article, start, end, null);
  }

  private static final String SPEECH = "Le porte-parole de la présidence turque Ibrahim Kalin a longuement répondu mercredi aux questions des journalistes réunis à Ankara pour une conférence de presse.";

  /** One article: a long sentence naming the speaker, then one whose subject is {@code subject}, then a long one. */
  private static SourceArticle speech(String subject, List<Quote> quotes) {
    String second = subject + " a promis une riposte immédiate à toute attaque contre les soldats turcs.";
    String third = "Des milliers de civils continuent de fuir les combats vers la frontière turque malgré le froid et la neige.";
    int s2 = SPEECH.length() + 1;
    return new SourceArticle("k", LocalDate.of(2020, 2, 6), List.of(
        new SourceSentence("k", 0, 0, SPEECH.length(), SPEECH),
        new SourceSentence("k", 1, s2, s2 + second.length(), second, quotes, Optional.empty()),
        new SourceSentence("k", 2, s2 + second.length() + 1, s2 + second.length() + 1 + third.length(), third)));
  }

  @Test
  void aSentenceWhoseSubjectPointsBackIsNotTakenWithoutItsAntecedent() {
    // Only the second sentence fits in 14 words: named, it is the summary; as "Il", it cannot stand alone.
    assertThat(summariser.summarise(List.of(speech("Ibrahim Kalin", List.of())), 14).sentences()).extracting(SummarySentence::from).containsExactly(new SentenceRef("k", 1));
    assertThat(summariser.summarise(List.of(speech("Il", List.of())), 14).sentences()).isEmpty();
    // With room for both, it comes right after the sentence that names him.
    assertThat(summariser.summarise(List.of(speech("Il", List.of())), 41).sentences()).extracting(SummarySentence::from).containsExactly(new SentenceRef("k", 0), new SentenceRef("k", 1));
  }

  @Test
  void aSentenceWhoseSubjectPointsBackNeverOpensASummary() {
    Anaphora anaphora = new Anaphora("fr", Settings.defaults().integer("summary.anaphor.max-opening-words"));
    List<SourceArticle> story = List.of(A, B, C, speech("Il", List.of()));
    boolean sawOne = false;
    for (int budget = 10; budget <= 120; budget += 5) {
      List<SummarySentence> s = summariser.summarise(story, budget).sentences();
      for (int i = 0; i < s.size(); i++) {
        if (!anaphora.dangling(s.get(i).text())) continue;
        sawOne = true;
        assertThat(i).as("budget %d", budget).isPositive();
        SentenceRef from = s.get(i).from();
        assertThat(s.get(i - 1).from()).as("budget %d", budget).isEqualTo(new SentenceRef(from.article(), from.sentence() - 1));
      }
    }
    assertThat(sawOne).as("some budget takes the sentence with its antecedent").isTrue();
  }

  @Test
  void aRunOfSentencesThatPointBackIsTakenWholeFromAShortOneThatNames() {
    String[] texts = {
        "Ibrahim Kalin a parlé mercredi.",
        "Il a promis une riposte immédiate à toute attaque contre les soldats turcs.",
        "Il a aussi appelé la Russie à freiner le régime syrien dans la province d'Idleb."};
    List<SourceSentence> sentences = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) sentences.add(new SourceSentence("r", i, 100 * i, 100 * i + texts[i].length(), texts[i]));
    List<SourceArticle> story = List.of(new SourceArticle("r", null, sentences));
    // The first sentence is too short to be taken alone (summary.sentence.min-words), but names whom the others mean.
    assertThat(summariser.summarise(story, 16).sentences()).isEmpty();
    assertThat(summariser.summarise(story, 18).sentences()).extracting(x -> x.from().sentence()).containsExactly(0, 1);
    assertThat(summariser.summarise(story, 33).sentences()).extracting(x -> x.from().sentence()).containsExactly(0, 1, 2);
  }

  @Test
  void aPronounSentenceWhoseQuoteHasAKnownSpeakerReadsAloneAndCarriesIt() {
    Quote kalin = quote("k", SPEECH.length() + 1, SPEECH.length() + 20, KALIN);
    List<SummarySentence> s = summariser.summarise(List.of(speech("Il", List.of(kalin))), 14).sentences();
    assertThat(s).extracting(SummarySentence::from).containsExactly(new SentenceRef("k", 1));
    assertThat(s.get(0).quotes()).containsExactly(kalin);
    assertThat(s.get(0).quotes().get(0).speaker()).isEqualTo(KALIN);
    // A quote whose speaker is unknown does not make it readable.
    assertThat(summariser.summarise(List.of(speech("Il", List.of(quote("k", SPEECH.length() + 1, SPEECH.length() + 20, null)))), 14).sentences()).isEmpty();
  }

  @Test
  void summarySentencesCarryTheirDatesAndReadChronologically() {
    SourceArticle dated = new SourceArticle("d", LocalDate.of(2020, 2, 7), List.of(
        new SourceSentence("d", 0, 0, 10, "Le président russe Vladimir Poutine a appelé jeudi Recep Tayyip Erdogan à respecter les accords sur la province d'Idleb.", List.of(), Optional.of("2020-02-06")),
        new SourceSentence("d", 1, 11, 20, "Moscou et Ankara avaient conclu en 2018 à Sotchi un accord sur la province d'Idleb et les postes d'observation turcs.", List.of(), Optional.of("2018"))));
    List<SourceArticle> story = List.of(A, B, C, dated);
    boolean both = false;
    for (int budget : new int[] {40, 60, 100, 150, 300}) {
      List<SummarySentence> s = summariser.summarise(story, budget).sentences();
      List<String> dates = s.stream().flatMap(x -> x.date().stream()).toList();
      assertThat(dates).as("budget %d", budget).isSorted();
      for (SummarySentence x : s) {
        if (x.from().article().equals("d")) assertThat(x.date()).isEqualTo(dated.sentences().get(x.from().sentence()).date());
        else assertThat(x.date()).isEmpty();
      }
      both |= dates.size() == 2;
    }
    assertThat(both).as("some budget takes both dated sentences").isTrue();
  }

  private Set<String> content(String text) {
    return words.of(text).stream().collect(Collectors.toSet());
  }
}
