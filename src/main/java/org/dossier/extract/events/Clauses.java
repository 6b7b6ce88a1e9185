package org.dossier.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.dossier.analyse.Dependency;
import org.dossier.analyse.Sentence;
import org.dossier.analyse.Token;
import org.dossier.extract.time.TextSpan;

/**
 * The clause a date belongs to, as a span of the article text. Two readings, both kept readable
 * on their own:
 *
 * <ul>
 *   <li>a date inside a participle that modifies a noun ("un accord conclu en 2018") dates that
 *       noun phrase, not the sentence's main verb; the parse decides where the sentence has one,
 *       else the surface (a participle right after a noun);
 *   <li>otherwise the sentence is cut at surface clause boundaries: ";" and ":", a comma before a
 *       clause link ("…, alors que…"), and a comma before a trailing gerund ("…, avertissant
 *       que…"). A part with no subject of its own ("…, mais ne fait rien", an inverted "…, a
 *       déclaré X") joins the part before it.
 * </ul>
 *
 * The parse is not used to cut clauses: the French UD parser misreads incises ("…, a déclaré mardi
 * la présidence turque" comes out as a parataxis of an earlier verb), and a sentence is parsed
 * only where the quote extractor asked for it, so a surface rule keeps every sentence cut alike.
 */
final class Clauses {

