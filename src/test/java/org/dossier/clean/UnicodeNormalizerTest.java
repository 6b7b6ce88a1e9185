package org.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnicodeNormalizerTest {

  @Test
  void windows1252ReadAsLatin1IsRestored() {
    // U+0092 and U+0093/U+0094 are the bytes of ’ “ ” decoded with the wrong table.
    assertThat(UnicodeNormalizer.normalize("l\u0092enfant a dit \u0093non\u0094")).isEqualTo("l'enfant a dit “non”");
  }

  @Test
  void undefinedC1ControlsGo() {
    assertThat(UnicodeNormalizer.normalize("a\u0081b")).isEqualTo("ab");
  }

  @Test
  void nonBreakingSpacesAndTypographicApostrophes() {
    assertThat(UnicodeNormalizer.normalize("d’Idleb\u00A0: «\u202Fnon\u202F»")).isEqualTo("d'Idleb : « non »");
  }
}
