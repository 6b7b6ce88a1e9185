package org.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReflowTest {

  private final Reflow reflow = new Reflow(110, 0.5, 4);

  @Test
  void wrappedLinesWithABlankAfterEachAreJoinedIntoParagraphs() {
    String text =
        """
        Le ministre a exhorté jeudi la Russie à faire stopper les attaques du

        régime dans la province d'Idleb « le plus rapidement possible ».

        "Nous nous attendons à ce que la Russie freine le régime le plus

        rapidement possible", a déclaré le ministre lors d'une conférence de presse

        retransmise depuis Bakou.

        Ces tirs n'ont pas été confirmés par Ankara, qui observe la situation de

        près.""";
    assertThat(reflow.paragraphs(text, true))
        .containsExactly(
            "Le ministre a exhorté jeudi la Russie à faire stopper les attaques du régime dans la province d'Idleb « le plus rapidement possible ».",
            "\"Nous nous attendons à ce que la Russie freine le régime le plus rapidement possible\", a déclaré le ministre lors d'une conférence de presse retransmise depuis Bakou.",
            "Ces tirs n'ont pas été confirmés par Ankara, qui observe la situation de près.");
  }

  @Test
  void aSentenceEndingAtFullWidthDoesNotEndTheParagraph() {
    // Line 2 ends a sentence, but "Ankara" would not have fitted after it: the wrap, not the
    // writer, broke the line. Line 4 ends a sentence with room to spare: a paragraph ends.
    String text =
        """
        Les forces du régime syrien ont avancé mercredi dans la ville clé de
        Saraqeb, au coeur de la province rebelle d'Idleb, selon l'ONG OSDH.
        Ankara n'a pas confirmé ces tirs, qui visaient selon l'ONG les troupes
        du régime.
        La situation reste tendue dans toute la province d'Idleb, où les
        combats ont repris lundi entre forces turques et forces du régime.""";
    assertThat(reflow.paragraphs(text, true))
        .containsExactly(
            "Les forces du régime syrien ont avancé mercredi dans la ville clé de Saraqeb, au coeur de la province rebelle d'Idleb, selon l'ONG OSDH."
                + " Ankara n'a pas confirmé ces tirs, qui visaient selon l'ONG les troupes du régime.",
            "La situation reste tendue dans toute la province d'Idleb, où les combats ont repris lundi entre forces turques et forces du régime.");
  }

  @Test
  void blankLinesAreBreaksWhenTheyAreNotAfterEveryLine() {
    String text =
        """
        Première ligne d'un paragraphe qui continue sur la ligne
        suivante sans point final ici et qui se poursuit
        encore un peu

        Second paragraphe qui commence après une ligne vide et qui
        continue aussi sur une autre ligne""";
    assertThat(reflow.paragraphs(text, true)).hasSize(2);
  }

  @Test
  void longLinesAreParagraphsAsTheyAre() {
    String text =
        "Une délégation russe a quitté la capitale turque Ankara sans parvenir à un accord sur la situation tendue dans la province syrienne d'Idlib.\n"
            + "Les négociations ont commencé samedi et se sont achevées lundi sans accord, selon les diplomates présents à Ankara.\n";
    assertThat(reflow.paragraphs(text, true)).hasSize(2);
  }

  @Test
  void markupFormatsAreNeverReflowed() {
    String text = "une ligne\ncourte\nsans\npoint";
    assertThat(reflow.paragraphs(text, false)).isEqualTo(List.of("une ligne", "courte", "sans", "point"));
  }

  @Test
  void hyphenAtLineEndIsKeptWithoutSpace() {
    String text =
        """
        Les troupes ont pénétré dans le nord-
        ouest de la Syrie où elles ont pris la ville
        clé de Saraqeb dans la province d'Idleb après
        des combats qui ont duré toute la nuit.""";
    assertThat(reflow.paragraphs(text, true)).singleElement().asString().contains("nord-ouest");
  }

  @Test
  void aLineBrokenMidSentenceInUnwrappedTextIsJoinedToItsLowerCaseRest() {
    String text = "L'Elysée a réuni ce matin les principaux banquiers et assureurs français pour faire le point sur les conséquences de la crise financière qui secoue les marchés.\n"
        + "Georges Pauget, directeur général de Crédit Agricole SA - la structure cotée de la banque verte - et de la Fédération bancaire\n"
        + "française (FBF), a estimé devant des journalistes que \"l'ensemble du dispositif français est solide\".\n"
        + "De son côté, Henri de Castries, président du groupe d'assurances AXA, a estimé que \"le système financier français est un système financier stable\".\n"
        + "Titre sans point\n"
        + "Une phrase qui commence en capitale reste un paragraphe.";
    assertThat(reflow.paragraphs(text, true)).containsExactly(
        "L'Elysée a réuni ce matin les principaux banquiers et assureurs français pour faire le point sur les conséquences de la crise financière qui secoue les marchés.",
        "Georges Pauget, directeur général de Crédit Agricole SA - la structure cotée de la banque verte - et de la Fédération bancaire française (FBF), a estimé devant des journalistes que \"l'ensemble du dispositif français est solide\".",
        "De son côté, Henri de Castries, président du groupe d'assurances AXA, a estimé que \"le système financier français est un système financier stable\".",
        "Titre sans point",
        "Une phrase qui commence en capitale reste un paragraphe.");
  }
}
