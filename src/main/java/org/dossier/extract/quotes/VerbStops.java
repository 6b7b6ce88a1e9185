package org.dossier.extract.quotes;

import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.Sentence;
import org.dossier.lang.Alternation;
import org.dossier.lang.DataFile;

/**
 * Where a speaker's noun phrase stops: before an auxiliary ("la présidente de Poitou-Charentes a
 * d'ores et déjà…", "les expertises ADN ayant…"); after a cue, also before a participle ("selon un
 * syndicaliste reçu par…"), which before a cue may belong to the description ("l'homme chargé de
 * la surveillance de l'ex-otage assure"). {@code clitics}: a pronoun right before a verb (its clitic,
 * or a relative or subject pronoun), where a description that opens a sentence stops: "La jeune
 * femme | se présentant comme la mère …". {@code verbs}: every verb and auxiliary, where a group's
 * noun phrase stops ("les internautes | exprimer"). {@code sentences}: where the analysis's sentences start.
 */
record VerbStops(java.util.BitSet auxiliaries, java.util.BitSet afterCue, java.util.BitSet nouns, java.util.BitSet clitics, java.util.BitSet verbs, java.util.BitSet sentences) {
  /**
   * A language's verb forms: auxiliaries the tagger may read as main verbs ({@code
   * LANG/auxiliary-forms.txt}), participles by their ending ({@code LANG/participle-endings.txt}),
   * and those that qualify a role instead ({@code LANG/role-participles.txt}: "le président élu").
   */
  record Forms(Set<String> auxiliaries, Pattern participle, Set<String> roleParticiples) {
    static Forms load(String language) {
      return new Forms(
          Set.copyOf(DataFile.words(language, "auxiliary-forms.txt")),
          Pattern.compile("\\p{Ll}+(?:" + Alternation.of(DataFile.words(language, "participle-endings.txt")) + ")"),
          Set.copyOf(DataFile.words(language, "role-participles.txt")));
    }
  }

  /** Whether a verb starts at or after {@code from} and before {@code to}. */
  boolean verbBetween(int from, int to) {
    int verb = verbs.nextSetBit(Math.max(0, from));
    return verb >= 0 && verb < to;
  }

  static VerbStops of(Analysis analysis, Forms forms) {
    java.util.BitSet aux = new java.util.BitSet(analysis.text().length());
    java.util.BitSet after = new java.util.BitSet(analysis.text().length());
    java.util.BitSet nouns = new java.util.BitSet(analysis.text().length());
    java.util.BitSet clitics = new java.util.BitSet(analysis.text().length());
    java.util.BitSet verbs = new java.util.BitSet(analysis.text().length());
    java.util.BitSet starts = new java.util.BitSet(analysis.text().length());
    for (Sentence s : analysis.sentences()) {
      starts.set(s.start());
      org.dossier.analyse.Token previous = null;
      for (org.dossier.analyse.Token t : s.tokens()) {
        // A pronoun right before a verb is its clitic, and opens a clause no description holds: "La jeune femme | se présentant comme …".
        if (previous != null && previous.pos().equals("PRON") && (t.pos().equals("VERB") || t.pos().equals("AUX"))) clitics.set(previous.start());
        if (t.pos().equals("VERB") || t.pos().equals("AUX")) verbs.set(t.start());
        previous = t;
        if (t.pos().equals("NOUN")) nouns.set(t.start());
        if (t.pos().equals("AUX") || t.pos().equals("VERB") && forms.auxiliaries().contains(t.text())) aux.set(t.start());
        // The tagger reads some nouns as verbs ("des Caisses d'épargne"): only a participle's form stops.
        // "le président élu" goes on.
        if (aux.get(t.start()) || t.pos().equals("VERB") && forms.participle().matcher(t.text()).matches() && !forms.roleParticiples().contains(t.text().toLowerCase(java.util.Locale.ROOT))) after.set(t.start());
      }
    }
    return new VerbStops(aux, after, nouns, clitics, verbs, starts);
  }
}
