package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.extract.events.Event;
import org.dossier.extract.events.FoundEvent;

/**
 * Links each event of one article to the run's entities named inside its clause ("les présidents
 * Poutine et Erdogan ont dit souhaiter mercredi…" has both), in the order the clause names them.
 */
public final class EventActors {

  private record Named(int start, String entity) {}

  private EventActors() {}

  public static List<Event> link(String article, List<FoundEvent> found, List<Entity> entities) {
    List<Event> events = new ArrayList<>(found.size());
    for (FoundEvent f : found) {
      List<Named> named = new ArrayList<>();
      for (Entity e : entities) {
        for (EntityMention m : e.mentions()) {
          if (m.article().equals(article) && m.start() >= f.start() && m.end() <= f.end()) named.add(new Named(m.start(), e.id()));
        }
      }
      List<String> actors = named.stream().sorted(Comparator.comparingInt(Named::start)).map(Named::entity).distinct().toList();
      events.add(new Event(f.date(), f.precision(), f.text(), actors, article, f.sentence(), f.start(), f.end()));
    }
    return List.copyOf(events);
  }
}
