package org.dossier.extract.time;

/** The tense a sentence speaks in around a time expression, as far as surface cues tell. */
enum Tense {
  PAST,
  FUTURE,
  UNKNOWN
}
