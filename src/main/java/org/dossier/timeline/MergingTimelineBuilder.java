package org.dossier.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.config.Settings;
import org.dossier.extract.events.Event;
import org.dossier.extract.events.EventDates;

/**
 * Dossier's timeline: events in date order, the same event told by several articles (or twice by
 * one) merged into one entry. Two events are the same when their dates are the same (a day of an
 * unknown year matches that day of any year: the other source gives the year), they share actors,
 * and their clauses share enough content words (Jaccard over {@link ContentWords}). An event with
 * no actor, or facing an entry with none, can only merge on content, with a higher bar. An event
 * joins the entry it is most similar to; thresholds are {@code timeline.merge.*}.
 */
public final class MergingTimelineBuilder implements TimelineBuilder {

  private final ContentWords words;
  private final double minSimilarity;
  private final double minSimilarityWithoutActors;
  private final int minSharedActors;

  public MergingTimelineBuilder(List<String> languages, Settings settings) {
    this.words = new ContentWords(languages, settings.integer("timeline.merge.stem-letters"));
    this.minSimilarity = settings.decimal("timeline.merge.min-similarity");
    this.minSimilarityWithoutActors = settings.decimal("timeline.merge.min-similarity-without-actors");
    this.minSharedActors = settings.integer("timeline.merge.min-shared-actors");
  }

  /** An entry being built: its events, each with its content words. */
  private record Group(List<Event> events, List<Set<String>> words) {}

  @Override
  public List<TimelineEntry> build(List<Event> events) {
    List<Group> groups = new ArrayList<>();
    for (Event e : events) {
      Set<String> content = words.of(e.text());
      Group best = null;
      double bestSimilarity = 0;
      for (Group g : groups) {
        double similarity = similarity(g, e, content);
        if (similarity > bestSimilarity) {
          bestSimilarity = similarity;
          best = g;
        }
      }
      if (best == null) {
        best = new Group(new ArrayList<>(), new ArrayList<>());
        groups.add(best);
      }
      best.events().add(e);
      best.words().add(content);
    }
    List<TimelineEntry> entries = new ArrayList<>(groups.stream().map(this::entry).toList());
    // The written value sorts chronologically ("2018" before "2018-09" before "2018-09-17"); the sort
    // is stable, so entries of one date keep the order in which the articles tell them.
    entries.sort(Comparator.comparing(TimelineEntry::yearUnknown).thenComparing(TimelineEntry::date));
    return List.copyOf(entries);
  }

  /** How alike an event is to an entry (its closest member), or 0 when they cannot be one event. */
  private double similarity(Group g, Event e, Set<String> content) {
    if (g.events().stream().noneMatch(m -> sameDate(m.date(), e.date()))) return 0;
    Set<String> actors = new LinkedHashSet<>();
    g.events().forEach(m -> actors.addAll(m.actors()));
    long shared = e.actors().stream().filter(actors::contains).count();
    boolean withActors = !actors.isEmpty() && !e.actors().isEmpty();
    if (withActors && shared < minSharedActors) return 0;
    double bar = withActors ? minSimilarity : minSimilarityWithoutActors;
    double best = 0;
    for (int i = 0; i < g.events().size(); i++) {
      if (!sameDate(g.events().get(i).date(), e.date())) continue;
      best = Math.max(best, ContentWords.jaccard(g.words().get(i), content));
    }
    return best >= bar ? best : 0;
  }

  /** Equal, or equal but for a year one of them does not know ("XXXX-12-23" and "2019-12-23"). */
  static boolean sameDate(String a, String b) {
    if (a.length() != b.length()) return false;
    return a.equals(b) || a.startsWith("XXXX") != b.startsWith("XXXX") && a.substring(4).equals(b.substring(4));
  }

  private TimelineEntry entry(Group g) {
    List<Event> events = g.events();
    String date = events.stream().map(Event::date).filter(d -> !d.startsWith("XXXX")).findFirst().orElse(events.get(0).date());
    int central = 0;
    double centralScore = -1;
    for (int i = 0; i < events.size(); i++) {
      double score = 0;
      for (int j = 0; j < events.size(); j++) if (j != i) score += ContentWords.jaccard(g.words().get(i), g.words().get(j));
      if (score > centralScore) {
        centralScore = score;
        central = i;
      }
    }
    Set<String> actors = new LinkedHashSet<>();
    Set<TimelineEntry.Source> sources = new LinkedHashSet<>();
    for (Event e : events) {
      actors.addAll(e.actors());
      sources.add(new TimelineEntry.Source(e.article(), e.sentence(), e.start(), e.end()));
    }
    return new TimelineEntry(date, EventDates.precision(date), events.get(central).text(), List.copyOf(actors), List.copyOf(sources));
  }
}
