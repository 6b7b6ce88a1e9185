package org.dossier.analyse;

import java.util.List;

/**
 * A sentence: its span in the article text, its tokens, and its dependency parse when one was asked
 * for (the parse is the costly part of the analysis, so it is made only for the sentences an
 * extractor needs it for; {@code dependencies} is empty otherwise).
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {

  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public boolean parsed() {
    return !dependencies.isEmpty();
  }

  public Sentence withDependencies(List<Dependency> parse) {
    return new Sentence(index, start, end, tokens, parse);
  }
}
