package org.dossier.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Acronym definitions (Schwartz & Hearst), without any model. */
class AcronymFinderTest {

  private static List<String> definitions(String text) {
    return AcronymFinder.find(text).stream().map(a -> a.shortForm().text() + " = " + a.longForm().text()).toList();
  }

  @Test
  void capitalsTakeTheirLettersFromTheLongForm() {
    assertThat(definitions("Selon l'Observatoire syrien des droits de l'Homme (OSDH), les combats ont repris."))
        .containsExactly("OSDH = Observatoire syrien des droits de l'Homme");
  }

  @Test
  void anAcronymWrittenAsAWordTakesItsLettersFromWordInitials() {
    assertThat(definitions("Jean Bosvieux, de l'Agence nationale d'information sur le logement (Anil), est prudent."))
        .containsExactly("Anil = Agence nationale d'information sur le logement");
    assertThat(definitions("Serge Maître, de l'Association française des usagers des banques (Afub), le dit."))
        .containsExactly("Afub = Association française des usagers des banques");
  }

  @Test
  void shortLowerCaseWordsDoNotCountTowardsTheLongFormsLength() {
    assertThat(definitions("L'Union nationale des associations de parents et amis de personnes handicapées mentales (UNAPEI) a dénoncé hier le scandale."))
        .containsExactly("UNAPEI = Union nationale des associations de parents et amis de personnes handicapées mentales");
  }

  @Test
  void aPlaceInBracketsIsNoAcronym() {
    assertThat(definitions("Un homme a été arrêté samedi dans un appartement de la rue Saint-Denis (Paris).")).isEmpty();
  }

  @Test
  void anAcronymMaySpellItselfOutAfterwards() {
    assertThat(definitions("A l'Afub (Association française des usagers des banques), on sent pointer les préoccupations."))
        .containsExactly("Afub = Association française des usagers des banques");
    assertThat(definitions("Le Hamas (Mouvement de la résistance islamique) a réagi.")).isEmpty();
    assertThat(definitions("Il vit à Lyon (Rhône) depuis dix ans.")).isEmpty();
    assertThat(definitions("Le groupe Abba ('Dancing Queen', 1976) et le Nato (-12 %) ont fait date.")).isEmpty();
  }
}
