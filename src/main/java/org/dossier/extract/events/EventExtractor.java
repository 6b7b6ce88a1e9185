package org.dossier.extract.events;

import java.util.List;
import org.dossier.analyse.Analysis;
import org.dossier.extract.quotes.FoundQuote;
import org.dossier.extract.time.ReferenceDate;
import org.dossier.extract.time.Timex;

/** Finds the events of one article: the clauses that its dates place in time. */
public interface EventExtractor {

  /**
   * @param analysis the article's sentences and tokens (with a parse where one was made)
   * @param times the article's time expressions, normalised against {@code reference}
   * @param quotes the article's quotes: a later date inside someone's words is an intention, not an event
   * @param reference the publication date the times were normalised against
   * @return the events in text order
   */
  List<FoundEvent> extract(Analysis analysis, List<Timex> times, List<FoundQuote> quotes, ReferenceDate reference);
}