  private static final Set<String> STRONG = Set.of(";", ":");
  private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "ADJ");
  private static final Set<String> BETWEEN_PARTICIPLE_AND_DATE = Set.of("ADP", "DET", "NUM", "ADV", "ADJ");
  /** A participle this many words before the date, at most, still governs it ("conclu en septembre 2018"). */
  private static final int MAX_WORDS_PARTICIPLE_TO_DATE = 3;
  /** A noun phrase's determiner this many words before its participle, at most. */
  private static final int MAX_NOUN_PHRASE_WORDS = 8;
  /** Relations that climb no further: the date is a clause's, not a noun's. */
  private static final int MAX_CLIMB = 12;

  private final EventCues cues;

  Clauses(EventCues cues) {
    this.cues = cues;
  }

  /** The span of the clause holding [dateStart, dateEnd) in sentence s of text, trimmed. */
  TextSpan around(String text, Sentence s, int dateStart, int dateEnd) {
    List<Token> tokens = s.tokens();
    int first = firstToken(tokens, dateStart);
    Optional<TextSpan> noun = s.parsed() ? parsedParticiple(s, first) : surfaceParticiple(tokens, first);
    if (noun.isPresent()) return trim(text, noun.get().start(), noun.get().end());
    return trim(text, clause(text, s, first));
  }

  /** True when the date at this offset belongs to a noun phrase ("les accords conclus en octobre dernier"), not to a clause. */
  boolean inNounPhrase(Sentence s, int dateStart) {
    int first = firstToken(s.tokens(), dateStart);
    return (s.parsed() ? parsedParticiple(s, first) : surfaceParticiple(s.tokens(), first)).isPresent();
  }

  private static int firstToken(List<Token> tokens, int offset) {
    int first = 0;
    while (first < tokens.size() - 1 && tokens.get(first).end() <= offset) first++;
    return first;
  }

  private TextSpan clause(String text, Sentence s, int dateToken) {
    List<Token> tokens = s.tokens();
    // Each part: its first token and the offset its words start at (after a clause link).
    List<int[]> parts = new ArrayList<>();
    List<Boolean> dependent = new ArrayList<>();
    parts.add(new int[] {0, tokens.get(0).start()});
    dependent.add(false);
    for (int i = 0; i < tokens.size() - 1; i++) {
      Token t = tokens.get(i);
      if (STRONG.contains(t.text())) {
        parts.add(new int[] {i + 1, tokens.get(i + 1).start()});
        dependent.add(subjectless(tokens, i + 1));
      } else if (t.text().equals(",")) {
        Matcher link = cues.linkAfterComma.matcher(text).region(t.start(), s.end());
        if (link.lookingAt()) {
          int next = i + 1;
          while (next < tokens.size() && tokens.get(next).start() < link.end()) next++;
          if (next < tokens.size()) {
            parts.add(new int[] {i + 1, tokens.get(next).start()});
            dependent.add(subjectless(tokens, next));
          }
        } else if (trailingGerund(tokens, i + 1)) {
          parts.add(new int[] {i + 1, tokens.get(i + 1).start()});
          dependent.add(true);
        }
      }
    }
    int k = parts.size() - 1;
    while (k > 0 && parts.get(k)[0] > dateToken) k--;
    int end = k + 1 < parts.size() ? tokens.get(parts.get(k + 1)[0] - 1).start() : s.end();
    while (k > 0 && dependent.get(k)) k--;
    return new TextSpan(parts.get(k)[1], end);
  }

  /** A part that opens on a verb, maybe after clitics and adverbs, leans on the subject before it. */
  private boolean subjectless(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.pos().equals("VERB") || t.pos().equals("AUX")) return true;
      if (!t.pos().equals("ADV") && !cues.isClitic(t.text())) return false;
    }
    return false;
  }

  /**
   * A gerund after a comma that runs to the end of the sentence. One that a comma and a verb
   * follow is a parenthesis inside the clause ("un cessez-le-feu, concernant Idleb, était…").
   */
  private boolean trailingGerund(List<Token> tokens, int from) {
    int i = from;
    while (i < tokens.size() && cues.isGerundLead(tokens.get(i).text())) i++;
    if (i >= tokens.size() || !tokens.get(i).pos().equals("VERB") || !cues.isGerund(tokens.get(i).text())) return false;
    for (int j = i + 1; j < tokens.size() - 1; j++) {
      String pos = tokens.get(j + 1).pos();
      if (tokens.get(j).text().equals(",") && (pos.equals("VERB") || pos.equals("AUX"))) return false;
    }
    return true;
  }

  /** With a parse: the date climbs to its verb; a participle that modifies a noun ("acl") gives the noun's phrase. */
  private Optional<TextSpan> parsedParticiple(Sentence s, int dateToken) {
    int[] head = new int[s.tokens().size()];
    String[] relation = new String[head.length];
    java.util.Arrays.fill(head, -1);
    for (Dependency d : s.dependencies()) {
      if (d.dependent() >= 0 && d.dependent() < head.length) {
        head[d.dependent()] = d.head();
        relation[d.dependent()] = d.relation();
      }
    }
    int at = dateToken;
    for (int step = 0; step < MAX_CLIMB && at >= 0; step++) {
      Token t = s.tokens().get(at);
      if (t.pos().equals("VERB") || t.pos().equals("AUX")) {
        // An infinitive the parser hangs on a noun ("en tant que président d'arrêter…") is no participle.
        if (!"acl".equals(relation[at]) || head[at] < 0 || !cues.isParticiple(t.text())) return Optional.empty();
        int noun = head[at];
        int lo = noun;
        int hi = noun;
        for (int i = 0; i < head.length; i++) {
          if (dominates(head, noun, i)) {
            lo = Math.min(lo, i);
            hi = Math.max(hi, i);
          }
        }
        // The noun's own preposition ("de la chanson écrite en mars 2005") is no part of the phrase.
        while (lo < noun && ("case".equals(relation[lo]) || "punct".equals(relation[lo]))) lo++;
        return Optional.of(new TextSpan(s.tokens().get(lo).start(), s.tokens().get(hi).end()));
      }
      at = head[at];
    }
    return Optional.empty();
  }

  private static boolean dominates(int[] head, int ancestor, int node) {
    for (int step = 0; node >= 0 && step <= head.length; step++) {
      if (node == ancestor) return true;
      node = head[node];
    }
    return false;
  }

  /**
   * Without a parse: a participle a few words before the date, right after a noun or adjective,
   * and a determiner before that noun; the phrase runs to the next comma or the sentence end.
   */
  private Optional<TextSpan> surfaceParticiple(List<Token> tokens, int dateToken) {
    int p = dateToken - 1;
    while (p >= 0 && dateToken - p <= MAX_WORDS_PARTICIPLE_TO_DATE && BETWEEN_PARTICIPLE_AND_DATE.contains(tokens.get(p).pos())) p--;
    if (p < 1 || dateToken - p > MAX_WORDS_PARTICIPLE_TO_DATE + 1) return Optional.empty();
    Token participle = tokens.get(p);
    if (!participle.pos().equals("VERB") || !cues.isParticiple(participle.text()) || !NOMINAL.contains(tokens.get(p - 1).pos())) return Optional.empty();
    int start = -1;
    for (int i = p - 1; i >= 0 && p - i <= MAX_NOUN_PHRASE_WORDS; i--) {
      Token t = tokens.get(i);
      if (t.pos().equals("PUNCT") || t.pos().equals("VERB") || t.pos().equals("AUX")) break;
      if (t.pos().equals("DET") && i + 1 < p && tokens.get(i + 1).pos().equals("NOUN") || t.pos().equals("DET") && i + 2 < p && tokens.get(i + 1).pos().equals("ADJ") && tokens.get(i + 2).pos().equals("NOUN")) {
        start = i;
        break;
      }
    }
    if (start < 0) return Optional.empty();
    // The article of a contraction ("au conseil": "à" + "le") shares its span with the preposition.
    if (start > 0 && tokens.get(start).start() == tokens.get(start - 1).start()) start++;
    int end = dateToken;
    while (end + 1 < tokens.size() && !STRONG.contains(tokens.get(end + 1).text()) && !tokens.get(end + 1).text().equals(",") && !mainVerb(tokens, end + 1)) end++;
    return Optional.of(new TextSpan(tokens.get(start).start(), tokens.get(end).end()));
  }

  /** A verb right after a noun, past the phrase's participle, is the sentence's own ("Le texte adopté mardi | prévoit"). */
  private static boolean mainVerb(List<Token> tokens, int i) {
    String pos = tokens.get(i).pos();
    return (pos.equals("VERB") || pos.equals("AUX")) && NOMINAL.contains(tokens.get(i - 1).pos());
  }

  private static TextSpan trim(String text, TextSpan span) {
    return trim(text, span.start(), span.end());
  }

  /**
   * Without the punctuation a cut leaves at either end, nor a quotation mark whose other half the
   * cut left out ("« En 1875, la République a été créée…" when the quote runs on); balanced quotes
   * and closing brackets stay.
   */
  private static TextSpan trim(String text, int start, int end) {
    int before;
    do {
      before = end - start;
      while (start < end && (Character.isWhitespace(text.charAt(start)) || ",;:–—-".indexOf(text.charAt(start)) >= 0)) start++;
      while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",;:.–—-".indexOf(text.charAt(end - 1)) >= 0)) end--;
      String span = text.substring(start, end);
      if (span.startsWith("«") && !span.contains("»") || span.startsWith("“") && !span.contains("”") || span.startsWith("\"") && count(span, '"') % 2 == 1) start++;
      else if (span.endsWith("»") && !span.contains("«") || span.endsWith("”") && !span.contains("“") || span.endsWith("\"") && count(span, '"') % 2 == 1) end--;
    } while (end - start < before);
    return new TextSpan(start, end);
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }
}
