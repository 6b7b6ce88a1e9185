package org.dossier.analyse;

/**
 * A word of the analysed text. Offsets are character offsets into the cleaned article text; the
 * two words of a French contraction ("du" → "de" + "le") share the contraction's span.
 *
 * @param text the word (for a contraction's parts, the part: "de", "le")
 * @param pos the Universal Dependencies part of speech ("PROPN", "VERB"…)
 * @param ner the CoreNLP WikiNER class (PER, ORG, LOC, MISC) or "O"
 */
public record Token(int index, String text, int start, int end, String pos, String ner) {}
