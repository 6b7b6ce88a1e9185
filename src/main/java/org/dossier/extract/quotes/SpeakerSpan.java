package org.dossier.extract.quotes;

/**
 * The words that name a speaker: "M. Kalin", "la présidence turque", or the antecedent of "il".
 * Quotation marks in them are the journalist's distance, not part of the name: "la « mère »".
 */
public record SpeakerSpan(String name, int start, int end) {

  public SpeakerSpan {
    name = name.replaceAll("[" + Positions.MARKS + "]", " ").replaceAll("\\s+", " ").strip();
  }
}
