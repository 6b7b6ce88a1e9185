package org.dossier.extract.events;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.Sentence;

/**
 * The date of each sentence of an article, as a summary line shows it: the date of the sentence's
 * first event (in text order) that dates its clause rather than a noun ("un accord conclu en 2018"
 * dates the accord, not what the sentence tells), with a known year. Events are what
 * {@link EventExtractor} found: resolved against the publication date, so an undated article's
 * "mardi" dates nothing, and "depuis 2011", suppositions and threats inside quotes are no events.
 * A day whose year nothing gives ("XXXX-12-23") is not a sentence's date: it cannot be placed.
 */
public final class SentenceDates {

  private static final String UNKNOWN_YEAR = "XXXX";

  private final Clauses clauses;

  public SentenceDates(List<String> languages) {
    this.clauses = new Clauses(EventCues.load(languages));
  }

  /** Sentence index → calendar value ("2020-02-05", "2020-02", "2018"), for the sentences that have one. */
  public Map<Integer, String> of(Analysis analysis, List<FoundEvent> events) {
    Map<Integer, String> dates = new LinkedHashMap<>();
    for (FoundEvent e : events.stream().sorted(Comparator.comparingInt(FoundEvent::timexStart)).toList()) {
      if (dates.containsKey(e.sentence()) || e.date().startsWith(UNKNOWN_YEAR)) continue;
      Sentence s = ClauseEventExtractor.sentenceAt(analysis, e.timexStart());
      if (s != null && !clauses.inNounPhrase(s, e.timexStart())) dates.put(e.sentence(), e.date());
    }
    return dates;
  }
}
