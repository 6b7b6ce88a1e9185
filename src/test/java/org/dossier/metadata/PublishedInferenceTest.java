package org.dossier.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.clean.CleanText;
import org.dossier.clean.Cleaner;
import org.dossier.config.Settings;
import org.dossier.ingest.Hints;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, item 3: a publication date read from the prose only on strong evidence, a date the text
 * ties to its own day, marked inferred with that evidence; otherwise none.
 */
class PublishedInferenceTest {

  private static final Cleaner CLEANER = new Cleaner(Settings.defaults());
  private static final MetadataExtractor METADATA = new MetadataExtractor();

  private static Published published(String text) {
    CleanText clean = CLEANER.clean(text, false, null, "fr");
    return METADATA.extract(Hints.NONE, clean, "fr").published();
  }

  @Test
  void aDateTiedToTheDayOfWritingIsInferredWithItsEvidence() {
    Published p = published("Le porte-parole turc s'est exprimé lors d'une conférence de presse à Ankara, ce 24 décembre. Les combats continuent à Idleb.");
    assertThat(p.date()).isEqualTo("XXXX-12-24");
    assertThat(p.precision()).isEqualTo("day");
    assertThat(p.inferred()).isTrue();
    assertThat(p.method()).isEqualTo("text");
    assertThat(p.evidence()).isEqualTo("ce 24 décembre");
  }

  @Test
  void todayWithItsDateIsStrongEvidence() {
    Published p = published("Aujourd'hui, mardi 18 février 2020, les négociations reprennent à Moscou entre délégations turque et russe.");
    assertThat(p.date()).isEqualTo("2020-02-18");
    assertThat(p.inferred()).isTrue();
  }

  @Test
  void anyOtherDateInTheStoryIsNoPublicationDate() {
    assertThat(published("Une délégation turque s'est rendue à Moscou le 23 décembre pour discuter de la situation en Syrie.")).isNull();
    assertThat(published("Un accord avait été conclu en septembre 2018 entre Moscou et Ankara sur la province d'Idleb.")).isNull();
    assertThat(published("Les négociations se sont achevées mardi sans accord, a annoncé la présidence turque.")).isNull();
    // "ce" after a preposition points back at a day the story told: "of that 2 July".
    assertThat(published("Les otages ont été libérés par l'armée. De ce 2 juillet, seules trois minutes avaient été rendues publiques.")).isNull();
  }
}
