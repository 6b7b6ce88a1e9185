package org.dossier.extract.quotes;

/** The words that name a speaker: "M. Kalin", "la présidence turque", or the antecedent of "il". */
public record SpeakerSpan(String name, int start, int end) {}
