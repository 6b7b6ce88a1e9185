package org.dossier.brief;

import java.util.List;
import org.dossier.ingest.Skip;

/**
 * The document Dossier writes: what was read and what was skipped. Later stages add entities,
 * quotes, a timeline and stories to it. {@link #VERSION} is the version of its JSON Schema
 * ({@code docs/brief-schema.json}).
 */
public record Brief(String version, String generator, List<Article> articles, List<Skip> skipped) {

  public static final String VERSION = "0.1";

  public Brief {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
  }

  public static Brief of(List<Article> articles, List<Skip> skipped) {
    String implementation = Brief.class.getPackage().getImplementationVersion();
    return new Brief(VERSION, "dossier " + (implementation == null ? "dev" : implementation), articles, skipped);
  }
}
