package org.dossier.extract.quotes;

import static org.dossier.extract.quotes.Positions.MARKS;
import static org.dossier.extract.quotes.Positions.hasMarks;
import static org.dossier.extract.quotes.Positions.sentenceAround;
import static org.dossier.extract.quotes.Positions.sentenceBefore;
import static org.dossier.extract.quotes.Positions.skipSpaces;
import static org.dossier.extract.quotes.Positions.wordCount;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analyse.Sentence;
import org.dossier.extract.entities.EntityType;
import org.dossier.extract.entities.Genders;
import org.dossier.extract.entities.Mention;

/**
 * Who or what a sentence opens with as its subject: "Le Premier ministre François Fillon a enfoncé
 * le clou", "Mais le rapport reste ferme", "Le CIO a fait état de…". A name that completes a noun
 * ("la venue de Carla Bruni") is not the subject.
 */
final class Subjects {

  /** A determiner opening a noun phrase, from {@code LANG/determiners.txt}: "le", "un", "plusieurs". */
  private final Pattern determiner;
  private final int maxSubjectWords;
  /** A noun a name completes without "de" ({@code LANG/eponym-nouns.txt}), right before it: "l'affaire | Sébire". */
  private final Pattern eponym;
  /** A sentence opened by a singular definite description, its opening words aside: "Le leader de l'aile gauche …" ({@code LANG/definite-singular.txt}). */
  private final Pattern describedOpening;
  /** A sentence opened by a body or a text as its subject, its opening words aside: "Mais | le rapport | reste ferme" ({@code LANG/collective-nouns.txt}, {@code institution-nouns.txt}). */
  private final Pattern bodyOpening;

  /** A sentence's opening words ("Mais", "Pour sa part,"), before its subject. */
  private final Pattern opener;
  /** A plural noun's ending ({@code LANG/plural-endings.txt}). */
  private final Pattern pluralNoun;

