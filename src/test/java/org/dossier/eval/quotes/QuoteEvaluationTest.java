package org.dossier.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dossier.extract.quotes.Quote;
import org.junit.jupiter.api.Test;

class QuoteEvaluationTest {

  @Test
  void aHeadlineIsTheFirstFieldOfItsLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path csv = dir.resolve("headlines.csv");
    java.nio.file.Files.writeString(csv, "Retraites. L'intersyndicale appelle à agir,2020-01-10,france\n"
        + "\"«Tout pour le Tour de France», clame Guillaume Martin\",2020-01-10,sports\n"
        + "\"Boutemani: \"\"On continue\"\", dit-il\",2020-01-10,sports\n");
    List<String> lines = java.nio.file.Files.readAllLines(csv);
    assertThat(QuoteEvaluation.firstField(csv, lines, 1)).isEqualTo("Retraites. L'intersyndicale appelle à agir");
    assertThat(QuoteEvaluation.firstField(csv, lines, 2)).isEqualTo("«Tout pour le Tour de France», clame Guillaume Martin");
    assertThat(QuoteEvaluation.firstField(csv, lines, 3)).isEqualTo("Boutemani: \"On continue\", dit-il");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuoteEvaluation.firstField(csv, lines, 9)).hasMessageContaining("no line 9");
  }

  @Test
  void oneSpeakerIsTheGoldNameOrEndsIt() {
    assertThat(QuoteEvaluation.sameSpeaker("Ibrahim Kalin", "M. Kalin")).isTrue();
    assertThat(QuoteEvaluation.sameSpeaker("Ibrahim Kalin", "Mevlüt Cavusoglu")).isFalse();
    assertThat(QuoteEvaluation.sameSpeaker("Ibrahim Kalin", "Kalin")).isTrue();
    assertThat(QuoteEvaluation.sameSpeaker("la présidence turque", "présidence turque")).isTrue();
  }

  @Test
  void severalSpeakersAreRightWhenEachIsBySomeSpellingOfItsEntity() {
    Map<String, List<String>> variants = Map.of("org-usm", List.of("USM", "Union syndicale des magistrats"), "org-sm", List.of("SM", "Syndicat de la magistrature"), "org-fo", List.of("FO-magistrats"));
    Quote.Speaker both = new Quote.Speaker(null, "USM et SM", List.of("org-usm", "org-sm"));
    assertThat(QuoteEvaluation.sameMembers("Union syndicale des magistrats et Syndicat de la Magistrature", both, variants)).isTrue();
    assertThat(QuoteEvaluation.sameMembers("Syndicat de la magistrature et USM", both, variants)).isTrue();
    // A speaker found without members is compared by the names it lists.
    assertThat(QuoteEvaluation.sameMembers("USM et SM", new Quote.Speaker(null, "SM et le USM"), Map.of())).isTrue();
    // One missing, one too many, or one wrong is a wrong speaker.
    assertThat(QuoteEvaluation.sameMembers("Union syndicale des magistrats, Syndicat de la magistrature et FO-magistrats", both, variants)).isFalse();
    assertThat(QuoteEvaluation.sameMembers("USM", both, variants)).isFalse();
    assertThat(QuoteEvaluation.sameMembers("USM et FO-magistrats", both, variants)).isFalse();
    assertThat(QuoteEvaluation.sameMembers("Vincent Lamanda et Jean-Louis Nadal", new Quote.Speaker(null, "Vincent Lamanda et Christophe Régnard"), Map.of())).isFalse();
  }
}
