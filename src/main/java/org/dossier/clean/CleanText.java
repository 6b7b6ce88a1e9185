package org.dossier.clean;

import java.util.List;

/**
 * An article's text after cleaning.
 *
 * @param paragraphs the kept paragraphs, in order
 * @param removed everything taken out, with the rule that took it
 * @param title the title line found at the head of the text, or null
 * @param dateline the wire dateline lifted from the first paragraph, or null
 */
public record CleanText(List<String> paragraphs, List<Removal> removed, String title, Dateline dateline) {

  public CleanText {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
  }

  /** The text as the brief shows it: paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
