package org.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.Examples;
import org.dossier.analyse.SharedFrenchAnalyzer;
import org.dossier.brief.Article;
import org.dossier.config.Settings;
import org.dossier.extract.quotes.Quote;
import org.dossier.extract.time.Precision;
import org.dossier.ingest.SourceFile;
import org.dossier.timeline.TimelineEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's "done when" on the example articles. The days were worked out by hand from each
 * article's publication date: 001 is of Thursday 6 February 2020 (its dateline), so its past
 * "mercredi" is 5 February and its "lundi" 3 February; 002 is of Wednesday 12 February 2020 (its
 * video label), so the phone call of "mercredi" is that very day; 004 states only "ce 24
 * décembre", so its "le 23 décembre" is 23 December of a year nothing gives. 000 and 003 state no
 * date at all.
 */
class SeedTimelineTest {

  private static Map<String, Article> bySeed;
  private static List<TimelineEntry> timeline;
  private static List<Quote> quotes;

  @BeforeAll
  static void run() {
    Pipeline pipeline = new Pipeline(Settings.defaults());
    List<Article> articles =
        List.of("000", "001", "002", "003", "004").stream().flatMap(n -> pipeline.process(SourceFile.of(Examples.seed(n))).articles().stream()).toList();
    bySeed = articles.stream().collect(Collectors.toMap(a -> a.file().replaceAll(".*/(\\d{3})_.*", "$1"), Function.identity()));
    AnalysisStage stage = new AnalysisStage(SharedFrenchAnalyzer.get(), Settings.defaults());
    AnalysisStage.Result result = stage.run(articles.stream().map(stage::mentions).toList());
    timeline = result.timeline();
    quotes = result.quotes();
  }

  private static TimelineEntry entry(String seed, String words) {
    String id = bySeed.get(seed).id();
    List<TimelineEntry> found = timeline.stream().filter(e -> e.text().contains(words) && e.sources().stream().anyMatch(s -> s.article().equals(id))).toList();
    assertThat(found).as("timeline entry of %s with '%s'", seed, words).hasSize(1);
    return found.get(0);
  }

  @Test
  void theEventsTheArticlesDateAreOnTheTimelineWithTheirDays() {
    assertThat(entry("001", "ont pénétré mercredi dans la ville clé de Saraqeb").date()).isEqualTo("2020-02-05");
    assertThat(entry("001", "M. Erdogan a indiqué mercredi").date()).isEqualTo("2020-02-05");
    assertThat(entry("001", "combats inédits lundi").date()).isEqualTo("2020-02-03");
    assertThat(entry("002", "ont dit souhaiter mercredi").date()).isEqualTo("2020-02-12");
    TimelineEntry delegation = entry("004", "s'est rendue à Moscou le 23 décembre");
    assertThat(delegation.date()).isEqualTo("XXXX-12-23");
    assertThat(delegation.precision()).isEqualTo(Precision.DAY);
    assertThat(delegation.yearUnknown()).isTrue();
  }

  @Test
  void undatedArticlesGetNoInventedDate() {
    assertThat(bySeed.get("000").published()).isNull();
    assertThat(bySeed.get("003").published()).isNull();
    for (String seed : List.of("000", "003")) {
      String id = bySeed.get(seed).id();
      for (TimelineEntry e : timeline) {
        for (TimelineEntry.Source s : e.sources()) {
          if (!s.article().equals(id)) continue;
          // Only what the article writes in full can date it: here, years ("en 2018").
          String clause = bySeed.get(seed).text().substring(s.start(), s.end());
          assertThat(e.precision()).as(clause).isEqualTo(Precision.YEAR);
          assertThat(clause).contains(e.date());
        }
      }
    }
    assertThat(timeline).extracting(TimelineEntry::text).noneMatch(t -> t.contains("achevées mardi") || t.contains("commencé samedi") || t.contains("augmenté mardi"));
  }

  @Test
  void timelineIsInDateOrderWithUnknownYearsLast() {
    List<String> dates = timeline.stream().map(TimelineEntry::date).toList();
    List<String> known = dates.stream().filter(d -> !d.startsWith("XXXX")).toList();
    assertThat(known).isSorted();
    assertThat(dates.subList(known.size(), dates.size())).allMatch(d -> d.startsWith("XXXX")).isSorted();
  }

  @Test
  void sourcesPointAtTheirClauses() {
    Map<String, Article> byId = bySeed.values().stream().collect(Collectors.toMap(Article::id, Function.identity()));
    assertThat(timeline).allSatisfy(e -> assertThat(e.sources()).anySatisfy(s -> assertThat(byId.get(s.article()).text().substring(s.start(), s.end())).isEqualTo(e.text())));
  }

  @Test
  void theEventIsTheClauseNotTheParagraph() {
    assertThat(entry("001", "M. Erdogan a indiqué mercredi").text()).doesNotContain("avertissant");
    assertThat(entry("004", "conclu en septembre 2018").text()).startsWith("un accord conclu").doesNotContain("L'armée turque est déployée");
  }

  private static Quote quote(String start) {
    List<Quote> found = quotes.stream().filter(q -> q.text().startsWith(start)).toList();
    assertThat(found).as("quote starting %s", start).hasSize(1);
    return found.get(0);
  }

  @Test
  void quotesAreDatedByTheirCueSentence() {
    assertThat(quote("le plus rapidement possible").date()).isEqualTo("2020-02-06");
    assertThat(quote("partout").date()).isEqualTo("2020-02-12");
    assertThat(quote("neutraliser les terroristes").date()).isEqualTo("2020-02-12");
    assertThat(quote("la mise en oeuvre complète").date()).isEqualTo("2020-02-12");
    assertThat(quote("Nous suivons de près").date()).isEqualTo("XXXX-12-24");
    // The date in "Evoquant les accords de Sotchi conclus en octobre dernier, il a expliqué…" is the accords'.
    assertThat(quote("l'obligation de neutraliser").date()).isNull();
    // Its cue sentence gives no date.
    assertThat(quote("Nous nous attendons à ce que la Russie freine").date()).isNull();
    String undated = bySeed.get("000").id();
    assertThat(quotes).filteredOn(q -> q.article().equals(undated)).isNotEmpty().allSatisfy(q -> assertThat(q.date()).isNull());
  }
}
