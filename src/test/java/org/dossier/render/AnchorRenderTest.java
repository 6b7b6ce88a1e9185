package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.brief.Article;
import org.dossier.brief.Brief;
import org.dossier.brief.Story;
import org.dossier.extract.quotes.Quote;
import org.dossier.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

/** A link of the HTML brief lands on the words it stands for, marked in the article's text: a quote, a summary line's sentence, a timeline's clause. */
class AnchorRenderTest {

  private static final String ID = "0123456789abcdef";
  private static final Quote.Speaker KALIN = new Quote.Speaker("per-1", "Ibrahim Kalin");
  private static final String TEXT = "M. Kalin a dit que la Turquie riposterait \"avec <la> plus grande fermeté\".\n\n"
      + "« Nous suivons de près le processus.\n\n« Ces bombardements doivent cesser », a-t-il ajouté.";

  private static Quote quote(String id, String words, boolean direct) {
    int start = TEXT.indexOf(words);
    return new Quote(id, words, KALIN, "a dit", direct, ID, start, start + words.length(), null);
  }

  private static Article article() {
    return new Article(ID, "a.txt", "text", null, "fr", null, null, List.of(), List.of(), null, null, TEXT, List.of());
  }

  private static String render(Quote... quotes) {
    return HtmlRenderer.render(new Brief(Brief.VERSION, "test", List.of(), List.of(), List.of(), List.of(article()), List.of(), List.of(), List.of(quotes), List.of()));
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
  void aQuoteOverlappingOneMarkedBeforeIsAnAnchorAloneAtItsFirstWord() {
    Quote first = quote("q-first", "la Turquie riposterait", false);
    Quote across = quote("q-across", "riposterait \"avec", false);
    String html = render(first, across);
    assertThat(articleText(html)).contains("<mark class=\"quoted\" id=\"q-first\">la Turquie <span class=\"anchor\" id=\"q-across\"></span>riposterait</mark>");
    assertThat(html).contains("<a class=\"chip\" href=\"#q-across\">1</a>");
  }

  @Test
  void aSummaryLineAndATimelineEntryLinkToTheirSentenceAndClause() {
    String sentence = TEXT.substring(0, TEXT.indexOf("\n"));
    Story.Line line = new Story.Line(sentence, List.of(new Story.Source(ID, 0, 0, sentence.length())), 1, false, null, null, List.of(), List.of());
    Story story = new Story("story-1", "Idleb", List.of(ID), List.of(line), List.of());
    String clause = "M. Kalin a dit";
    TimelineEntry dated = new TimelineEntry("2020-02-04", org.dossier.extract.time.Precision.DAY, clause, List.of(), List.of(new TimelineEntry.Source(ID, 0, 0, clause.length())));
    Quote fragment = quote("q-fragment", "avec <la> plus grande fermeté", true);
    String html = HtmlRenderer.render(new Brief(Brief.VERSION, "test", List.of(story), List.of(), List.of(), List.of(article()), List.of(), List.of(), List.of(fragment), List.of(dated)));
    assertThat(articleText(html)).startsWith("<p><mark class=\"cited\" id=\"s-" + ID + "-0\"><mark class=\"dated\" id=\"t-" + ID + "-0-14\">M. Kalin a dit</mark>")
        .contains("&quot;<mark class=\"quoted\" id=\"q-fragment\">avec &lt;la&gt; plus grande fermeté</mark>&quot;.</mark></p>");
    assertThat(html).contains("href=\"#s-" + ID + "-0\">1</a>").contains("href=\"#t-" + ID + "-0-14\">1</a>");
  }

  @Test
  void markingLosesNoWordOfTheArticle() {
    String text = articleText(render(quote("q-a", "la Turquie riposterait", false), quote("q-b", "Nous suivons de près le processus.\n\n« Ces", true)));
    String shown = text.replaceAll("</?mark[^>]*>", "").replace("</p>\n<p>", "\n\n").replaceAll("</?p>\n?", "");
    assertThat(shown).isEqualTo(HtmlRenderer.escape(TEXT));
  }
}
