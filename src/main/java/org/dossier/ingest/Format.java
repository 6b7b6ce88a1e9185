package org.dossier.ingest;

/** The container an article arrived in; it decides the reader and whether lines may be reflowed. */
public enum Format {
  TEXT,
  HTML,
  FEED,
  JSONL,
  /** News-corpus XML: ISO-TimeML, TREC/Gigaword {@code DOC} files. */
  NEWS_XML,
  PDF;

  /** Plain-text and PDF lines may be hard-wrapped; markup formats carry their own paragraphs. */
  public boolean mayBeHardWrapped() {
    return this == TEXT || this == PDF || this == JSONL;
  }
}
