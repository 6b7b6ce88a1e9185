package org.dossier.analyse;

import java.util.List;

/** The analysis of one article's cleaned text: its sentences, each with its tokens. */
public record Analysis(String text, List<Sentence> sentences) {

  public Analysis {
    sentences = List.copyOf(sentences);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }

  /** The text of a sentence. */
  public String text(Sentence s) {
    return text.substring(s.start(), s.end());
  }
}
