package org.dossier.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.analyse.SharedFrenchAnalyzer;
import org.dossier.lang.Countries;
import org.dossier.lang.DataFile;
import org.dossier.lang.Organisations;
import org.dossier.lang.RoleNouns;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {

  private static final MentionExtractor MENTIONS = new MentionExtractor(Countries.load(List.of("fr")), Organisations.load(List.of("fr")),
      DataFile.words("fr", "honorifics.txt"), RoleNouns.load("fr"), DataFile.words("fr", "titled-people.txt"), DataFile.words("fr", "first-names.tsv"), MentionExtractor.Words.load("fr"));

  private static List<String> people(String text) {
    return MENTIONS.extract(SharedFrenchAnalyzer.get().analyse(text)).mentions().stream().filter(m -> m.type() == EntityType.PER).map(Mention::text).toList();
  }

  @Test
  void aCenturyInRomanNumeralsIsNoPerson() {
    assertThat(people("Le temple de Preah Vihear date du XIe siècle.")).doesNotContain("XIe");
  }

  @Test
  void aWordAndDeBeforeAGivenNameAndASurnameAreNotPartOfTheName() {
    assertThat(people("On mettait l'accent sur la venue mercredi place Beauvau de Nicolas Sarkozy pour l'anniversaire de Michèle Alliot-Marie."))
        .contains("Nicolas Sarkozy").noneMatch(n -> n.contains("Beauvau"));
    // A particle is part of the name: "de" then a surname, not a given name.
    assertThat(people("Jean de La Fontaine et Charles de Gaulle sont cités par Dominique de Villepin.")).contains("Jean de La Fontaine", "Charles de Gaulle", "Dominique de Villepin");
  }

  @Test
  void aTitleOfAddressMakesAPerson() {
    assertThat(people("L'avocat Jean-David Scemama a parlé. « Toutes les opérations avaient été autorisées », explique Me Scemama.")).contains("Me Scemama");
  }

  @Test
  void aNameWithAnAgeInAppositionIsAPerson() {
    assertThat(people("« Nous sommes venus avec des fleurs », a indiqué à l'AFP, Sonam, 32 ans.")).contains("Sonam");
    // Not a date's word: "Depuis, 20 ans ont passé".
    assertThat(people("Depuis, 20 ans ont passé sans qu'il revienne.")).isEmpty();
    // A place before a span of years: "Tchernobyl, 25 ans après".
    assertThat(people("Tchernobyl, 25 ans après : la zone reste interdite.")).doesNotContain("Tchernobyl");
  }

  @Test
  void aTitleOfAddressAParticleAndASurnameAreOnePerson() {
    // The model tags "M." alone and "Castries" as a place.
    assertThat(people("Le président d'Axa a parlé. « Le système est stable », a renchéri M. de Castries.")).contains("M. de Castries").doesNotContain("M.");
  }
}
