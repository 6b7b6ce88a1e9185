package org.dossier.copies;

import java.util.List;

/**
 * One paragraph found, near-identical, in several articles.
 *
 * @param text the paragraph as the first article to carry it has it
 * @param places every article and paragraph carrying it, in arrival order
 * @param similarity the lowest estimated Jaccard resemblance (word shingles) of a place to the first
 */
public record SharedParagraph(String text, List<ParagraphRef> places, double similarity) {

  public SharedParagraph {
    places = List.copyOf(places);
  }
}
