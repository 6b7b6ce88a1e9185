package org.dossier.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameListTest {

  @Test
  void namesAreListedAsTheLanguageWritesThem() {
    NameList fr = NameList.of("fr");
    assertThat(fr.join(List.of("USM"))).isEqualTo("USM");
    assertThat(fr.join(List.of("USM", "SM"))).isEqualTo("USM et SM");
    assertThat(fr.join(List.of("Nonce Paolini", "Nicolas de Tavernost", "Bertrand Méheut"))).isEqualTo("Nonce Paolini, Nicolas de Tavernost et Bertrand Méheut");
    assertThat(NameList.of("en").join(List.of("Putin", "Erdogan"))).isEqualTo("Putin and Erdogan");
  }
}
