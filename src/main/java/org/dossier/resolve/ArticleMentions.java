package org.dossier.resolve;

import java.util.List;
import org.dossier.analyse.Analysis;
import org.dossier.extract.entities.Acronym;
import org.dossier.extract.entities.Mention;
import org.dossier.extract.quotes.FoundQuote;

/**
 * One article's input to resolution: its analysis, its named mentions, its acronym definitions,
 * and its quotes, whose speakers are linked to entities once the run's entities are known.
 */
public record ArticleMentions(String article, Analysis analysis, List<Mention> mentions, List<Acronym> acronyms, List<FoundQuote> quotes) {

  public ArticleMentions {
    mentions = List.copyOf(mentions);
    acronyms = List.copyOf(acronyms);
    quotes = List.copyOf(quotes);
  }
}
