package org.dossier.extract.time;

import java.util.List;

/** Finds the temporal expressions of one text and normalises them against a reference date. */
public interface TimeTagger {

  /**
   * @param text the article text
   * @param sentences the sentences of {@code text}, in order (tense is read per sentence); an empty
   *     list lets the tagger split the text itself
   * @param reference the date relative expressions are counted from, usually the publication date;
   *     {@link ReferenceDate#UNKNOWN} keeps them unresolved
   * @return the expressions in text order, none overlapping
   */
  List<Timex> tag(String text, List<TextSpan> sentences, ReferenceDate reference);

  /** The same, with the tagger's own sentence split. */
  default List<Timex> tag(String text, ReferenceDate reference) {
    return tag(text, List.of(), reference);
  }
}
