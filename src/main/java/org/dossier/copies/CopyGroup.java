package org.dossier.copies;

import java.util.List;

/**
 * Articles that are copies of one text: the same wire story run by several outlets, whole or
 * with their own lines added.
 *
 * @param id "copy-" and the id of the group's first article; it stays as more copies arrive
 * @param articles the article ids, in arrival order
 * @param paragraphs the paragraphs at least two of them share (empty when the copies are re-cut
 *     so that no paragraph matches, but the whole texts do)
 * @param similarity the mean estimated Jaccard resemblance of the articles' word shingles, pair by pair
 */
public record CopyGroup(String id, List<String> articles, List<SharedParagraph> paragraphs, double similarity) {

  public CopyGroup {
    articles = List.copyOf(articles);
    paragraphs = List.copyOf(paragraphs);
  }
}
