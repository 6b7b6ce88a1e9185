package org.dossier.synthesise;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which sentences lean on the one before them for whom they speak of. */
class AnaphoraTest {

  private final Anaphora anaphora = new Anaphora("fr", Settings.defaults().integer("summary.anaphor.max-opening-words"));

  @ParameterizedTest
  @ValueSource(strings = {
      "Il a ajouté que la Turquie ne reculerait pas.",
      "Elle a quitté Damas mardi.",
      "Ils ont été évacués vers la frontière.",
      "Ce dernier a démenti toute implication.",
      "Cette dernière n'a pas commenté.",
      "Ses déclarations interviennent au lendemain d'une nouvelle avancée des troupes du régime.",
      "Son porte-parole a confirmé l'information.",
      "Ces tirs n'ont pas été confirmés par Ankara.",
      "Mais il a refusé de répondre aux questions.",
      "Pour sa part, il a appelé au calme.",
      "Mardi, il a rencontré son homologue russe.",
      "Lors d'une conférence de presse à Ankara, elle a dénoncé une provocation.",
      "Selon lui, l'offensive durera des semaines.",
      "« Nous riposterons », a-t-il averti.",
      "La Russie n'est pas notre cible, affirme-t-elle.",
      "« Nous ne reculerons pas » a-t-il ajouté devant les députés.",
  })
  void aSubjectThatPointsBackDangles(String sentence) {
    assertThat(anaphora.dangling(sentence)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Le président turc Recep Tayyip Erdogan a menacé de frapper le régime syrien.",
      "Il y a eu plus de vingt morts lundi.",
      "Il faut que la Russie freine le régime, a déclaré M. Cavusoglu.",
      "Il s'agit de la plus grave escalade depuis 2018.",
      "Cette semaine, la Turquie a envoyé des renforts.",
      "Ces derniers jours, des milliers de civils ont fui les combats.",
      "De son côté, la Russie a appelé au dialogue.",
      "« Il faut stopper le régime », a déclaré M. Cavusoglu.",
      "Ankara, qui soutient les rebelles, a haussé le ton.",
      "Ilan Omar a critiqué la décision.",
      "Quant à Ségolène Royal, elle devait s'exprimer sur France Inter.",
      "Obama a pris conseil auprès de Robert Rubin (le second retrouvera-t-il son poste ?).",
      "Même si, paraît-il, la démarche est engagée en dehors des syndicats, la ministre a répondu.",
      "Vladimir Poutine et Recep Tayyip Erdogan se sont entretenus, a-t-on appris selon le Kremlin.",
  })
  void aSubjectThatNamesOrRefersToNothingDoesNot(String sentence) {
    assertThat(anaphora.dangling(sentence)).isFalse();
  }

  @Test
  void aLongOpeningPhraseIsNotPassedOver() {
    Anaphora strict = new Anaphora("fr", 1);
    assertThat(strict.dangling("Mardi, il a rencontré son homologue russe.")).isTrue();
    assertThat(strict.dangling("Lors d'une conférence de presse à Ankara, elle a dénoncé une provocation.")).isFalse();
  }
}