  Subjects(String language, Cues cues, org.dossier.config.Settings settings) {
    this.pluralReach = settings.integer("quotes.plural-group.reach-sentences");
    this.frontedWords = settings.integer("quotes.fronted-phrase.max-words");
    this.opener = cues.opener;
    this.pluralNoun = Pattern.compile("(?:" + org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "plural-endings.txt")) + ")$");
    this.determiner = cues.determiner;
    this.maxSubjectWords = settings.integer("quotes.max-subject-words");
    java.util.List<String> bodies = new java.util.ArrayList<>(org.dossier.lang.DataFile.words(language, "collective-nouns.txt"));
    bodies.addAll(org.dossier.lang.DataFile.words(language, "institution-nouns.txt"));
    this.bodyOpening = Pattern.compile("\\G(?:" + cues.opener.pattern() + ")?(?<words>(?:le|la|l')\\s*(?:" + org.dossier.lang.Alternation.of(bodies) + "))(?![\\p{L}'-])\\s+(?!de\\s|du\\s|des\\s|d')", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // Case-insensitive for the determiner only: its noun must be in lower case ("Le CIO" is a name).
    this.describedOpening = Pattern.compile("\\G(?i:" + cues.opener.pattern() + ")?(?i:" + org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "definite-singular.txt")) + ")(?:(?<=')|\\s+)\\p{Ll}", Pattern.UNICODE_CASE);
    this.eponym = Pattern.compile("(?:^|[\\s'])(?:" + org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "eponym-nouns.txt")) + ")\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** How many sentences back a plural pronoun looks for the group it stands for. */
  private final int pluralReach;

  /** "à l'image de", "à l'instar de": what follows is an example the sentence is about. */
  private static final Pattern EXAMPLE_BEFORE = Pattern.compile("(?:image|instar|exemple|yeux)\\s+(?:de\\s+|d')$", Pattern.UNICODE_CASE);

  /** A noun (or an acronym: "le député UMP des") and "de" right before a name: "le chef de l'", "la secrétaire d'". */
  static final Pattern COMPLEMENT_BEFORE = Pattern.compile("(?:\\p{Ll}[\\p{L}-]*|\\p{Lu}{2,})\\s+(?:de|du|des|d')(?:\\s+(?:la|l'|le|les))?\\s*$|\\p{Ll}[\\p{L}-]*\\s+(?:de\\s+l'|d')$", Pattern.UNICODE_CASE);

  /**
   * The person a sentence opens with as its subject, its title before it ("Le Premier ministre
   * François Fillon a enfoncé le clou"), and when {@code apposed} its apposition after ("Gérard
   * Collomb, premier signataire de sa motion, …"); or null.
   */
  SpeakerSpan openingSubject(String text, int start, int end, List<Mention> mentions, boolean apposed) {
    for (Mention m : mentions) {
      if (m.start() < start || m.end() > end || !speaks(m)) continue; // "Le Premier (MISC) ministre François Fillon"
      // "Un ancien de la Gestapo, Alfons Goetzfrid,": a body completing the description before the name.
      if (m.type() != EntityType.PER && apposed && describesNext(text, start, m, mentions)) continue;
      if (m.type() != EntityType.PER) return null;
      // "Pour sa part, le dalaï lama a félicité": past the sentence's opening words.
      String before = text.substring(start, m.start());
      Matcher opening = opener.matcher(before);
      String lead = opening.lookingAt() ? before.substring(opening.end()) : before;
      boolean commaAfter = text.substring(m.end(), Math.min(end, m.end() + 2)).strip().startsWith(",");
      // "Un ancien de la Gestapo, Alfons Goetzfrid, a été condamné": a description, then the name
      // in apposition between its commas.
      boolean described = apposed && commaAfter && lead.strip().endsWith(",") && lead.indexOf(',') == lead.lastIndexOf(',');
      boolean opens = lead.isBlank() || determiner.matcher(lead).lookingAt() && (!lead.contains(",") || described) && wordCount(lead) <= maxSubjectWords;
      return opens && (apposed || !commaAfter) && !complementOrObject(text, start, m) ? new SpeakerSpan(m.text(), m.start(), m.end()) : null;
    }
    return null;
  }

  /** Whether a body's name ends the description a sentence opens with, a person's name in apposition right after its comma. */
  private boolean describesNext(String text, int start, Mention m, List<Mention> mentions) {
    String before = text.substring(start, m.start());
    int comma = skipSpaces(text, m.end(), text.length());
    if (!determiner.matcher(before).lookingAt() || before.contains(",") || comma >= text.length() || text.charAt(comma) != ',') return false;
    int next = skipSpaces(text, comma + 1, text.length());
    return mentions.stream().anyMatch(p -> p.type() == EntityType.PER && p.start() == next);
  }

  /**
   * Whether a name completes a noun ("la venue de Carla Bruni", "l'affaire Sébire"): the sentence is
   * about something of theirs, not about them; but "à l'image de Stéphane Augé" holds them up as the
   * example and "aux yeux de Jean-Luc Romero" gives their view.
   */
  boolean complementOrObject(String text, int sentenceStart, Mention m) {
    String before = text.substring(sentenceStart, m.start());
    return COMPLEMENT_BEFORE.matcher(before).find() && !EXAMPLE_BEFORE.matcher(before).find() || eponym.matcher(before).find();
  }

  /**
   * The person who opens the sentence before the one at {@code at} as its subject ("Le Premier
   * ministre François Fillon a enfoncé le clou", "Armstrong, qui fait son retour…, disputera le
   * Giro"), when that sentence starts after {@code since};
   * or null.
   */
  SpeakerSpan previousSubject(String text, List<Sentence> sentences, int at, int since, List<Mention> mentions) {
    Sentence previous = sentenceBefore(sentences, at);
    return previous == null || previous.start() < since ? null : openingSubject(text, previous.start(), previous.end(), mentions, true);
  }

  /**
   * Where the sentence before the one at {@code at} starts, when it only describes someone known
   * again: it opens with a singular definite description, names no one and quotes nothing ("Le
   * leader de l'aile gauche n'a pas été convaincu"), and starts after {@code since}; else -1. The
   * person the sentence before that one is about is then still the one a pronoun stands for.
   */
  int describedAgain(String text, List<Sentence> sentences, int at, int since, List<Mention> mentions) {
    Sentence previous = sentenceBefore(sentences, at);
    if (previous == null || previous.start() < since || !describedOpening.matcher(text).region(previous.start(), previous.end()).lookingAt()) return -1;
    // A body is not someone described again: "La commission a rendu son avis."
    if (bodyOpening.matcher(text).region(previous.start(), previous.end()).lookingAt()) return -1;
    boolean named = mentions.stream().anyMatch(m -> m.type() == EntityType.PER && m.start() >= previous.start() && m.end() <= previous.end());
    boolean quotes = hasMarks(text.substring(previous.start(), previous.end()));
    return named || quotes ? -1 : previous.start();
  }

  /**
   * The one person the sentence before the one at {@code at} names (or the first, right after a
   * comma), when a verb follows the name
   * as its subject anywhere in it ("Emblématique, l'interview que Dassier a donnée au Monde …"),
   * and that sentence starts after {@code since}; or null. Named since the last speaker was heard,
   * they are what the next "il" stands for.
   */
  SpeakerSpan previousAgent(String text, List<Sentence> sentences, int at, int since, List<Mention> mentions) {
    Sentence previous = sentenceBefore(sentences, at);
    if (previous == null || previous.start() < since) return null;
    List<Mention> people = mentions.stream().filter(m -> m.type() == EntityType.PER && m.start() >= previous.start() && m.end() <= previous.end()).toList();
    if (people.isEmpty() || hasMarks(text.substring(previous.start(), previous.end()))) return null;
    Mention person = people.get(0);
    // Of several, the first when a fronted phrase sets it off: "Gonflé à bloc, Benoît Hamon est le
    // premier à réagir à l'intervention de Ségolène Royal".
    if (people.size() > 1 && !text.substring(previous.start(), person.start()).stripTrailing().endsWith(",")) return null;
    List<org.dossier.analyse.Token> tokens = previous.tokens();
    int before = -1;
    org.dossier.analyse.Token next = null;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() <= person.start()) before = i;
      if (next == null && tokens.get(i).start() >= person.end()) next = tokens.get(i);
    }
    // "Les proches du Dalaï Lama ont dénoncé": a name completing a noun is no subject.
    boolean object = before >= 0 && tokens.get(before).pos().equals("ADP") || complementOrObject(text, previous.start(), person);
    boolean verbAfter = next != null && (next.pos().equals("AUX") || next.pos().equals("VERB"));
    // "C'est la solution que retient également Bernard Revel": a relative's subject after its verb.
    int verb = before;
    while (verb >= 0 && tokens.get(verb).pos().equals("ADV")) verb--;
    boolean inverted = verb >= 1 && tokens.get(verb).pos().equals("VERB") && Positions.QUE.matcher(tokens.get(verb - 1).text()).matches();
    return !object && (verbAfter || inverted) ? new SpeakerSpan(person.text(), person.start(), person.end()) : null;
  }

  /**
   * The plural group the sentence of {@code at} or one of the {@code quotes.plural-group.reach-sentences} before it
   * opens with as its subject, newest first ("Plus de 500 magistrats ont transmis …" for a later "ils
   * dénoncent"); or null.
   */
  SpeakerSpan pluralSubjectBefore(String text, List<Sentence> sentences, int at, Genders genders) {
    List<Sentence> before = new java.util.ArrayList<>(sentences.stream().filter(s -> s.start() < at).toList());
    java.util.Collections.reverse(before);
    return firstPluralOpening(text, before, at, genders);
  }

  /**
   * A lead's "Ils y dénoncent …" before anyone is heard: the plural group one of the {@code
   * quotes.plural-group.reach-sentences} sentences after {@code at} opens with ("Plus de 500 magistrats ont transmis …"); or null.
   */
  SpeakerSpan pluralSubjectAfter(String text, List<Sentence> sentences, int at, Genders genders) {
    return firstPluralOpening(text, sentences.stream().filter(s -> s.start() > at).toList(), at, genders);
  }

  /**
   * The first group that {@code quotes.plural-group.reach-sentences} of these sentences open with, in their order. The
   * sentence of {@code at} itself is looked at on top, for a group before it: "Les partisans du Dalaï
   * Lama revendiquent … mais ils craignent".
   */
  private SpeakerSpan firstPluralOpening(String text, List<Sentence> ordered, int at, Genders genders) {
    int seen = 0;
    for (Sentence sentence : ordered) {
      boolean own = sentence.start() <= at && at < sentence.end();
      if (!own && seen++ >= pluralReach) break;
      SpeakerSpan group = pluralOpening(text, sentence, genders);
      if (group != null && (!own || group.end() <= at)) return group;
    }
    return null;
  }

  /** How many words a fronted phrase before its comma may have: "En contrepartie, | les banques". */
  private final int frontedWords;

  /** Past a short phrase a preposition or adverb opens, up to its comma, with no verb in it: "En contrepartie, | les banques devront"; else {@code i}. */
  private int pastFrontedPhrase(List<org.dossier.analyse.Token> tokens, int i) {
    if (i >= tokens.size() || !tokens.get(i).pos().equals("ADP") && !tokens.get(i).pos().equals("ADV")) return i;
    for (int j = i + 1; j < tokens.size() && j - i <= frontedWords; j++) {
      String pos = tokens.get(j).pos();
      if (pos.equals("VERB") || pos.equals("AUX")) return i;
      if (tokens.get(j).text().equals(",")) return j + 1;
    }
    return i;
  }

  /** Determiners, numbers, nouns, adjectives and "de" up to the first verb, a plural determiner or a number before a noun in "s" or "x". */
  private SpeakerSpan pluralOpening(String text, Sentence sentence, Genders genders) {
    List<org.dossier.analyse.Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size() && tokens.get(i).pos().equals("CCONJ")) i++; // "Et", "Mais"
    SpeakerSpan group = pluralOpening(text, tokens, i, genders);
    // Else past a short phrase set off before it: "En contrepartie, | les banques devront".
    int past = pastFrontedPhrase(tokens, i);
    return group != null || past == i ? group : pluralOpening(text, tokens, past, genders);
  }

  /** {@link #pluralOpening(String, Sentence, Genders)} from token {@code i}. */
  private SpeakerSpan pluralOpening(String text, List<org.dossier.analyse.Token> tokens, int i, Genders genders) {
    int first = i;
    boolean plural = false;
    org.dossier.analyse.Token noun = null;
    int end = -1;
    for (; i < tokens.size() && i - first <= maxSubjectWords; i++) {
      org.dossier.analyse.Token t = tokens.get(i);
      switch (t.pos()) {
        case "AUX", "VERB" -> {
          boolean group = noun != null && plural && pluralNoun.matcher(noun.text()).find();
          return group ? new SpeakerSpan(text.substring(tokens.get(first).start(), end), tokens.get(first).start(), end) : null;
        }
        case "NUM" -> {
          plural |= noun == null;
          if (noun != null) end = t.end(); // "TF1"
        }
        case "DET" -> plural |= noun == null && genders.word(t.text()).filter(g -> g == Genders.Gender.PLURAL).isPresent();
        case "NOUN" -> {
          if (noun == null) noun = t;
          end = t.end();
        }
        case "ADJ", "PROPN" -> {
          if (noun != null) end = t.end();
        }
        case "ADP" -> {
          if (!t.text().equalsIgnoreCase("de")) return null;
        }
        case "ADV" -> {
          if (i != first) return null; // "Plus de 500 magistrats"
        }
        case "PUNCT" -> {
          // A comma the writer put between subject and verb: "Les partisans du Dalaï Lama, revendiquent".
          boolean verbNext = i + 1 < tokens.size() && (tokens.get(i + 1).pos().equals("VERB") || tokens.get(i + 1).pos().equals("AUX"));
          if (!t.text().equals(",") || noun == null || !verbNext) return null;
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }

  /** The body or text a sentence opens with as its subject, as a description of the wanted gender, when no person is named before {@code at} in it; or null. */
  SpeakerSpan openingBody(String text, List<Sentence> sentences, int at, List<Mention> mentions, Genders.Gender wanted, Genders.OfArticle people) {
    int start = sentenceAround(sentences, at, at, text.length())[0];
    if (mentions.stream().anyMatch(m -> m.type() == EntityType.PER && m.start() >= start && m.start() < at)) return null;
    Matcher m = bodyOpening.matcher(text).region(start, at);
    if (!m.lookingAt()) return null;
    SpeakerSpan body = new SpeakerSpan(m.group("words"), m.start("words"), m.end("words"));
    return people.agrees(body.name(), body.start(), body.end(), wanted, mentions, true) ? body : null;
  }

  /** The body that opens the sentence before the one at {@code at} as its subject, when that sentence names no person but as a noun's complement, and starts after {@code since}; or null. */
  SpeakerSpan previousBody(String text, List<Sentence> sentences, int at, int since, List<Mention> mentions) {
    Sentence previous = sentenceBefore(sentences, at);
    if (previous == null || previous.start() < since) return null;
    Mention first = null;
    for (Mention m : mentions) {
      if (m.start() < previous.start() || m.end() > previous.end()) continue;
      // "La télévision RCN a diffusé … la libération d'Ingrid Betancourt": a person completing a noun is not the subject.
      if (m.type() == EntityType.PER && !complementOrObject(text, previous.start(), m)) return null;
      if (first == null && m.type() != EntityType.PER) first = m;
    }
    // A body the model may tag as miscellaneous ("Le CIO"), never a place: "La France a …" then "Elle" is too often a person.
    if (first == null || first.type() != EntityType.ORG && first.type() != EntityType.MISC) return null;
    String lead = text.substring(previous.start(), first.start());
    boolean opens = determiner.matcher(lead).lookingAt() && !lead.contains(",") && wordCount(lead) <= maxSubjectWords;
    boolean verbNext = !text.substring(first.end(), Math.min(previous.end(), first.end() + 2)).strip().startsWith(",");
    return opens && verbNext && !complementOrObject(text, previous.start(), first) ? new SpeakerSpan(first.text(), first.start(), first.end()) : null;
  }

  static boolean speaks(Mention m) {
    return m.type() == EntityType.PER || m.type() == EntityType.ORG || m.type() == EntityType.LOC;
  }

  /**
   * The person named as the subject of the clause that brings a quote in, in its own sentence
   * before {@code at} ("Alors que …, le PDG Daniel Bouton s'est défendu … : « … », a-t-il
   * déclaré") or in the sentence its colon ends ("Delphine Batho justifiait … :¶« … », a-t-elle
   * ajouté"); or null.
   */
  SpeakerSpan clauseSubject(String text, List<Sentence> sentences, int at, List<Mention> mentions) {
    int start = sentenceAround(sentences, at, at, text.length())[0];
    SpeakerSpan own = subjectBetween(text, start, at, mentions);
    if (own != null) return own;
    int colon = at - 1;
    while (colon >= 0 && (Character.isWhitespace(text.charAt(colon)) || MARKS.indexOf(text.charAt(colon)) >= 0)) colon--;
    return colon < 0 || text.charAt(colon) != ':' || colon >= start ? null : subjectBetween(text, sentenceAround(sentences, colon, colon, text.length())[0], colon, mentions);
  }

  private SpeakerSpan subjectBetween(String text, int start, int end, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.start() < start || m.end() > end || m.type() != EntityType.PER) continue;
      // "M. Kerviel « n'a jamais fui … », a-t-il fait valoir": a name the marks open right after is
      // the subject of the words quoted, not who says them.
      int next = skipSpaces(text, m.end(), end);
      if (next < end && MARKS.indexOf(text.charAt(next)) >= 0) continue;
      int from = text.lastIndexOf(',', m.start()) + 1;
      if (from <= start) from = start;
      from = skipSpaces(text, from, m.start());
      // With its apposition when it opens the sentence ("Claude Bartolone, l'un des lieutenants de …,
      // jubilait"), not after a comma ("En réponse au président du groupe, Jean-Marc Ayrault, il").
      SpeakerSpan subject = openingSubject(text, from, end, mentions, from == start);
      if (subject != null) return subject;
    }
    return null;
  }
}
