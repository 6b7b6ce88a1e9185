package org.dossier.extract.quotes;

import static org.dossier.extract.quotes.Positions.inside;
import static org.dossier.extract.quotes.Positions.wordCount;
import static org.dossier.extract.quotes.Subjects.speaks;

import java.util.List;
import java.util.Set;
import org.dossier.analyse.Dependency;
import org.dossier.analyse.Sentence;
import org.dossier.extract.entities.EntityType;
import org.dossier.extract.entities.Mention;

/**
 * A cue's subject as the dependency parse gives it, where the surface rules find nobody: the
 * parser often misreads French incises, so it is asked last. Only sentences holding a cue or a
 * quotation mark are parsed; elsewhere every answer is nobody.
 */
final class ParsedSubjects {

  /** Subject pronouns, the last speaker when the parse gives one ({@code LANG/subject-pronouns.txt}). */
  private final Set<String> pronouns;
  private final int maxSubjectWords;

  ParsedSubjects(String language, int maxSubjectWords) {
    this.pronouns = Set.copyOf(org.dossier.lang.DataFile.words(language, "subject-pronouns.txt"));
    this.maxSubjectWords = maxSubjectWords;
  }

  /** The person named right after a comma, nothing but spaces between; or null. */
  private static Mention personRightAfter(String text, int comma, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.type() == EntityType.PER && m.start() > comma && text.substring(comma + 1, m.start()).isBlank()) return m;
    }
    return null;
  }

  /**
   * Where the main clause starts after a fronted clause's content: the first comma outside quotes
   * right after which the parse puts a verb's subject, the verb after it; else {@code end}.
   */
  int mainClause(String text, List<Sentence> sentences, int from, int end, List<QuoteMarks.Span> quotes, List<Mention> mentions) {
    Sentence s = parsedAt(sentences, from);
    if (s == null) return end;
    for (int comma = text.indexOf(',', from); comma >= 0 && comma < end; comma = text.indexOf(',', comma + 1)) {
      if (inside(quotes, comma)) continue;
      if (personRightAfter(text, comma, mentions) != null) return comma; // "Démentant que …, Dominique Paillé, porte-parole de l'UMP a déclaré"
      int words = 0;
      for (org.dossier.analyse.Token t : s.tokens()) {
        if (t.start() <= comma) continue;
        if (t.text().equals(",") || inside(quotes, t.start()) || ++words > maxSubjectWords) break;
        String relation = relationOf(s, t.index());
        int head = headOf(s, t.index());
        if ((relation.equals("nsubj") || relation.startsWith("nsubj:")) && head >= 0 && s.tokens().get(head).start() > t.start()) return comma;
      }
    }
    return end;
  }

  /**
   * The grammatical subject of the cue verb, from the sentence's dependency parse when there is
   * one; used where the surface rules find nobody, as the parser often misreads French incises: "nsubj" of the verb, or of the verb a gerund or a relative clause hangs from ("ajoutant
   * que", "le communiqué, qui précise"). A subject pronoun is the last speaker.
   */
  Who subject(String text, List<Sentence> sentences, int verbPos, List<Mention> mentions) {
    Sentence s = parsedAt(sentences, verbPos);
    if (s == null) return Who.NOBODY;
    int verb = tokenAt(s, verbPos);
    for (int hops = 0; verb >= 0 && hops < 3; hops++) {
      int subj = nearestSubject(s, verb);
      if (subj >= 0) return who(text, s, subj, mentions);
      String relation = relationOf(s, verb);
      // "ajoutant": the subject of the verb it depends on; "Xavier Darcos minimise … et dénonce": of
      // the verb it is coordinated with; "n'hésitent pas à lui demander": of the verb whose complement it is.
      if (!relation.startsWith("advcl") && !relation.startsWith("acl") && !relation.equals("conj") && !relation.equals("xcomp")) return Who.NOBODY;
      verb = headOf(s, verb);
    }
    return Who.NOBODY;
  }

  /**
   * The first subject the parse gives after the first comma past {@code from} in its sentence, of a
   * verb after it too: not "le gouvernement" of "Estimant que le gouvernement avait tort, la
   * ministre a…"; nor a subject inside quoted words ("Démentant que …, « Sérieusement, il a… »,
   * a lancé Dominique Paillé").
   */
  Who subjectAfter(String text, List<Sentence> sentences, int from, List<Mention> mentions, List<QuoteMarks.Span> quotes) {
    Sentence s = parsedAt(sentences, from);
    if (s == null) return Who.NOBODY;
    int comma = text.indexOf(',', from);
    if (comma < 0 || comma >= s.end()) return Who.NOBODY;
    // A person named right after the comma, whatever the parse makes of them: "Démentant que …,
    // Dominique Paillé, porte-parole de l'UMP a déclaré…".
    Mention person = personRightAfter(text, comma, mentions);
    if (person != null) return Who.of(person);
    for (org.dossier.analyse.Token t : s.tokens()) {
      if (t.start() <= comma || headOf(s, t.index()) < 0 || s.tokens().get(headOf(s, t.index())).start() <= comma) continue;
      if (inside(quotes, t.start())) return Who.NOBODY;
      String relation = relationOf(s, t.index());
      if (activeSubject(relation)) return who(text, s, t.index(), mentions);
    }
    return Who.NOBODY;
  }

  /**
   * Whether the parse gives the verb a subject before the cue, with no verb between them: "Georges
   * Pauget, le directeur général de Crédit agricole SA, évoque la nécessité « … »" is no incise,
   * whatever comma precedes the verb. A verb between ("La banque va recevoir 3 milliards, …, a
   * annoncé la ministre") makes the parse's subject doubtful.
   */
  boolean subjectBefore(List<Sentence> sentences, int cueStart, int verbPos) {
    Sentence s = parsedAt(sentences, verbPos);
    int verb = s == null ? -1 : tokenAt(s, verbPos);
    if (verb < 0) return false;
    int subj = dependent(s, verb, "nsubj");
    if (subj < 0 || s.tokens().get(subj).end() > cueStart) return false;
    for (int i = subj + 1; i < s.tokens().size() && s.tokens().get(i).start() < cueStart; i++) {
      String pos = s.tokens().get(i).pos();
      if (pos.equals("VERB") || pos.equals("AUX")) return false;
    }
    return true;
  }

  /** The parsed sentence holding an offset, or null when it holds none or was not parsed. */
  private static Sentence parsedAt(List<Sentence> sentences, int pos) {
    for (Sentence s : sentences) {
      if (s.start() <= pos && pos < s.end()) return s.parsed() ? s : null;
    }
    return null;
  }

  /** The index of the token holding an offset, or -1. */
  private static int tokenAt(Sentence s, int pos) {
    for (org.dossier.analyse.Token t : s.tokens()) {
      if (t.start() <= pos && pos < t.end()) return t.index();
    }
    return -1;
  }

  private Who who(String text, Sentence s, int token, List<Mention> mentions) {
    org.dossier.analyse.Token t = s.tokens().get(token);
    String word = t.text().toLowerCase(java.util.Locale.ROOT);
    if (t.pos().equals("PRON")) {
      if (word.equals("qui") && relationOf(s, headOf(s, token)).startsWith("acl")) {
        int noun = headOf(s, headOf(s, token)); // "le communiqué, qui précise": the noun the clause describes
        return noun < 0 ? Who.NOBODY : who(text, s, noun, mentions);
      }
      return pronouns.contains(word) ? Who.anaphor(word, t.start()) : Who.NOBODY;
    }
    for (Mention m : mentions) {
      if (m.start() <= t.start() && t.end() <= m.end() && speaks(m)) return Who.of(m);
    }
    // A common noun: its phrase without clauses ("le porte-parole du Kremlin", "la présidence turque").
    int start = t.start();
    int end = t.end();
    for (Dependency d : s.dependencies()) {
      if (d.head() == token && !d.relation().startsWith("acl") && !d.relation().equals("punct") && !d.relation().startsWith("appos")) {
        int[] span = subtree(s, d.dependent());
        start = Math.min(start, span[0]);
        end = Math.max(end, span[1]);
      }
    }
    // An apposition naming a person wins: "le porte-parole du président, Ibrahim Kalin".
    for (Dependency d : s.dependencies()) {
      if (d.head() == token && d.relation().startsWith("appos")) {
        Who named = who(text, s, d.dependent(), mentions);
        if (named.span() != null) return named;
      }
    }
    String np = text.substring(start, end).strip();
    // "La mère, de nationalité algérienne et résidente en France, a soutenu": what follows a comma describes, it does not name.
    int comma = np.indexOf(',');
    if (comma > 0) np = np.substring(0, comma).strip();
    return np.isEmpty() || wordCount(np) > maxSubjectWords ? Who.NOBODY : new Who(new SpeakerSpan(np, start, start + np.length()), null);
  }

  /**
   * The verb's subject; of two the parser gives it, the one right before it: "Quelques heures après
   * Bernard Kouchner, mardi 25 mars, le chef de l'Etat s'est fait…" is the head of state's doing.
   */
  private static int nearestSubject(Sentence s, int verb) {
    int nearest = -1;
    for (Dependency d : s.dependencies()) {
      if (d.head() != verb || !activeSubject(d.relation())) continue;
      if (nearest < 0 || d.dependent() < verb && (nearest > verb || d.dependent() > nearest)) nearest = d.dependent();
    }
    return nearest;
  }

  /** A verb's subject, not a passive's: "nsubj" and its subtypes but "nsubj:pass". */
  private static boolean activeSubject(String relation) {
    return relation.equals("nsubj") || relation.startsWith("nsubj:") && !relation.endsWith("pass");
  }

  private static int dependent(Sentence s, int head, String relation) {
    for (Dependency d : s.dependencies()) {
      if (d.head() == head && (d.relation().equals(relation) || d.relation().startsWith(relation + ":") && !d.relation().endsWith("pass"))) return d.dependent();
    }
    return -1;
  }

  private static int headOf(Sentence s, int token) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == token) return d.head();
    }
    return -1;
  }

  private static String relationOf(Sentence s, int token) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == token) return d.relation();
    }
    return "";
  }

  private static int[] subtree(Sentence s, int token) {
    int start = s.tokens().get(token).start();
    int end = s.tokens().get(token).end();
    for (Dependency d : s.dependencies()) {
      if (d.head() == token) {
        int[] child = subtree(s, d.dependent());
        start = Math.min(start, child[0]);
        end = Math.max(end, child[1]);
      }
    }
    return new int[] {start, end};
  }

  /** The subject the parse gives the last verb before {@code at} in its sentence, a noun phrase before that verb; or nobody. */
  Who lastSubjectBefore(String text, List<Sentence> sentences, int at, List<Mention> mentions, List<QuoteMarks.Span> quotes) {
    Sentence s = parsedAt(sentences, at);
    if (s == null) return Who.NOBODY;
    for (int i = tokenAt(s, at) - 1; i >= 0; i--) {
      // Not a verb of the words quoted: "« disposé à ce que … »", évoquant alors la France.
      if (!s.tokens().get(i).pos().equals("VERB") || inside(quotes, s.tokens().get(i).start())) continue;
      // Not a pronoun: "pour qu'elles respectent" is a clause about others inside the main one.
      int subject = nearestSubject(s, i);
      if (subject >= 0 && subject < i && !s.tokens().get(subject).pos().equals("PRON")) return who(text, s, subject, mentions);
    }
    return Who.NOBODY;
  }
}
