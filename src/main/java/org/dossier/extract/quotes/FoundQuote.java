package org.dossier.extract.quotes;

/**
 * A quote or a report of speech found in one article, before speakers are linked to entities.
 *
 * @param start offset of the quoted words (direct) or of the reported content (indirect)
 * @param cue the reporting words as written ("a déclaré", "a-t-il ajouté", "selon"), or null
 * @param speaker who said it, as a span of the text (a name, a description, or a pronoun's antecedent), or null
 */
public record FoundQuote(String text, int start, int end, boolean direct, String cue, SpeakerSpan speaker) {}
