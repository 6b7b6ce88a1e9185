package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.brief.Article;
import org.dossier.brief.Brief;
import org.dossier.extract.time.Precision;
import org.dossier.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

/** The timeline in Markdown and HTML: date order, dates in words, article numbers, everything escaped, nothing fetched. */
class TimelineRenderTest {

  private static final String TEXT = "Le régime a frappé <b>mercredi</b>. Les négociations ont repris jeudi.";

  private static Brief brief() {
    Article a = new Article("0123456789abcdef", "a.txt", "text", null, "fr", null, null, List.of(), List.of(), null, null, TEXT, List.of());
    Article b = new Article("fedcba9876543210", "b.txt", "text", null, "fr", null, null, List.of(), List.of(), null, null, TEXT, List.of());
    List<TimelineEntry> timeline = List.of(
        new TimelineEntry("2018-09", Precision.MONTH, "un accord conclu en septembre 2018", List.of(), List.of(new TimelineEntry.Source(b.id(), 3, 0, 10))),
        new TimelineEntry("2020-02-05", Precision.DAY, "Le régime a frappé <script>alert('x')</script> mercredi", List.of(),
            List.of(new TimelineEntry.Source(a.id(), 0, 0, 10), new TimelineEntry.Source(b.id(), 0, 0, 10))),
        new TimelineEntry("XXXX-12-23", Precision.DAY, "Une délégation s'est rendue à Moscou le 23 décembre", List.of(), List.of(new TimelineEntry.Source(b.id(), 2, 0, 10))));
    return new Brief(Brief.VERSION, "test", List.of(), List.of(), List.of(), List.of(a, b), List.of(), List.of(), List.of(), timeline);
  }

  @Test
  void markdownListsTheTimelineInDateOrderWithDatesInWords() {
    String md = MarkdownRenderer.render(brief());
    assertThat(md).contains("## Timeline");
    int month = md.indexOf("**September 2018**");
    int day = md.indexOf("**Wednesday 5 February 2020**");
    int unknown = md.indexOf("**23 December, year unknown**");
    assertThat(month).isPositive().isLessThan(day);
    assertThat(day).isLessThan(unknown);
    assertThat(md).contains("### Year unknown").contains("mercredi [1] [2]").doesNotContain("<script>");
  }

  @Test
  void htmlDrawsTheTimelineWithEveryTextEscapedAndNothingExternal() {
    String html = HtmlRenderer.render(brief());
    assertThat(html).contains("<ol class=\"timeline\">").contains("<ol class=\"timeline unknown-year\">");
    assertThat(html).contains("<time datetime=\"2020-02-05\">Wednesday 5 February 2020</time>");
    assertThat(html).contains("<li class=\"event day several\">");
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(html).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//").doesNotContain("@import").doesNotContain("url(");
    // A day whose year is unknown gets no machine date: it would have to invent one.
    assertThat(html).contains("<time>23 December, year unknown</time>");
  }
}
