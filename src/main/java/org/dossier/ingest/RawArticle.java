package org.dossier.ingest;

import java.util.Objects;

/**
 * One article as read from its container, before cleaning.
 *
 * @param file the input file it came from, as the user named it
 * @param item the position inside the file (feed item, JSON line, XML document), 0 for single-article files
 * @param format the container format
 * @param text the article's text, paragraphs separated by line breaks
 * @param hints what the container says about the article
 */
public record RawArticle(String file, int item, Format format, String text, Hints hints) {

  public RawArticle {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(hints, "hints");
  }

  /** The name shown to users: the file, plus the item for multi-article containers. */
  public String location() {
    return item > 0 ? file + "#" + item : file;
  }
}
