package org.dossier.extract.entities;

/**
 * A name in an article's cleaned text.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param origin what found it: "ner" (CoreNLP), "gazetteer" (LANG/organisations.tsv), "acronym"
 *     (a "Long Form (ACRONYM)" pattern), "demonym" (a nationality re-typed from the NER's LOC),
 *     "age" (a proper noun before an age: "Sonam, 32 ans") or "honorific" (a title of address and
 *     the surname the model cut: "M. de Castries")
 */
public record Mention(int start, int end, String text, EntityType type, String origin) {

  public boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }
}
