package org.dossier.analyse;

import java.util.function.Predicate;

/**
 * The analysis stage: sentences, tokens, parts of speech and named-entity classes, and a
 * dependency parse for the sentences that need one. Implementations are loaded once and are safe to
 * share between worker threads.
 */
public interface Analyzer {

  /** Splits, tags and classifies a text; no parse. */
  Analysis analyse(String text);

  /** The same analysis with the sentences that satisfy {@code needsParse} parsed. */
  Analysis parse(Analysis analysis, Predicate<Sentence> needsParse);
}
