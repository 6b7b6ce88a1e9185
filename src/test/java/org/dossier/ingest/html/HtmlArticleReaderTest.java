package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

  private final HtmlArticleReader reader = new HtmlArticleReader();

  @Test
  void openGraphWinsOverJsonLdAndTheSiteSuffixGoes() {
    HtmlArticle a = reader.read(Fixtures.html("metadata-og-and-jsonld.html"), "https://journal.example/given");
    assertThat(a.title()).isEqualTo("Titre Open Graph");
    assertThat(a.siteName()).isEqualTo("Le Journal Exemple");
    assertThat(a.published()).isEqualTo("2020-02-05T18:30:00+01:00");
    assertThat(a.url()).isEqualTo("https://journal.example/articles/titre-canonique");
    assertThat(a.author()).isEqualTo("Anne Auteur, Bruno Auteur");
    assertThat(a.language()).isEqualTo("fr-FR");
    assertThat(a.text()).endsWith("Un paragraphe.");
  }

  @Test
  void aBrokenJsonLdBlockDoesNotHideTheNextOne() {
    HtmlArticle a = reader.read(Fixtures.html("metadata-jsonld-only.html"), "https://blog.example/p");
    assertThat(a.title()).isEqualTo("Headline from JSON-LD");
    assertThat(a.published()).isEqualTo("2019-11-23T08:05:00");
    assertThat(a.author()).isEqualTo("Chris Writer");
    assertThat(a.siteName()).isEqualTo("The Example Blog");
    assertThat(a.url()).isEqualTo("https://blog.example/p");
    assertThat(a.language()).isEqualTo("en");
  }

  @Test
  void titleTagWithItsSuffixRemovedWhenNothingElseTells() {
    HtmlArticle a = reader.read(Fixtures.html("metadata-title-only.html"), null);
    assertThat(a.title()).isEqualTo("Inondations dans le Sud : les communes touchées");
    assertThat(a.published()).isEqualTo("2020-03-10T09:00:00Z");
    assertThat(a.siteName()).isNull();
    assertThat(a.author()).isNull();
    assertThat(a.url()).isNull();
    assertThat(a.language()).isNull();
  }

  @Test
  void firstHeadingWhenTheTitleTagAgreesWithIt() {
    HtmlArticle a =
        reader.read("<title>Grève : les trains à l'arrêt - Journal</title><h1> Grève :  les trains à l'arrêt </h1>", null);
    assertThat(a.title()).isEqualTo("Grève : les trains à l'arrêt");
  }

  @Test
  void titleTagWhenTheFirstHeadingIsALogoOrSectionName() {
    HtmlArticle a = reader.read("<title>Un vrai titre d'article - Site</title><h1>Santé</h1><p>x</p>", null);
    assertThat(a.title()).isEqualTo("Un vrai titre d'article");
  }

  @Test
  void jsonLdInACdataWrapperIsRead() {
    HtmlArticle a =
        reader.read(
            "<script type='application/ld+json'>//<![CDATA[\n{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-06-25\"}\n//]]></script>",
            null);
    assertThat(a.published()).isEqualTo("2024-06-25");
  }

  @Test
  void timeElementInsideTheArticleAsLastResortForTheDate() {
    HtmlArticle a =
        reader.read("<article><time datetime='2021-06-01T12:00:00Z'>1 June</time><p>x</p></article>", null);
    assertThat(a.published()).isEqualTo("2021-06-01T12:00:00Z");
  }

  @Test
  void openGraphSuffixGoesWhenTheTitleTagEndsTheSameWay() {
    HtmlArticle a =
        reader.read(
            "<title>Autre titre - Le Petit Test</title><meta property='og:title' content='Le vrai titre - Le Petit Test'>",
            null);
    assertThat(a.title()).isEqualTo("Le vrai titre");
  }

  @Test
  void visibleBylineAsLastResortForTheAuthor() {
    HtmlArticle a = reader.read(Fixtures.html("article-with-furniture.html"), null);
    assertThat(a.author()).isEqualTo("Jeanne Martin");
    HtmlArticle b = reader.read("<div class='article-byline'>Par  Jeanne Martin</div><p>x</p>", null);
    assertThat(b.author()).isEqualTo("Jeanne Martin");
  }

  @Test
  void siteSuffixKeptWhenItIsNotTheSiteName() {
    assertThat(HtmlArticleReader.withoutSiteSuffix("Paris - Berlin", "Le Monde", false)).isEqualTo("Paris - Berlin");
    assertThat(HtmlArticleReader.withoutSiteSuffix("Paris - Berlin | Le Monde", "Le Monde", false)).isEqualTo("Paris - Berlin");
  }
}
