package org.dossier.timeline;

import java.util.List;
import org.dossier.extract.events.Event;

/** Turns the events of all articles into the run's timeline: one entry per event, however many tell it. */
public interface TimelineBuilder {

  /**
   * @param events the events of every article, in article order
   * @return the entries in date order; those whose year no source gives come last, by month and day
   */
  List<TimelineEntry> build(List<Event> events);
}
