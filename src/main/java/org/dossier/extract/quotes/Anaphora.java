package org.dossier.extract.quotes;

import static org.dossier.extract.quotes.Positions.aside;
import static org.dossier.extract.quotes.Positions.inside;
import static org.dossier.extract.quotes.Positions.sentenceAround;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analyse.Sentence;
import org.dossier.extract.entities.EntityType;
import org.dossier.extract.entities.Genders;
import org.dossier.extract.entities.Mention;

/** Who "il", "elle", "ce dernier" and an unattributed quote that carries on are: the antecedent of each anaphor among the speakers heard and the people named before it. */
final class Anaphora {

  /** Fewest names a list of people has when commas alone join them. */
  private final int minListed;
  /** Most characters between two names of one list: a place or a portfolio each ("à l'Environnement et"). */
  private final int maxListGap;
  private static final Pattern LIST_JOINT = Pattern.compile(",|\\set\\s");
  private static final Pattern AND = Pattern.compile("\\set\\s");

  private final Cues cues;
  private final Genders genders;
  private final org.dossier.lang.Obliques obliques;
  private final Subjects subjects;
  /** Words that mean the one named last, not the one heard last: "ce dernier", "celle-ci" ({@code LANG/latter-anaphors.tsv}). */
  final Pattern latter;
  /** The same after a cue, several: "assurent ceux qui appellent à …". */
  final Pattern latters;
  /** Of those, the ones that stand for the one named last as a cue's subject too: "Ce dernier a affirmé", not "celle qui". */
  final Pattern latterSubject;

  /** Speakers named together ("l'USM et le SM"), several for "ils". */
  private final Coordination coordination;

