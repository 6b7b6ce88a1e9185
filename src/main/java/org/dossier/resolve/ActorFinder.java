package org.dossier.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.analyse.Sentence;
import org.dossier.analyse.Token;
import org.dossier.extract.entities.Mention;
import org.dossier.lang.Countries;
import org.dossier.lang.Countries.Country;

/**
 * Finds where a state acts under another name: its capital as the subject of a verb ("Ankara ne
 * cesse de hausser le ton", "bien qu'Ankara soutienne"), a nationality noun ("les Russes"), or a
 * nationality adjective on a body that acts for it ("responsables turcs", "le régime syrien").
 */
final class ActorFinder {

  /** A span that stands for a country. */
  record Actor(int start, int end, String text, Country country) {}

  private static final Set<String> CLITICS = Set.of("ne", "n'", "se", "s'", "lui", "leur", "y", "en", "l'", "le", "la", "les", "nous", "vous", "ont", "a");

  private static final Set<String> DEFINITE = Set.of("les", "the");

  private final Countries countries;
  private final Set<String> agentNouns;

  ActorFinder(Countries countries, Set<String> agentNouns) {
    this.countries = countries;
    this.agentNouns = agentNouns;
  }

  List<Actor> find(String text, List<Sentence> sentences, List<Mention> mentions) {
    List<Actor> actors = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        Optional<Country> capital = countries.byCapital(t.text());
        if (capital.isPresent() && isSubject(tokens, i)) {
          actors.add(new Actor(t.start(), t.end(), t.text(), capital.get()));
          continue;
        }
        Optional<Country> demonym = countries.byDemonym(t.text());
        if (demonym.isEmpty()) {
          continue;
        }
        boolean definite = i > 0 && DEFINITE.contains(tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT));
        if (Character.isUpperCase(t.text().codePointAt(0)) && !t.pos().equals("ADJ") && definite) {
          // "les Russes" acts for Russia; "700 000 Syriens" are people, not the state.
          actors.add(new Actor(t.start(), t.end(), t.text(), demonym.get()));
        } else if (i > 0 && agentNouns.contains(tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT))) {
          Token noun = tokens.get(i - 1);
          actors.add(new Actor(noun.start(), t.end(), text.substring(noun.start(), t.end()), demonym.get()));
        }
      }
    }
    return actors;
  }

  /** A capital is its state when it is the subject: not after a preposition, and a verb follows. */
  private static boolean isSubject(List<Token> tokens, int i) {
    if (i > 0 && tokens.get(i - 1).pos().equals("ADP")) {
      return false;
    }
    int j = i + 1;
    while (j < tokens.size() && j <= i + 3 && CLITICS.contains(tokens.get(j).text().toLowerCase(java.util.Locale.ROOT)) && !tokens.get(j).pos().startsWith("AUX")) {
      j++;
    }
    return j < tokens.size() && (tokens.get(j).pos().equals("VERB") || tokens.get(j).pos().equals("AUX"));
  }
}
