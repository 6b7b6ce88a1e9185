package org.dossier.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

  private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier(20, 0.1, 3000);

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Le porte-parole de la présidence turque a annoncé qu'un nouveau cessez-le-feu était en négociation. | fr",
        "The Turkish presidency said on Tuesday that talks with Russia had produced no satisfactory result. | en",
        "Die türkische Regierung erklärte am Dienstag, die Gespräche mit Russland seien ergebnislos geblieben. | de",
        "El portavoz de la presidencia turca anunció que se negociaba un nuevo alto el fuego en Idlib. | es",
        "OK | und",
        "'' | und",
      })
  void identifies(String text, String language) {
    assertThat(IDENTIFIER.identify(text)).isEqualTo(language);
  }
}
