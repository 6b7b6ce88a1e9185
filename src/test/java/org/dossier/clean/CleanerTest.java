package org.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.config.Settings;
import org.junit.jupiter.api.Test;

class CleanerTest {

  private final Cleaner cleaner = new Cleaner(Settings.defaults());

  @Test
  void wireDatelineOnItsOwnLineUnderTheTitle() {
    String text =
        """
        La Chine multiplie les accusations contre le dalaï-lama
        PÉKIN (Reuters) -
        La Chine a renouvelé mardi ses accusations contre le dalaï-lama et des groupes tibétains, selon l'agence officielle.
        Un porte-parole du ministère a annoncé la saisie d'armes et de munitions dans plusieurs monastères de la région.
        (avec AP)
        """;
    CleanText clean = cleaner.clean(text, true, null, "fr");
    assertThat(clean.title()).isEqualTo("La Chine multiplie les accusations contre le dalaï-lama");
    assertThat(clean.dateline()).isEqualTo(new Dateline("PÉKIN (Reuters) -", "PÉKIN", null, "Reuters"));
    assertThat(clean.paragraphs()).hasSize(2).first().asString().startsWith("La Chine a renouvelé mardi");
    assertThat(clean.removed()).extracting(Removal::rule).containsExactlyInAnyOrder("title", "dateline", "credit");
  }

  @Test
  void datelineWithAQualifiedPlaceAndADateWithoutYear() {
    String text = "VILLACOUBLAY, Yvelines, 3 juillet (Reuters) - Ingrid Betancourt a salué le rôle de la France dans sa libération.";
    CleanText clean = cleaner.clean(text, true, null, "fr");
    assertThat(clean.dateline().place()).isEqualTo("VILLACOUBLAY, Yvelines");
    assertThat(clean.dateline().date()).isEqualTo("3 juillet");
    assertThat(clean.paragraphs()).containsExactly("Ingrid Betancourt a salué le rôle de la France dans sa libération.");
  }

  @Test
  void aFirstSentenceIsNotADateline() {
    String text = "Paris a salué mardi (AFP) - selon un communiqué - la libération des otages, a indiqué le Quai d'Orsay dans la soirée.";
    // "Paris a salué mardi" is not a place: the agency must directly follow the place or the date.
    CleanText clean = cleaner.clean(text, true, null, "fr");
    assertThat(clean.dateline()).isNull();
  }

  @Test
  void containerTitleRepeatedAtTheHeadOfTheTextIsRemovedOnce() {
    String text = "Russie et Turquie veulent sauver leurs accords\n\nLes présidents russe et turc ont parlé mercredi au téléphone, selon le Kremlin.";
    CleanText clean = cleaner.clean(text, false, "Russie et Turquie veulent sauver leurs accords", "fr");
    assertThat(clean.title()).isEqualTo("Russie et Turquie veulent sauver leurs accords");
    assertThat(clean.paragraphs()).containsExactly("Les présidents russe et turc ont parlé mercredi au téléphone, selon le Kremlin.");
  }

  @Test
  void aLongFirstSentenceIsNotATitle() {
    String text =
        "Une délégation russe a quitté la capitale turque Ankara sans parvenir à un accord sur la situation tendue dans la province syrienne d'Idlib.\n"
            + "Les négociations ont commencé samedi et se sont achevées lundi sans accord.";
    assertThat(cleaner.clean(text, true, null, "fr").title()).isNull();
  }

  @Test
  void everythingRemovedLeavesNoParagraph() {
    CleanText clean = cleaner.clean("Publié\n\nSuivez RT en français sur Telegram\n\nOK", true, null, "fr");
    assertThat(clean.paragraphs()).isEmpty();
    assertThat(clean.removed()).hasSize(3);
  }
}