  Anaphora(String language, Cues cues, Genders genders, org.dossier.lang.Obliques obliques, Subjects subjects, Coordination coordination, org.dossier.config.Settings settings) {
    this.coordination = coordination;
    this.minListed = settings.integer("quotes.list.min-names");
    this.maxListGap = settings.integer("quotes.list.max-gap-chars");
    List<String> one = new ArrayList<>();
    List<String> several = new ArrayList<>();
    List<String> asSubject = new ArrayList<>();
    for (String[] row : org.dossier.lang.DataFile.rows(language, "latter-anaphors.tsv")) {
      (row[1].strip().equals("several") ? several : one).add(row[0].strip());
      if (row[1].strip().equals("one") && (row.length < 3 || !row[2].strip().equals("after-cue"))) asSubject.add(row[0].strip());
    }
    this.latter = Pattern.compile("(?:" + org.dossier.lang.Alternation.of(one) + ")(?![\\p{L}-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.latterSubject = Pattern.compile("(?:" + org.dossier.lang.Alternation.of(asSubject) + ")(?![\\p{L}-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.latters = Pattern.compile("(?:" + org.dossier.lang.Alternation.of(several) + ")(?![\\p{L}-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.cues = cues;
    this.genders = genders;
    this.obliques = obliques;
    this.subjects = subjects;
  }

  /**
   * Anaphors take the nearest antecedent of their gender: "ce dernier" the person named last,
   * "il"/"elle" the last speaker or person named since, a plural or a quote that carries on the
   * last speaker. Names inside quotes are what was said, never an antecedent.
   */
  List<FoundQuote> resolve(String text, List<Sentence> sentences, List<Candidate> found, List<Mention> mentions, List<QuoteMarks.Span> quotes, Genders.OfArticle people) {
    List<FoundQuote> out = new ArrayList<>();
    // Who was last named or heard, by position: people named outside quotes, then every speaker at its words.
    java.util.TreeMap<Integer, SpeakerSpan> named = new java.util.TreeMap<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.PER && !inside(quotes, m.start())) named.put(m.start(), new SpeakerSpan(m.text(), m.start(), m.end()));
    }
    // Every person named, in text order, for the lists they stand in.
    List<Mention> persons = mentions.stream().filter(m -> m.type() == EntityType.PER).sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
    java.util.TreeMap<Integer, SpeakerSpan> heard = new java.util.TreeMap<>();
    Candidate previous = null;
    for (Candidate c : found) {
      SpeakerSpan speaker = c.who().span();
      String anaphor = c.who().anaphor();
      if ("on".equals(anaphor)) {
        // "ajoute-t-on" carries on the "on" just before; a body heard just before may speak through it
        // (below); any other "on" is nobody the article names.
        if (speaker == null && previous != null && "on".equals(previous.who().anaphor())) speaker = out.get(out.size() - 1).speaker();
        // "l'Élysée s'était déclaré « serein »." then "« … », a-t-on assuré": the body heard in the
        // sentence right before speaks through its "on"; a person does not.
        SpeakerSpan before = out.isEmpty() ? null : out.get(out.size() - 1).speaker();
        if (speaker == null && before != null && body(text, before, mentions) && sentenceAfter(sentences, previous.start(), c.start())) speaker = before;
      } else if (anaphor != null) {
        int at = c.who().at() >= 0 ? Math.min(c.who().at(), c.start()) : c.start();
        int sentenceStart = sentenceAround(sentences, at, at, text.length())[0];
        Optional<Genders.Gender> wanted = genders.word(anaphor);
        boolean singular = wanted.isPresent() && wanted.get() != Genders.Gender.PLURAL;
        boolean plural = wanted.isPresent() && wanted.get() == Genders.Gender.PLURAL;
        boolean lastOneNamed = latter.matcher(anaphor).matches(); // "ce dernier", "celle-ci", "l'intéressé"
        // Where the last speaker heard was last quoted or named, -1 before anyone was heard.
        int heardUntil = heard.isEmpty() ? -1 : Math.max(heard.lastKey(), heard.lastEntry().getValue().end());
        // "Mais le rapport reste ferme … : « … », souligne-t-il.": the body or text the sentence opens with.
        SpeakerSpan ownBody = !lastOneNamed && singular && invertedAt(text, c.who().at()) ? subjects.openingBody(text, sentences, at, mentions, wanted.get(), people) : null;
        // "le PDG Daniel Bouton s'est défendu … : « … », a-t-il déclaré": the subject of the clause
        // that brings the quote in, before anyone heard earlier.
        // "Rachida Dati devait recevoir l'USM au sujet de ce qu'elle a qualifié « … »": the subject
        // of the sentence the pronoun stands further in, likewise.
        boolean further = c.who().at() > c.start() || c.who().at() > sentenceStart;
        SpeakerSpan clauseSubject = !lastOneNamed && ownBody == null && singular && further ? subjects.clauseSubject(text, sentences, at, mentions) : null;
        if (clauseSubject != null && !people.agrees(clauseSubject.name(), clauseSubject.start(), clauseSubject.end(), wanted.get(), mentions, false)) clauseSubject = null;
        if (lastOneNamed) {
          List<SpeakerSpan> before = List.copyOf(named.headMap(at, false).descendingMap().values());
          // Named since the last speaker was heard, the last one named, whose gender the article
          // need not give: "Pourquoi pas Harlem Désir ? L'intéressé dément", though a man of known
          // gender was named before him.
          speaker = before.stream().filter(n -> n.start() > heardUntil && (wanted.isEmpty() || people.agrees(n.name(), n.start(), n.end(), wanted.get(), mentions, false))).findFirst().orElse(null);
          if (speaker == null) speaker = nearest(before, wanted, people, mentions);
        } else if (ownBody != null) {
          speaker = ownBody;
        } else if (clauseSubject != null) {
          speaker = clauseSubject;
        } else if (singular) {
          // The last speaker, then the people named before, newest first. A person who just spoke
          // and whose gender the article does not give is still the likeliest "il": "X avait
          // affirmé que…" then "«…», avait-il déclaré".
          List<SpeakerSpan> candidates = new ArrayList<>();
          SpeakerSpan last = heard.isEmpty() ? null : heard.lastEntry().getValue();
          // "Le Premier ministre François Fillon a enfoncé le clou." then "En réponse à Jean-Marc
          // Ayrault, il a promis…": the person the sentence before is about outranks the last
          // speaker, heard before that sentence. (With no one heard yet, the newest name still goes first.)
          int since = last == null ? 0 : heardUntil;
          SpeakerSpan topic = last == null ? null : subjects.previousSubject(text, sentences, at, since, mentions);
          if (topic == null && last != null) topic = subjects.previousAgent(text, sentences, at, since, mentions);
          // "Benoît Hamon est le premier à réagir." "Le leader de l'aile gauche n'a pas été
          // convaincu." then "« … », lance-t-il": past a sentence that only describes them again.
          int described = topic == null && last != null ? subjects.describedAgain(text, sentences, at, since, mentions) : -1;
          if (described >= 0) topic = subjects.previousSubject(text, sentences, described, since, mentions);
          if (described >= 0 && topic == null) topic = subjects.previousAgent(text, sentences, described, since, mentions);
          // "… rééditer l'ouvrage d'Éric Chauvier." "L'anthropologue utilise …" then "observe-t-il":
          // with no subject to go back to, the one described is the last person named before.
          java.util.Map.Entry<Integer, SpeakerSpan> namedBefore = described >= 0 && topic == null ? named.lowerEntry(described) : null;
          if (namedBefore != null && namedBefore.getKey() > since) topic = namedBefore.getValue();
          // "Le CIO a fait état de sa neutralité." then "Il a estimé que …": a body that opens the
          // sentence before, with no person in it, and whose determiner gives the pronoun's gender.
          SpeakerSpan body = topic != null ? null : subjects.previousBody(text, sentences, at, since, mentions);
          // Named as a subject since the last speaker, they need only not contradict the pronoun's
          // gender: a name only quotes give in full ("« Avec Jean-Claude Dassier … »") has none known.
          if (topic != null && people.agrees(topic.name(), topic.start(), topic.end(), wanted.get(), mentions, false)) candidates.add(topic);
          else if (body != null && people.agrees(body.name(), body.start(), body.end(), wanted.get(), mentions, true)) candidates.add(body);
          else if (last != null) candidates.add(last);
          // "Interrogée par Arlette Chabot, elle a estimé": never a preposition's object or an agent of its own sentence.
          List<SpeakerSpan> before = named.headMap(at, false).descendingMap().values().stream().filter(n -> n.start() < sentenceStart || !obliques.atOrAgent(text, n.start())).toList();
          // "contre 46,4% pour McCain": someone named nearby as a subject before a preposition's
          // object; not for "ce dernier", which means the last one named.
          boolean latter = this.latter.matcher(text).region(at, text.length()).lookingAt();
          if (!latter) before.stream().filter(n -> obliques.nearbySubject(text, n.start(), at)).forEach(candidates::add);
          before.stream().filter(n -> !candidates.contains(n)).forEach(candidates::add);
          // "trois femmes … : Ségolène Royal à l'Environnement et Frédérique Bredin aux Sports,
          // Florence Parly au Budget" then "a-t-elle confié": a name in a list of people is spoken
          // of, not the one a pronoun stands for, unless no one else will do. Someone heard
          // already is no longer only spoken of.
          List<SpeakerSpan> listed = candidates.stream().filter(n -> !heard.containsValue(n) && listed(text, n, persons)).toList();
          candidates.removeAll(listed);
          candidates.addAll(listed);
          boolean lastIsPerson = last != null && candidates.get(0) == last && named.containsKey(last.start());
          // The person the sentence before opens with, first among them, is the one meant though
          // the article gives no gender for them: "Alfons Goetzfrid, un ancien de la Gestapo, a été
          // condamné hier." then "Il a concédé …", not a man heard before.
          // Not an incise's pronoun, which goes on with who was speaking: "« … », a-t-il ajouté".
          boolean topicFirst = topic != null && !candidates.isEmpty() && candidates.get(0) == topic && opensItsSentence(text, sentences, topic) && !invertedAt(text, c.who().at());
          speaker = lastIsPerson && people.agrees(last.name(), last.start(), last.end(), wanted.get(), mentions, false) ? last : topicFirst ? topic : nearest(candidates, wanted, people, mentions);
          // "a déclaré cette source", "Un habitant a confirmé …", then "a-t-elle précisé": failing
          // anyone named, an earlier speaker the article gives the pronoun's gender, the newest first.
          if (speaker == null) speaker = heard.descendingMap().values().stream().filter(h -> !candidates.contains(h) && people.agrees(h.name(), h.start(), h.end(), wanted.get(), mentions, true)).findFirst().orElse(null);
        } else {
          speaker = heard.isEmpty() ? null : heard.lastEntry().getValue();
          // "révèle Le Figaro", then "Dans leur pétition, ils dénoncent": not one outlet, but the
          // group one of the few sentences before opens with ("Plus de 500 magistrats ont transmis …").
          if (plural && (speaker == null || !coordination.lists(text, speaker, mentions) && !people.agrees(speaker.name(), speaker.start(), speaker.end(), Genders.Gender.PLURAL, mentions, true))) {
            SpeakerSpan group = subjects.pluralSubjectBefore(text, sentences, at, genders);
            if (group == null && heard.isEmpty()) group = subjects.pluralSubjectAfter(text, sentences, at, genders);
            if (group != null) speaker = group;
          }
        }
        // No speaker yet: the last person named before the end of what was said ("Patrick Poivre
        // d'Arvor … a reçu sa lettre de licenciement, a-t-il indiqué"); never one person for "ils"
        // or "elles" ("des personnes atteintes d'Alzheimer … parce qu'elles se disent").
        if (speaker == null && !plural) speaker = nearest(List.copyOf(named.headMap(c.end(), false).descendingMap().values()), wanted, people, mentions);
      }
      // "(transbahutée par avion privé, selon le site Backchich)": a source cited in an aside is not who speaks next.
      if (speaker != null && !aside(text, c.start())) heard.put(c.start(), speaker);
      out.add(new FoundQuote(c.text(), c.start(), c.end(), c.direct(), c.cue(), speaker));
      previous = c;
    }
    return out;
  }

  /**
   * Whether a name opens its sentence, or follows the description that does and its comma ("Un
   * ancien de la Gestapo, Alfons Goetzfrid,"); not "Un duel qui promet avec Contador".
   */
  private static boolean opensItsSentence(String text, List<Sentence> sentences, SpeakerSpan name) {
    String lead = text.substring(sentenceAround(sentences, name.start(), name.start(), text.length())[0], name.start()).strip();
    return lead.isEmpty() || lead.endsWith(",");
  }

  /**
   * Whether a name stands in a list of people: at least {@code quotes.list.min-names}, or two joined by
   * "et", each next to the other across a short gap with a comma or "et" ("Ségolène Royal à
   * l'Environnement et Frédérique Bredin aux Sports en 1992"). {@code people}: every person named, in text order.
   */
  boolean listed(String text, SpeakerSpan name, List<Mention> people) {
    int at = -1;
    for (int i = 0; i < people.size(); i++) {
      if (people.get(i).start() == name.start()) at = i;
    }
    if (at < 0) return false;
    int first = at;
    boolean and = false;
    while (first > 0 && listGap(gap(text, people, first - 1))) {
      and |= AND.matcher(gap(text, people, first - 1)).find();
      first--;
    }
    int last = at;
    while (last + 1 < people.size() && listGap(gap(text, people, last))) {
      and |= AND.matcher(gap(text, people, last)).find();
      last++;
    }
    // Two names joined by a comma alone are as often a name and its apposition's: "Martine Aubry, soutenue par Bertrand Delanoë".
    return last - first + 1 >= minListed || last > first && and;
  }

  /** The words between the {@code i}th person named and the next. */
  private static String gap(String text, List<Mention> people, int i) {
    return text.substring(people.get(i).end(), people.get(i + 1).start());
  }

  private boolean listGap(String gap) {
    return gap.length() <= maxListGap && LIST_JOINT.matcher(gap).find() && gap.chars().noneMatch(c -> ".;:«»\"“”\n".indexOf(c) >= 0);
  }

  /** The first of these antecedents, in order of preference, whose gender does not contradict the one wanted. */
  static SpeakerSpan nearest(List<SpeakerSpan> candidates, Optional<Genders.Gender> wanted, Genders.OfArticle genders, List<Mention> mentions) {
    if (wanted.isEmpty()) return candidates.isEmpty() ? null : candidates.get(0);
    // People whose gender the article gives come first: a name of no known gender is as often a
    // body the model took for a person ("les Farc").
    for (boolean strict : new boolean[] {true, false}) {
      for (SpeakerSpan s : candidates) {
        if (genders.agrees(s.name(), s.start(), s.end(), wanted.get(), mentions, strict)) return s;
      }
    }
    return null;
  }

  /**
   * Whether these words are a body's or a place's name that speaks as one ("l'Élysée", "Paris"), its
   * determiner aside; not "le porte-parole de l'Élysée", a person.
   */
  private boolean body(String text, SpeakerSpan s, List<Mention> mentions) {
    if (mentions.stream().anyMatch(m -> m.type() == EntityType.PER && m.start() < s.end() && s.start() < m.end())) return false;
    for (Mention m : mentions) {
      if ((m.type() != EntityType.ORG && m.type() != EntityType.LOC) || m.start() < s.start() || m.end() > s.end()) continue;
      Matcher determiner = cues.determiner.matcher(text).region(s.start(), m.start());
      if (s.start() == m.start() || determiner.lookingAt() && determiner.end() == m.start()) return true;
    }
    return false;
  }

  /** Whether {@code at} lies in the sentence of {@code from} or the next one. */
  private static boolean sentenceAfter(List<Sentence> sentences, int from, int at) {
    int first = -1;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.start() <= from && from < s.end()) first = i;
      if (s.start() <= at && at < s.end()) return first >= 0 && i - first <= 1;
    }
    return false;
  }

  /** Whether a cue with an inverted pronoun starts at this offset: "souligne-t-il". */
  boolean invertedAt(String text, int at) {
    if (at < 0) return false;
    Matcher m = cues.anywhere.matcher(text).region(at, text.length()).useTransparentBounds(true);
    return m.lookingAt() && Cues.pronoun(m) != null;
  }
}
