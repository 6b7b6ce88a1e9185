package org.dossier.extract.events;

import java.util.List;
import org.dossier.extract.time.Precision;

/**
 * An event of one article with its actors linked to the run's entities.
 *
 * @param date a calendar value, as {@link FoundEvent#date()}
 * @param actors ids of the run's entities named in the clause, in text order, without repeats
 * @param article the article id; {@code start}/{@code end} are offsets into its text
 * @param sentence the index of the sentence in the article's analysis
 */
public record Event(String date, Precision precision, String text, List<String> actors, String article, int sentence, int start, int end) {

  public Event {
    actors = List.copyOf(actors);
  }
}
