package org.dossier.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RoleNounsTest {

  private static final RoleNouns ROLES = RoleNouns.load("fr");

  @Test
  void longestFirstSoATwoWordRoleWinsInAnAlternation() {
    var m = Pattern.compile("(?i:" + ROLES.alternation() + ")").matcher("le Premier ministre britannique");
    assertThat(m.find()).isTrue();
    assertThat(m.group()).isEqualTo("Premier ministre");
  }

  @Test
  void foldedWordsAndOpenings() {
    assertThat(ROLES.isRole(NameKey.of("Garde des Sceaux"))).isTrue();
    assertThat(ROLES.isRole("trader")).isFalse();
    assertThat(ROLES.opensWith("président de la République")).isTrue();
    assertThat(ROLES.opensWith("Présidente élue")).isTrue();
    assertThat(ROLES.opensWith("présidentielle")).isFalse();
  }
}
