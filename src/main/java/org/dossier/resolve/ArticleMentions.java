package org.dossier.resolve;

import java.util.List;
import org.dossier.analyse.Analysis;
import org.dossier.extract.entities.Acronym;
import org.dossier.extract.entities.Mention;

/** One article's input to resolution: its analysis, its named mentions, its acronym definitions. */
public record ArticleMentions(String article, Analysis analysis, List<Mention> mentions, List<Acronym> acronyms) {

  public ArticleMentions {
    mentions = List.copyOf(mentions);
    acronyms = List.copyOf(acronyms);
  }
}
