package org.dossier.brief;

import java.util.List;
import org.dossier.copies.CopyGroup;
import org.dossier.ingest.Skip;
import org.dossier.extract.quotes.Quote;
import org.dossier.resolve.Entity;
import org.dossier.timeline.TimelineEntry;

/**
 * The document Dossier writes: the stories with their cited summaries, the numbers sources disagree
 * on and the wire copy found, then what was read, what was skipped, the actors, who said what and
 * when, and the timeline of the events the articles date. {@link #VERSION} is the version of its
 * JSON Schema ({@code docs/brief-schema.json}).
 */
public record Brief(
    String version,
    String generator,
    List<Story> stories,
    List<Conflict> conflicts,
    List<CopyGroup> copies,
    List<Article> articles,
    List<Skip> skipped,
    List<Entity> entities,
    List<Quote> quotes,
    List<TimelineEntry> timeline) {

  public static final String VERSION = "0.7";

  public Brief {
    stories = List.copyOf(stories);
    conflicts = List.copyOf(conflicts);
    copies = List.copyOf(copies);
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    timeline = List.copyOf(timeline);
  }

  public static Brief of(
      List<Story> stories, List<Conflict> conflicts, List<CopyGroup> copies, List<Article> articles, List<Skip> skipped, List<Entity> entities, List<Quote> quotes, List<TimelineEntry> timeline) {
    String implementation = Brief.class.getPackage().getImplementationVersion();
    return new Brief(VERSION, "dossier " + (implementation == null ? "dev" : implementation), stories, conflicts, copies, articles, skipped, entities, quotes, timeline);
  }
}
