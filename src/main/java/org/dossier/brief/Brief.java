package org.dossier.brief;

import java.util.List;
import org.dossier.copies.CopyGroup;
import org.dossier.ingest.Skip;
import org.dossier.extract.quotes.Quote;
import org.dossier.resolve.Entity;

/**
 * The document Dossier writes: the stories with their cited summaries, the numbers sources disagree
 * on and the wire copy found, then what was read, what was skipped, the actors and who said what. {@link #VERSION} is the version of its JSON Schema
 * ({@code docs/brief-schema.json}).
 */
public record Brief(
    String version, String generator, List<Story> stories, List<Conflict> conflicts, List<CopyGroup> copies, List<Article> articles, List<Skip> skipped, List<Entity> entities, List<Quote> quotes) {

  public static final String VERSION = "0.3";

  public Brief {
    stories = List.copyOf(stories);
    conflicts = List.copyOf(conflicts);
    copies = List.copyOf(copies);
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
  }

  public static Brief of(List<Story> stories, List<Conflict> conflicts, List<CopyGroup> copies, List<Article> articles, List<Skip> skipped, List<Entity> entities, List<Quote> quotes) {
    String implementation = Brief.class.getPackage().getImplementationVersion();
    return new Brief(VERSION, "dossier " + (implementation == null ? "dev" : implementation), stories, conflicts, copies, articles, skipped, entities, quotes);
  }
}
