package org.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateRulesTest {

  private static final BoilerplateRules FR = BoilerplateRules.load(List.of("fr"), 3);
  private static final BoilerplateRules EN = BoilerplateRules.load(List.of("en"), 3);

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Publié | label",
        "Mis à jour le 12.02.2020 à 14h05 | date-label",
        "Suivez RT en français surTelegram | share",
        "Retrouvez toute l'actualité sur Facebook | share",
        "Partager sur Twitter | share",
        "Abonnez-vous à notre newsletter quotidienne | share",
        "Lire aussi : Trois militaires russes blessés dans une explosion | read-also",
        "À lire aussi Le sommet de l'OTAN s'ouvre à Londres | read-also",
        "Poignée de mains à Moscou, le 22 octobre 2019, entre Recep Tayyip Erdogan et Vladimir Poutine. [Keystone] | caption",
        "Le président russe lors d'un sommet à Istanbul, le 27 octobre 2018. (image d'illustration) | caption",
        "Syrie : la Turquie négocie© KAYHAN OZER / POOL Source: AFP | photo-credit",
        "- Avec AFP | credit",
        "Avec AFP et Reuters | credit",
        "(avec AP) | credit",
        "Photo : Keystone/Alessandro della Valle | photo-credit",
        "Poutine et Erdogan veulent sauvegarder leurs accords / Le Journal horaire / 42 sec. / le 12 février 2020 | video",
        "agences/vkiss | byline",
        "ats/afp/jpr | byline",
        "OK | ui",
        "Tout AccepterTout refuserParamétrer vos choix | ui",
        "RT en français utilise des cookies pour exploiter et améliorer ses services. | consent",
        "Pour en savoir plus sur vos droits et nos pratiques en matière de cookies, consultez notre «Politique de Confidentialité» | consent",
      })
  void frenchFurnitureIsRemovedByItsRule(String paragraph, String rule) {
    assertThat(FR.paragraphRule(paragraph)).contains(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "La CNIL a infligé une amende à Google pour avoir déposé des cookies sans consentement.",
        "Meta a modifié sa politique de confidentialité, a annoncé le groupe mardi.",
        "Il a partagé sa vision de la crise lors d'une conférence de presse à Ankara.",
        "Suivez le regard du président : il fixe Moscou depuis des semaines.",
        "À lire les déclarations du Kremlin, la Turquie porte seule la responsabilité de l'escalade.",
        "Le régime [syrien] doit cesser ses attaques, a dit M. Kalin.",
        "L'accord, dominé par Hayat Tahrir al-Cham [HTS, ex-branche d'Al-Qaïda], vacille toutefois depuis plusieurs mois.",
        "Les agences de presse ont rapporté des combats violents lundi.",
        "Menaces turques et accusations russes",
        "Publié en 2019, le rapport de l'ONU faisait état de 380.000 morts.",
      })
  void frenchProseIsKept(String paragraph) {
    assertThat(FR.paragraphRule(paragraph)).isEmpty();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Follow RT on Telegram | share",
        "Read more: Three Russian soldiers injured in blast | read-also",
        "This site uses cookies. By clicking Accept all you consent to our use of cookies. | consent",
        "Accept allReject all | ui",
      })
  void englishFurnitureIsRemovedByItsRule(String paragraph, String rule) {
    assertThat(EN.paragraphRule(paragraph)).contains(rule);
  }

  @org.junit.jupiter.api.Test
  void headerPrefixIsCutFromTheFirstParagraphOnly() {
    assertThat(FR.prefix("date 2020-02 Istanbul, 6 fév 2020 (AFP) - Le chef"))
        .contains(new Removal("date 2020-02 ", "header"));
    assertThat(FR.prefix("Le chef de la diplomatie turque")).isEmpty();
  }
}
