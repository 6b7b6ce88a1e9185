package org.dossier.brief;

import java.util.List;
import org.dossier.ingest.Skip;
import org.dossier.extract.quotes.Quote;
import org.dossier.resolve.Entity;

/**
 * The document Dossier writes: what was read, what was skipped, the actors across all
 * articles and who said what. Later stages add a timeline and stories to it. {@link #VERSION} is the version of its JSON Schema
 * ({@code docs/brief-schema.json}).
 */
public record Brief(String version, String generator, List<Article> articles, List<Skip> skipped, List<Entity> entities, List<Quote> quotes) {

  public static final String VERSION = "0.3";

  public Brief {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
  }

  public static Brief of(List<Article> articles, List<Skip> skipped, List<Entity> entities, List<Quote> quotes) {
    String implementation = Brief.class.getPackage().getImplementationVersion();
    return new Brief(VERSION, "dossier " + (implementation == null ? "dev" : implementation), articles, skipped, entities, quotes);
  }
}
