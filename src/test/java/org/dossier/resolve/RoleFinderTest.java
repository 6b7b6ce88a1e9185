package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.extract.entities.Genders;
import org.dossier.lang.RoleNouns;
import org.junit.jupiter.api.Test;

class RoleFinderTest {

  private static final RoleFinder ROLES = new RoleFinder(RoleNouns.load("fr"), new Genders("fr"), org.dossier.lang.RelativePronouns.load("fr"), org.dossier.config.Settings.defaults());

  private static String roleBefore(String text, String name) {
    return ROLES.roleBefore(text, text.indexOf(name), name).orElse(null);
  }

  @Test
  void aTitleBeforeTheNameIsItsRole() {
    assertThat(roleBefore("Selon la ministre de l'Economie Christine Lagarde, tout va bien.", "Christine Lagarde")).isEqualTo("ministre de l'Economie");
  }

  @Test
  void aRoleTheNameCompletesIsSomeoneElses() {
    assertThat(roleBefore("Selon l'avocate de Kerviel le dossier est vide.", "Kerviel")).isNull();
    assertThat(roleBefore("Pour l'avocate de Kerviel, Caroline Wassermann, l'affaire est grave.", "Caroline Wassermann")).isEqualTo("avocate de Kerviel");
  }

  @Test
  void anAppositionsRoleMayOpenWithAnAdjective() {
    String text = "« Le bilan est négatif », pointe Christophe Régnard, le nouveau président de l'Union syndicale des magistrats (USM), qui appelait à manifester.";
    assertThat(ROLES.roleAfter(text, text.indexOf("Régnard") + "Régnard".length())).contains("président de l'Union syndicale des magistrats");
  }

  @Test
  void anAdjectiveThatMakesAnotherRoleStaysInIt() {
    String text = "« Il y a un résultat », a déclaré Daniel Vaillant, l'ancien ministre de l'Intérieur, à son arrivée.";
    assertThat(ROLES.roleAfter(text, text.indexOf("Vaillant") + "Vaillant".length())).contains("ancien ministre de l'Intérieur");
  }
}
