package org.dossier.timeline;

import java.util.List;
import org.dossier.extract.time.Precision;

/**
 * One dated event of the run, told by one or more articles.
 *
 * @param date a calendar value: "2020-02-05", "2020-02", "2018", or "XXXX-12-23" when no source
 *     gives the year
 * @param precision day, month or year
 * @param text the clause of the source that tells it best (the one closest to all the others)
 * @param actors ids of the entities named by any source, in order of first mention
 * @param sources every article sentence that tells it, in article order
 */
public record TimelineEntry(String date, Precision precision, String text, List<String> actors, List<Source> sources) {

  public TimelineEntry {
    actors = List.copyOf(actors);
    sources = List.copyOf(sources);
  }

  /**
   * Where an entry is told: the article id, the sentence index in its analysis, and the clause as
   * offsets into the article text.
   */
  public record Source(String article, int sentence, int start, int end) {}

  /** True when no source gives the year: the date is a day or month of an unknown year. */
  public boolean yearUnknown() {
    return date.startsWith("XXXX");
  }
}
