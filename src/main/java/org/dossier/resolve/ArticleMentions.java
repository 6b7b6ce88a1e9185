package org.dossier.resolve;

import java.util.List;
import org.dossier.analyse.Analysis;
import org.dossier.extract.entities.Acronym;
import org.dossier.extract.entities.Mention;
import org.dossier.extract.events.FoundEvent;
import org.dossier.extract.quotes.FoundQuote;
import org.dossier.extract.time.Timex;

/**
 * One article's input to resolution: its headline (null when it has none), its analysis, its named mentions, its acronym definitions,
 * its quotes, whose speakers are linked to entities once the run's entities are known, its time
 * expressions (normalised against its publication date) and the events they date, whose actors
 * are linked the same way.
 */
public record ArticleMentions(
    String article, String title, Analysis analysis, List<Mention> mentions, List<Acronym> acronyms, List<FoundQuote> quotes, List<Timex> times, List<FoundEvent> events) {

  public ArticleMentions {
    mentions = List.copyOf(mentions);
    acronyms = List.copyOf(acronyms);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
    events = List.copyOf(events);
  }
}
