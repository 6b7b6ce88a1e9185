package org.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dossier.analyse.SharedFrenchAnalyzer;
import org.dossier.brief.Article;
import org.dossier.brief.Story;
import org.dossier.config.Settings;
import org.dossier.extract.quotes.Quote;
import org.dossier.metadata.Published;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story's summary lines carry the quotes they hold, with the speaker resolved across the run, and
 * the date of what they tell, resolved against their article's publication date and never guessed
 * for an undated article. Three short articles written here, analysed as the brief analyses them,
 * summarised long enough for every sentence to be a line.
 */
class StorySummaryLinesTest {

  private static final String QUOTED = "« Nous ne laisserons pas nos soldats sans riposte », a déclaré M. Erdogan devant les députés de son parti.";
  private static final String WEDNESDAY = "Le président turc Recep Tayyip Erdogan a menacé mercredi de frapper les forces du régime syrien partout en Syrie.";
  private static final String UNDATED_TUESDAY = "Les forces du régime syrien sont entrées mardi dans la ville de Saraqeb, dans la province d'Idleb.";

  private static AnalysisStage.Analysed analysed;
  private static List<Article> articles;
  private static Story story;

  private static Article article(String id, String published, String text) {
    Published p = published == null ? null : new Published(published, "day", "dateline", false, published);
    return new Article(id, id + ".txt", "text", null, "fr", p, null, List.of(), List.of(), null, null, text, List.of());
  }

  @BeforeAll
  static void run(@TempDir Path dir) throws IOException, InterruptedException {
    articles = List.of(
        article("0000000000000001", "2020-02-06", WEDNESDAY + " " + QUOTED + " Des milliers de civils fuient les combats de Saraqeb, dans la province d'Idleb, vers la frontière turque."),
        article("0000000000000002", null, UNDATED_TUESDAY + " Le président turc a envoyé des renforts vers les postes d'observation turcs de la province d'Idleb, près de Saraqeb."),
        article("0000000000000003", "2020-02-07", "La Russie a appelé jeudi le président turc au dialogue après les combats de Saraqeb, dans la province d'Idleb."));
    Path overlay = dir.resolve("long.properties");
    Files.writeString(overlay, "summary.words = 400\n");
    Settings settings = Settings.withOverlay(overlay);
    analysed = new AnalysisStage(SharedFrenchAnalyzer.get(), settings).analyse(articles, 1);
    StoryStage.Result result = new StoryStage(settings, "fr").run(articles, analysed.articles(), analysed.result().entities(), analysed.result().quotes());
    assertThat(result.stories()).hasSize(1);
    story = result.stories().get(0);
  }

  private static Story.Line line(String text) {
    return story.summary().stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError("no line " + text + " in " + story.summary()));
  }

  @Test
  void aQuoteInALineShowsUpWithItsResolvedSpeaker() {
    Story.Line line = line(QUOTED);
    List<Quote> quotes = analysed.result().quotes().stream().filter(q -> line.quotes().contains(q.id())).toList();
    assertThat(quotes).isNotEmpty().allMatch(q -> q.article().equals("0000000000000001"));
    assertThat(line.speakers()).extracting(Quote.Speaker::name).containsExactly("Recep Tayyip Erdogan");
    assertThat(line.speakers().get(0).entity()).isNotNull();
    // The same entity the run resolved "M. Erdogan" and "Recep Tayyip Erdogan" to.
    assertThat(analysed.result().entities()).anyMatch(e -> e.id().equals(line.speakers().get(0).entity()) && e.name().equals("Recep Tayyip Erdogan"));
  }

  @Test
  void everyLineListsExactlyTheQuotesThatOverlapIt() {
    for (Story.Line line : story.summary()) {
      Article from = articles.stream().filter(a -> a.id().equals(line.sources().get(0).article())).findFirst().orElseThrow();
      int start = from.text().indexOf(line.text());
      int end = start + line.text().length();
      List<String> overlapping = analysed.result().quotes().stream().filter(q -> q.article().equals(from.id()) && q.start() < end && start < q.end()).map(Quote::id).toList();
      assertThat(line.quotes()).as(line.text()).containsExactlyElementsOf(overlapping);
      List<Quote.Speaker> speakers = analysed.result().quotes().stream().filter(q -> overlapping.contains(q.id())).map(Quote::speaker).filter(Objects::nonNull).distinct().toList();
      assertThat(line.speakers()).as(line.text()).containsExactlyElementsOf(speakers);
    }
  }

  @Test
  void aDatedLineCarriesItsDateResolvedAgainstItsArticle() {
    // Published Thursday 6 February 2020: "mercredi" is the 5th.
    assertThat(line(WEDNESDAY).date()).isEqualTo("2020-02-05");
  }

  @Test
  void anUnresolvedRelativeDateIsNotInvented() {
    // The article gives no publication date: its "mardi" could be any Tuesday.
    assertThat(line(UNDATED_TUESDAY).date()).isNull();
  }

  @Test
  void datedLinesReadChronologically() {
    List<String> dates = story.summary().stream().map(Story.Line::date).filter(Objects::nonNull).toList();
    assertThat(dates).hasSizeGreaterThan(1).isSorted();
  }
}
