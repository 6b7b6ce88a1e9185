package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.brief.Article;
import org.dossier.brief.Brief;
import org.dossier.brief.Story;
import org.dossier.extract.entities.EntityType;
import org.dossier.extract.quotes.Quote;
import org.dossier.resolve.Entity;
import org.dossier.resolve.EntityMention;
import org.junit.jupiter.api.Test;

/** Summary lines in Markdown and HTML: the date before a dated line, the speaker after a quote's, all escaped. */
class StoryRenderTest {

  private static final String ID = "0123456789abcdef";
  private static final Quote.Speaker SPEAKER = new Quote.Speaker("per-1", "Recep <b>Tayyip</b> Erdogan");
  private static final String DATED = "Les troupes du régime ont pénétré mercredi dans Saraqeb.";
  private static final String QUOTED = "« Nous riposterons », a-t-il ajouté.";
  private static final String PLAIN = "Des civils fuient <les> combats.";

  private static Brief brief() {
    Article a = new Article(ID, "a.txt", "text", null, "fr", null, null, List.of(), List.of(), null, null, DATED + " " + QUOTED + " " + PLAIN, List.of());
    Quote q = new Quote("q-0123456789", "Nous riposterons", SPEAKER, "a-t-il ajouté", true, ID, 60, 76, null);
    List<Story.Line> lines = List.of(
        new Story.Line(DATED, List.of(new Story.Source(ID, 0, 0, DATED.length())), 1, false, null, "2020-02-05", List.of(), List.of()),
        new Story.Line(QUOTED, List.of(new Story.Source(ID, 1, DATED.length() + 1, DATED.length() + 1 + QUOTED.length())), 1, false, null, null, List.of(q.id()), List.of(SPEAKER)),
        new Story.Line(PLAIN, List.of(new Story.Source(ID, 2, DATED.length() + QUOTED.length() + 2, DATED.length() + QUOTED.length() + 2 + PLAIN.length())), 1, false, null, null, List.of(), List.of()));
    Story story = new Story("story-" + ID, "Saraqeb", List.of(ID), lines, List.of());
    return new Brief(Brief.VERSION, "test", List.of(story), List.of(), List.of(), List.of(a), List.of(), List.of(), List.of(q), List.of());
  }

  private static String lineOf(String rendered, String containing) {
    return rendered.lines().filter(l -> l.contains(containing)).findFirst().orElseThrow();
  }

  @Test
  void markdownShowsTheDateBeforeADatedLineAndTheSpeakerAfterAQuotedOne() {
    String md = MarkdownRenderer.render(brief());
    assertThat(lineOf(md, "Saraqeb.")).startsWith("- **5 February 2020** — Les troupes").doesNotContain("said by");
    assertThat(lineOf(md, "riposterons")).startsWith("- « Nous riposterons »").endsWith("— said by Recep \\<b\\>Tayyip\\</b\\> Erdogan");
    assertThat(lineOf(md, "civils")).startsWith("- Des civils").doesNotContain("said by").doesNotContain("**");
  }

  @Test
  void htmlShowsTheSameEscaped() {
    String html = HtmlRenderer.render(brief());
    assertThat(lineOf(html, "Saraqeb.")).startsWith("<li><time datetime=\"2020-02-05\">5 February 2020</time> Les troupes");
    assertThat(lineOf(html, "riposterons")).contains("<span class=\"speaker\">said by Recep &lt;b&gt;Tayyip&lt;/b&gt; Erdogan</span>").doesNotContain("<time");
    assertThat(lineOf(html, "civils")).contains("Des civils fuient &lt;les&gt; combats.").doesNotContain("speaker").doesNotContain("<time");
  }

  @Test
  void jsonCarriesDateQuoteIdsAndSpeakers() throws Exception {
    var json = JsonRenderer.mapper().readTree(JsonRenderer.render(brief()));
    var lines = json.at("/stories/0/summary");
    assertThat(lines.get(0).get("date").asText()).isEqualTo("2020-02-05");
    assertThat(lines.get(1).get("date").isNull()).isTrue();
    assertThat(lines.get(1).at("/quotes/0").asText()).isEqualTo("q-0123456789");
    assertThat(lines.get(1).at("/speakers/0/entity").asText()).isEqualTo("per-1");
    assertThat(lines.get(2).get("speakers").size()).isZero();
    // One speaker keeps the shape {entity, name}.
    assertThat(lines.get(1).at("/speakers/0").has("members")).isFalse();
  }

  @Test
  void jsonListsTheMembersOfSeveralSpeakingTogether() throws Exception {
    var speaker = JsonRenderer.mapper().readTree(JsonRenderer.render(saidTogether())).at("/quotes/0/speaker");
    assertThat(speaker.get("entity").isNull()).isTrue();
    assertThat(speaker.get("name").asText()).isEqualTo("USM et <SM>");
    assertThat(speaker.get("members")).extracting(m -> m.asText()).containsExactly("org-1", "org-2");
  }

  @Test
  void htmlLinksEachSpeakerToTheirEntryInWhosWho() {
    String html = HtmlRenderer.render(saidTogether());
    assertThat(lineOf(html, "<h3><a")).isEqualTo("<h3><a href=\"#org-1\">USM</a> et <a href=\"#org-2\">&lt;SM&gt;</a></h3>");
    assertThat(html).contains("<li id=\"org-1\"><strong>USM</strong>").contains("<li id=\"org-2\"><strong>&lt;SM&gt;</strong>");
  }

  /** The brief's quote said by two bodies, each an entity of the run. */
  private static Brief saidTogether() {
    Brief one = brief();
    Quote q = one.quotes().get(0);
    Quote.Speaker both = new Quote.Speaker(null, "USM et <SM>", List.of("org-1", "org-2"));
    Quote together = new Quote(q.id(), q.text(), both, q.cue(), q.direct(), q.article(), q.start(), q.end(), q.date());
    List<Entity> bodies = List.of(body("org-1", "USM", 0), body("org-2", "<SM>", 4));
    return new Brief(one.version(), one.generator(), one.stories(), one.conflicts(), one.copies(), one.articles(), one.skipped(), bodies, List.of(together), one.timeline());
  }

  private static Entity body(String id, String name, int at) {
    return new Entity(id, name, EntityType.ORG, List.of(name), List.of(new EntityMention(ID, at, at + name.length(), name, null)), null);
  }
}
