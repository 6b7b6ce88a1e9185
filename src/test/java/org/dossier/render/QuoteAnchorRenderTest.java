package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.brief.Article;
import org.dossier.brief.Brief;
import org.dossier.extract.quotes.Quote;
import org.junit.jupiter.api.Test;

/** A quote's link in the HTML brief lands on its own words, marked in the article's text. */
class QuoteAnchorRenderTest {

  private static final String ID = "0123456789abcdef";
  private static final Quote.Speaker KALIN = new Quote.Speaker("per-1", "Ibrahim Kalin");
  private static final String TEXT = "M. Kalin a dit que la Turquie riposterait \"avec <la> plus grande fermeté\".\n\n"
      + "« Nous suivons de près le processus.\n\n« Ces bombardements doivent cesser », a-t-il ajouté.";

  private static Quote quote(String id, String words, boolean direct) {
    int start = TEXT.indexOf(words);
    return new Quote(id, words, KALIN, "a dit", direct, ID, start, start + words.length(), null);
  }

  private static String render(Quote... quotes) {
    Article a = new Article(ID, "a.txt", "text", null, "fr", null, null, List.of(), List.of(), null, null, TEXT, List.of());
    return HtmlRenderer.render(new Brief(Brief.VERSION, "test", List.of(), List.of(), List.of(), List.of(a), List.of(), List.of(), List.of(quotes), List.of()));
  }

  private static String articleText(String html) {
    String article = html.substring(html.indexOf("<article"), html.indexOf("</article>"));
    return article.substring(article.indexOf("</table>\n") + "</table>\n".length());
  }

  @Test
  void aReportAndTheFragmentInsideItAreMarkedOneInTheOtherAndLinked() {
    Quote report = quote("q-report", "la Turquie riposterait \"avec <la> plus grande fermeté\"", false);
    Quote fragment = quote("q-fragment", "avec <la> plus grande fermeté", true);
    String html = render(report, fragment);
    assertThat(articleText(html)).contains("<mark class=\"quoted\" id=\"q-report\">la Turquie riposterait &quot;<mark class=\"quoted\" id=\"q-fragment\">avec &lt;la&gt; plus grande fermeté</mark>&quot;</mark>.</p>");
    assertThat(html).contains("<a class=\"chip\" href=\"#q-report\">1</a>").contains("<a class=\"chip\" href=\"#q-fragment\">1</a>");
  }

  @Test
  void aQuoteOverAParagraphBreakIsMarkedInBothParagraphsWithOneAnchor() {
    Quote longQuote = quote("q-long", "Nous suivons de près le processus.\n\n« Ces bombardements doivent cesser", true);
    String text = articleText(render(longQuote));
    assertThat(text).contains("<p>« <mark class=\"quoted\" id=\"q-long\">Nous suivons de près le processus.</mark></p>")
        .contains("<p><mark class=\"quoted\">« Ces bombardements doivent cesser</mark> », a-t-il ajouté.</p>");
  }

  @Test
  void overlappingQuotesKeepTheFirstMarkedAndTheOtherLinksToTheArticle() {
    Quote first = quote("q-first", "la Turquie riposterait", false);
    Quote across = quote("q-across", "riposterait \"avec", false);
    String html = render(first, across);
    assertThat(articleText(html)).contains("id=\"q-first\"").doesNotContain("q-across");
    assertThat(html).contains("<a class=\"chip\" href=\"#a1\">1</a>");
  }

  @Test
  void markingLosesNoWordOfTheArticle() {
    String text = articleText(render(quote("q-a", "la Turquie riposterait", false), quote("q-b", "Nous suivons de près le processus.\n\n« Ces", true)));
    String shown = text.replaceAll("</?mark[^>]*>", "").replace("</p>\n<p>", "\n\n").replaceAll("</?p>\n?", "");
    assertThat(shown).isEqualTo(HtmlRenderer.escape(TEXT));
  }
}
