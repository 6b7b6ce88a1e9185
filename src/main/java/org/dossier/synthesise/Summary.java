package org.dossier.synthesise;

import java.util.List;

/** A story's summary: its sentences in reading order. */
public record Summary(List<SummarySentence> sentences) {

  public Summary {
    sentences = List.copyOf(sentences);
  }

  public int words() {
    return sentences.stream().mapToInt(s -> SourceSentence.wordCount(s.text())).sum();
  }

  /** The sentences joined by a space. */
  public String text() {
    return String.join(" ", sentences.stream().map(SummarySentence::text).toList());
  }
}
