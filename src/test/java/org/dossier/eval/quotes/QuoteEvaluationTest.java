package org.dossier.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuoteEvaluationTest {

  @Test
  void oneSpeakerIsTheGoldNameOrEndsIt() {
    assertThat(QuoteEvaluation.sameSpeaker("Ibrahim Kalin", "M. Kalin")).isTrue();
    assertThat(QuoteEvaluation.sameSpeaker("Ibrahim Kalin", "Mevlüt Cavusoglu")).isFalse();
    assertThat(QuoteEvaluation.sameSpeaker("Ibrahim Kalin", "Kalin")).isTrue();
    assertThat(QuoteEvaluation.sameSpeaker("la présidence turque", "présidence turque")).isTrue();
  }

  @Test
  void severalSpeakersAreRightWhenEachIsBySomeSpellingOfItsEntity() {
    Map<String, List<String>> spellings = Map.of("USM", List.of("USM", "Union syndicale des magistrats"), "SM", List.of("SM", "Syndicat de la magistrature"));
    assertThat(QuoteEvaluation.sameMembers("Union syndicale des magistrats et Syndicat de la Magistrature", "USM et SM", spellings)).isTrue();
    assertThat(QuoteEvaluation.sameMembers("USM et SM", "SM et le USM", Map.of())).isTrue();
    // One missing, one too many, or one wrong is a wrong speaker.
    assertThat(QuoteEvaluation.sameMembers("Union syndicale des magistrats, Syndicat de la magistrature et FO-magistrats", "USM et SM", spellings)).isFalse();
    assertThat(QuoteEvaluation.sameMembers("USM", "USM et SM", spellings)).isFalse();
    assertThat(QuoteEvaluation.sameMembers("Vincent Lamanda et Jean-Louis Nadal", "Vincent Lamanda et Christophe Régnard", Map.of())).isFalse();
  }
}
