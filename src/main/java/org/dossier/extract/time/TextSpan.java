package org.dossier.extract.time;

/** A stretch of a text by character offsets (a sentence, for the tagger's tense cues). */
public record TextSpan(int start, int end) {

  public TextSpan {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
