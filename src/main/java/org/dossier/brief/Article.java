package org.dossier.brief;

import java.util.List;
import org.dossier.clean.Removal;
import org.dossier.metadata.Published;

/**
 * One article of the brief: its metadata, its cleaned text and what cleaning removed.
 *
 * @param id a content hash of the article's text as read, stable across runs and encodings
 * @param file where it was read from ("file" or "file#item" for feeds and JSON Lines)
 * @param format the container format (text, html, feed, jsonl, pdf)
 */
public record Article(
    String id,
    String file,
    String format,
    String title,
    String language,
    Published published,
    String source,
    List<String> agencies,
    List<String> sourceEvidence,
    String dateline,
    String url,
    String text,
    List<Removal> removed) {

  public Article {
    agencies = List.copyOf(agencies);
    sourceEvidence = List.copyOf(sourceEvidence);
    removed = List.copyOf(removed);
  }
}
