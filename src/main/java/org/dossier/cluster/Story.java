package org.dossier.cluster;

import java.time.LocalDate;
import java.util.List;

/**
 * Articles that tell the same story.
 *
 * @param id "story-" and the id of the article that opened it; it never changes as articles join
 * @param articles the article ids, in arrival order
 * @param first the earliest publication day known, or null
 * @param last the latest publication day known, or null
 * @param linked ids of stories close in content but kept apart (another episode, weeks away)
 */
public record Story(String id, List<String> articles, LocalDate first, LocalDate last, List<String> linked) {

  public Story {
    articles = List.copyOf(articles);
    linked = List.copyOf(linked);
  }
}
