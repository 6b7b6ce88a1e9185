package org.dossier.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GendersTest {

  private static final Genders GENDERS = new Genders("fr");

  @Test
  void aDescriptionsGenderFromItsDeterminerOrTheWordsAfterAnElision() {
    assertThat(GENDERS.description("la ministre de la Justice")).contains(Genders.Gender.FEMININE);
    assertThat(GENDERS.description("l'ancien trader")).contains(Genders.Gender.MASCULINE);
    assertThat(GENDERS.description("l'ex-candidate à la présidentielle")).contains(Genders.Gender.FEMININE);
  }

  @Test
  void afterAnElisionTheNounsEnding() {
    assertThat(GENDERS.description("l'ex-sélectionneur du XV de France")).contains(Genders.Gender.MASCULINE);
    assertThat(GENDERS.description("l'animatrice de l'émission")).contains(Genders.Gender.FEMININE);
    // An ending says nothing where no determiner elides: "le" or "la" decides, or nothing does.
    assertThat(GENDERS.description("sélectionneur du XV de France")).isEmpty();
  }

  @Test
  void notFromAComplementOrAName() {
    assertThat(GENDERS.description("Ligue des droits de l'Homme")).isEmpty();
    assertThat(GENDERS.description("l'Elysée")).isEmpty();
  }

  @Test
  void aGivenNameWhereTheListHasOne() {
    assertThat(GENDERS.givenName("Rachida Dati")).contains(Genders.Gender.FEMININE);
    assertThat(GENDERS.givenName("Dati")).isEmpty();
  }
}
