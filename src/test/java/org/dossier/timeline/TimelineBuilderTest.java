package org.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.dossier.config.Settings;
import org.dossier.extract.events.Event;
import org.dossier.extract.events.EventDates;
import org.junit.jupiter.api.Test;

/** Merging the same event told by several articles, and keeping apart what is not the same. */
class TimelineBuilderTest {

  private static final TimelineBuilder BUILDER = new MergingTimelineBuilder(List.of("fr"), Settings.defaults());

  private static Event event(String date, String text, String article, int sentence, String... actors) {
    return new Event(date, EventDates.precision(date), text, List.of(actors), article, sentence, 0, text.length());
  }

  @Test
  void theSameEventFromTwoArticlesIsOneEntryWithBothSources() {
    List<TimelineEntry> timeline = BUILDER.build(List.of(
        event("2020-02-05", "Les troupes du régime syrien sont entrées mercredi dans la ville de Saraqeb", "a1", 2, "loc-saraqeb", "loc-syrie"),
        event("2020-02-05", "Mercredi, les forces du régime syrien sont entrées dans Saraqeb, ville clé de la province d'Idleb", "a2", 0, "loc-syrie", "loc-saraqeb", "loc-idleb")));
    assertThat(timeline).hasSize(1);
    TimelineEntry e = timeline.get(0);
    assertThat(e.date()).isEqualTo("2020-02-05");
    assertThat(e.sources()).extracting(TimelineEntry.Source::article, TimelineEntry.Source::sentence).containsExactly(tuple("a1", 2), tuple("a2", 0));
    assertThat(e.actors()).containsExactly("loc-saraqeb", "loc-syrie", "loc-idleb");
  }

  @Test
  void sameDateButOtherActorsOrOtherContentStayApart() {
    List<TimelineEntry> timeline = BUILDER.build(List.of(
        event("2020-02-05", "Les troupes du régime syrien sont entrées mercredi dans la ville de Saraqeb", "a1", 2, "loc-saraqeb", "loc-syrie"),
        event("2020-02-05", "M. Erdogan a indiqué mercredi avoir demandé à Vladimir Poutine de museler les forces du régime", "a1", 7, "per-erdogan", "per-poutine"),
        event("2020-02-05", "La Syrie a rappelé mercredi son ambassadeur à Paris pour consultations", "a2", 4, "loc-syrie", "loc-paris")));
    assertThat(timeline).hasSize(3);
  }

  @Test
  void otherDatesNeverMerge() {
    List<TimelineEntry> timeline = BUILDER.build(List.of(
        event("2020-02-05", "Les troupes du régime syrien sont entrées dans la ville de Saraqeb", "a1", 2, "loc-saraqeb"),
        event("2020-02-04", "Les troupes du régime syrien sont entrées dans la ville de Saraqeb", "a2", 2, "loc-saraqeb")));
    assertThat(timeline).extracting(TimelineEntry::date).containsExactly("2020-02-04", "2020-02-05");
  }

  @Test
  void aDayOfAnUnknownYearTakesTheYearAnotherSourceGives() {
    List<TimelineEntry> timeline = BUILDER.build(List.of(
        event("XXXX-12-23", "Une délégation turque s'est rendue à Moscou le 23 décembre pour discuter de la Syrie", "a1", 2, "loc-turquie", "loc-moscou"),
        event("2019-12-23", "Une délégation turque s'est rendue lundi à Moscou pour discuter de la situation en Syrie et en Libye", "a2", 1, "loc-moscou", "loc-turquie")));
    assertThat(timeline).singleElement().satisfies(e -> {
      assertThat(e.date()).isEqualTo("2019-12-23");
      assertThat(e.yearUnknown()).isFalse();
      assertThat(e.sources()).hasSize(2);
    });
  }

  @Test
  void entriesAreInDateOrderAndUnknownYearsComeLast() {
    List<TimelineEntry> timeline = BUILDER.build(List.of(
        event("XXXX-12-22", "Le président a averti l'Europe le 22 décembre", "a3", 1, "per-erdogan"),
        event("2020-02-12", "Les présidents ont dit souhaiter mercredi la mise en oeuvre des accords", "a2", 0, "per-poutine"),
        event("2018", "Un cessez-le-feu a été conclu en 2018 à Sotchi", "a1", 3, "loc-sotchi"),
        event("2020-02", "Des combats ont éclaté en février dans la province", "a2", 8, "loc-idleb"),
        event("2018-09", "Un accord a été conclu en septembre 2018 entre Moscou et Ankara", "a3", 8, "loc-moscou")));
    assertThat(timeline).extracting(TimelineEntry::date).containsExactly("2018", "2018-09", "2020-02", "2020-02-12", "XXXX-12-22");
    assertThat(timeline).extracting(TimelineEntry::precision).extracting(p -> p.label()).containsExactly("year", "month", "month", "day", "day");
  }

  @Test
  void theTextShownIsTheSourceClosestToTheOthers() {
    List<TimelineEntry> timeline = BUILDER.build(List.of(
        event("2020-02-03", "Des combats ont opposé lundi soldats turcs et syriens à Idleb", "a1", 1, "loc-idleb"),
        event("2020-02-03", "Des combats inédits ont opposé lundi soldats turcs et forces syriennes dans la province d'Idleb, faisant plus de 20 morts", "a2", 4, "loc-idleb"),
        event("2020-02-03", "Des combats ont opposé lundi soldats turcs et forces syriennes dans la province d'Idleb", "a3", 2, "loc-idleb")));
    assertThat(timeline).singleElement().extracting(TimelineEntry::text).isEqualTo("Des combats ont opposé lundi soldats turcs et forces syriennes dans la province d'Idleb");
  }

  @Test
  void eventsWithoutActorsMergeOnlyOnCloseContent() {
    List<TimelineEntry> timeline = BUILDER.build(List.of(
        event("2020-02-03", "Des combats ont opposé lundi soldats turcs et forces syriennes", "a1", 1),
        event("2020-02-03", "Des combats ont opposé lundi soldats turcs et forces syriennes près de la frontière", "a2", 4),
        event("2020-02-03", "Le parlement a voté lundi une loi sur les retraites", "a3", 2)));
    assertThat(timeline).hasSize(2);
    assertThat(timeline.get(0).sources()).hasSize(2);
  }
}
