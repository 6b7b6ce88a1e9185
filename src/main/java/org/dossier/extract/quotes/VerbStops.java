package org.dossier.extract.quotes;

import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.Sentence;

/**
 * Where a speaker's noun phrase stops: before an auxiliary ("la présidente de Poitou-Charentes a
 * d'ores et déjà…", "les expertises ADN ayant…"); after a cue, also before a participle ("selon un
 * syndicaliste reçu par…"), which before a cue may belong to the description ("l'homme chargé de
 * la surveillance de l'ex-otage assure").
 */
record VerbStops(java.util.BitSet auxiliaries, java.util.BitSet afterCue, java.util.BitSet nouns) {
  /** Forms of avoir and être the tagger may read as main verbs: "La présidente de Poitou-Charentes a d'ores et déjà assuré". */
  private static final Pattern AUXILIARY_FORM = Pattern.compile("a|ont|avait|avaient|eut|eurent|aura|auront|aurait|auraient|est|sont|était|étaient|sera|seront|serait|seraient|ayant|étant");
  private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ant)");

  static VerbStops of(Analysis analysis, Set<String> roleParticiples) {
    java.util.BitSet aux = new java.util.BitSet(analysis.text().length());
    java.util.BitSet after = new java.util.BitSet(analysis.text().length());
    java.util.BitSet nouns = new java.util.BitSet(analysis.text().length());
    for (Sentence s : analysis.sentences()) {
      for (org.dossier.analyse.Token t : s.tokens()) {
        if (t.pos().equals("NOUN")) nouns.set(t.start());
        if (t.pos().equals("AUX") || t.pos().equals("VERB") && AUXILIARY_FORM.matcher(t.text()).matches()) aux.set(t.start());
        // The tagger reads some nouns as verbs ("des Caisses d'épargne"): only a participle's form stops.
        // "le président élu" goes on.
        if (aux.get(t.start()) || t.pos().equals("VERB") && PARTICIPLE.matcher(t.text()).matches() && !roleParticiples.contains(t.text().toLowerCase(java.util.Locale.ROOT))) after.set(t.start());
      }
    }
    return new VerbStops(aux, after, nouns);
  }
}
