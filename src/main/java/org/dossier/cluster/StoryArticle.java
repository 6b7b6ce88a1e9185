package org.dossier.cluster;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.brief.Article;
import org.dossier.resolve.Entity;

/**
 * What the story clusterer needs of an article.
 *
 * @param id the article id (the brief's)
 * @param title the headline, or null
 * @param text the cleaned text
 * @param published the publication day, or null when it is not known to the day with its year
 * @param entities ids of the canonical entities the article names ({@link Entity#id()}); empty when
 *     entities were not extracted
 */
public record StoryArticle(String id, String title, String text, LocalDate published, Set<String> entities) {

  public StoryArticle {
    entities = Set.copyOf(entities);
  }

  /** The article as the pipeline wrote it, with the entities of the run that name it. */
  public static StoryArticle of(Article article, List<Entity> entities) {
    Set<String> named = new LinkedHashSet<>();
    for (Entity e : entities) {
      if (e.mentions().stream().anyMatch(m -> m.article().equals(article.id()))) named.add(e.id());
    }
    return new StoryArticle(article.id(), article.title(), article.text(), article.published() == null ? null : article.published().day(), named);
  }

  /** The paragraphs of the cleaned text, as copy detection takes them. */
  public List<String> paragraphs() {
    return Arrays.stream(text.split("\n\n")).filter(p -> !p.isBlank()).toList();
  }

}
