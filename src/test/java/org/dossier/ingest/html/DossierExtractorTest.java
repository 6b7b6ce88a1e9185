package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DossierExtractorTest {

  private final DossierExtractor extractor = new DossierExtractor();
  private final String text = extractor.extract(Fixtures.html("article-with-furniture.html"), "https://example.test/a");

  @Test
  void keepsTheArticleParagraphsHeadingsAndListItemsInOrder() {
    assertThat(text)
        .containsSubsequence(
            "Les délégations se sont retrouvées jeudi matin",
            "Selon un diplomate présent sur place",
            "Un accord encore fragile",
            "Les observateurs restent prudents",
            "Un cessez-le-feu à partir de minuit",
            "Un couloir humanitaire ouvert");
  }

  @Test
  void oneParagraphPerBlockSeparatedByBlankLines() {
    assertThat(text.split("\n\n"))
        .contains("Un accord encore fragile")
        .anySatisfy(p -> assertThat(p).startsWith("Un cessez-le-feu à partir de minuit"));
    assertThat(text).doesNotContain("\n\n\n").doesNotContain("  ");
  }

  @Test
  void leavesOutEveryPieceOfPageFurniture() {
    assertThat(text)
        .doesNotContain("cookies")
        .doesNotContain("Accueil")
        .doesNotContain("Partager")
        .doesNotContain("Photo : Agence Test")
        .doesNotContain("Les deux présidents")
        .doesNotContain("Lire aussi")
        .doesNotContain("Un autre article sans rapport")
        .doesNotContain("commentaire")
        .doesNotContain("Les plus lus")
        .doesNotContain("Tous droits réservés")
        .doesNotContain("Jeanne Martin")
        .doesNotContain("tracking");
  }

  @Test
  void joinsABodySplitIntoBlocksAndPutsBackTheLeadParagraph() {
    String out = extractor.extract(Fixtures.html("article-split-body-with-lead.html"), null);
    assertThat(out)
        .containsSubsequence(
            "Les deux présidents se sont entendus sur un arrêt des combats",
            "Après six heures de discussions",
            "Le texte prévoit un corridor de sécurité",
            "Plusieurs diplomates rappellent toutefois")
        .doesNotContain("cookies")
        .doesNotContain("Publié le")
        .doesNotContain("Agence Test")
        .doesNotContain("Les deux présidents à Sotchi")
        .doesNotContain("Lire aussi")
        .doesNotContain("Le récit des trois semaines")
        .doesNotContain("Partager")
        .doesNotContain("Suivez-nous")
        .doesNotContain("Sur le même sujet")
        .doesNotContain("article lié");
  }

  @Test
  void fallsBackToScoringWhenNoKnownContainerNamesTheArticle() {
    String html =
        "<html><body><div class='menu'><a href='/'>Home</a> <a href='/x'>News</a></div>"
            + "<div class='zone'><div class='inner'>"
            + "<p>First paragraph of a page without any article markup, long enough to count, with commas, words, and more.</p>"
            + "<p>Second paragraph of that page, also long enough to be read as text rather than as a label or a link.</p>"
            + "<p>Third paragraph closes the story, with a last sentence that is neither navigation nor a caption.</p>"
            + "</div></div><div class='links'><a href='/1'>One link</a> <a href='/2'>Another link</a></div></body></html>";
    String out = extractor.extract(html, null);
    assertThat(out).contains("First paragraph").contains("Third paragraph").doesNotContain("Home").doesNotContain("One link");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "Il vous reste 72 % de cet article à lire. La suite est réservée aux abonnés.",
        "Offrir cet article",
        "Temps de lecture : 3 min",
        "À lire aussi : Le gouvernement présente son plan",
        "Crédits photos : Agence Test",
        "Publié le 12 mars 2020 à 10h05",
        "Suivez-nous sur Facebook et Twitter",
        "Read more: another story",
        "Advertisement",
      })
  void frenchAndEnglishFurnitureLinesAreDropped(String line) {
    String paragraph =
        "Un paragraphe d'article assez long pour être retenu comme texte, avec des virgules et une fin. ";
    String html =
        "<html><body><article><p>" + paragraph.repeat(4) + "</p><p>" + line + "</p><p>" + paragraph.repeat(2)
            + "</p></article></body></html>";
    assertThat(extractor.extract(html, null)).doesNotContain(line.substring(0, 12));
  }

  @Test
  void emptyOrTextlessPagesGiveAnEmptyStringNeverNull() {
    assertThat(extractor.extract("", null)).isEmpty();
    assertThat(extractor.extract(null, null)).isEmpty();
    assertThat(extractor.extract("<html><head><title>t</title></head><body></body></html>", null)).isEmpty();
  }
}
