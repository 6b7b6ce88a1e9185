package org.dossier.synthesise;

import java.util.List;

/**
 * Writes an extractive summary of one story. Dossier's is {@link ConceptSummariser}; the
 * evaluation runs the literature's baselines through the same interface.
 */
public interface Summariser {

  /** A summary of the story's articles in about {@code words} words. */
  Summary summarise(List<SourceArticle> story, int words);
}
