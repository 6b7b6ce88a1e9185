package org.dossier.brief;

import java.util.List;
import org.dossier.ingest.Skip;
import org.dossier.extract.quotes.Quote;
import org.dossier.resolve.Entity;
import org.dossier.timeline.TimelineEntry;

/**
 * The document Dossier writes: what was read, what was skipped, the actors across all
 * articles, who said what and when, and the timeline of the events the articles date. Later stages
 * add stories to it. {@link #VERSION} is the version of its JSON Schema
 * ({@code docs/brief-schema.json}).
 */
public record Brief(String version, String generator, List<Article> articles, List<Skip> skipped, List<Entity> entities, List<Quote> quotes, List<TimelineEntry> timeline) {

  public static final String VERSION = "0.4";

  public Brief {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    timeline = List.copyOf(timeline);
  }

  public static Brief of(List<Article> articles, List<Skip> skipped, List<Entity> entities, List<Quote> quotes, List<TimelineEntry> timeline) {
    String implementation = Brief.class.getPackage().getImplementationVersion();
    return new Brief(VERSION, "dossier " + (implementation == null ? "dev" : implementation), articles, skipped, entities, quotes, timeline);
  }
}
