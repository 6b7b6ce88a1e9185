package org.dossier.extract.quotes;

import static org.dossier.extract.quotes.Positions.aside;
import static org.dossier.extract.quotes.Positions.betweenMarks;
import static org.dossier.extract.quotes.Positions.skipSpaces;
import static org.dossier.extract.quotes.Positions.wordCount;
import static org.dossier.extract.quotes.Subjects.speaks;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.entities.EntityType;
import org.dossier.extract.entities.Genders;
import org.dossier.extract.entities.Mention;

/**
 * The words that name a cue's speaker, read off the sentence's surface: after the cue, a name, a
 * title and a name, a description and the name in apposition to it ("a averti le porte-parole du
 * président, Ibrahim Kalin"; {@link #right}); before it, the subject the sentence or its clause
 * opens with, a relative pronoun's antecedent, a cleft, "ce dernier" ({@link #left}). What the
 * surface leaves open, the quote extractor asks the dependency parse.
 */
final class SpeakerPhrases {

  private static final Pattern PRONOUN_SUBJECT = Pattern.compile("^\\s*(?:[\\p{Lu}][\\p{L}]*\\s*,\\s*)?(Il|Elle|Ils|Elles)\\s", Pattern.UNICODE_CASE);
  /**
   * Where a speaker's noun phrase ends: punctuation, a word of {@code LANG/phrase-stops.txt} (a
   * preposition, a relative pronoun, a negation: "les moines | ne se…").
   */
  private final Pattern phraseStop;
  /**
   * A subject pronoun right before a cue, a negation and object pronouns between ({@code
   * LANG/object-clitics.txt}): "il l'a laissé entendre", "on se félicite".
   */
  private final Pattern pronounBeforeCue;
  /** A negation and object pronouns between a subject and its cue: "un des moines de Xiahe ne se (cache pas)". */
  private final Pattern cliticsEnd;
  /** A preposition giving whom words were said to, right after the cue: "a indiqué | à l'|AFP". */
  private final Pattern dativeBody;
  /** A plural noun phrase opened by another determiner ({@code LANG/plural-determiners.txt}, {@code plural-endings.txt}): "trois jeunes". */
  private final Pattern otherGroup;
  /**
   * A conjunction opening a subordinate clause after a comma ({@code LANG/subordinators.txt}): "…,
   * tandis que | X a considéré"; not "en tant qu'", nor "quand" inside the subject's own relative
   * clause ("Raffarin, qui s'est rendu à Pékin quand la crise a éclaté, a estimé").
   */
  private final Pattern clauseOpening;
  /** A conjunction opening a clause with its own subject inside the words before a cue ({@code LANG/clause-conjunctions.txt}): "parce qu'| une starlette". */
  private final Pattern subordinator;
  /** The end of such a dative before the subject: a comma if there is one, and the spaces; it always matches. */
  private static final Pattern DATIVE_END = Pattern.compile("\\s*,?\\s*(?=\\S)");
  /** Relative pronouns ({@code LANG/relative-pronouns.tsv}). After a comma, one opens a clause that describes the noun before: "Le communiqué, qui précise…, ajoute". */
  private final Pattern relativeClause;
  /** A subject relative right before the cue: "le porte-parole, qui | a précisé". */
  private final Pattern relativeSubjectEnd;
  /** A relative clause opening the words before a cue. */
  private final Pattern relativeStart;
  /** A subject relative pronoun, not after a preposition ("chez qui", {@code LANG/relative-prepositions.txt}) nor an object one ("Ce que l'avocat X"): "La femme | qui s'était présentée". */
  private final Pattern relativeIn;
  /** A subject relative opening the words before a cue: "…, qui | a précisé". */
  private final Pattern subjectRelative;
  /** A cleft before the cue ({@code LANG/cleft-openers.txt}): "C'est lui qui", "c'est Ségolène Royal qui". */
  private final Pattern cleftBefore;
  /** "Quant au chef du Sinn Fein, il": a noun phrase set apart at the head, then the subject pronoun that takes it up ({@code LANG/topic-phrases.txt}). */
  private final Pattern topicPronoun;
  /**
   * A definite article and one noun right before a relative pronoun: "dénonce l'association | qui
   * critique". Not a complement: "le rapport du syndicat de la profession, qui" is about the report.
   */
  private static final Pattern NOUN_BEFORE_RELATIVE = Pattern.compile("(?:^|(?<![\\s'](?i:de|du|des|à|au|aux|pour|sur|avec|contre|dans|chez))\\s)((?i:le|la|les)\\s+\\p{Ll}[\\p{L}-]*|(?i:l)'\\p{Ll}[\\p{L}-]*)\\s*,?\\s*$", Pattern.UNICODE_CASE);
  /** A name in capitals ("PPDA", "DSK"), as a nickname is written in marks. */
  static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}[\\p{Lu}\\p{N}-]*");
  /** Such a name in marks ending the words before a cue: '"PPDA" | a indiqué'. */
  private static final Pattern MARKED_NAME_END = Pattern.compile("(?:^|[\\s,])[«\"“]\\s*(" + CAPITALS.pattern() + ")\\s*[»\"”]\\s*$");
  /** How far before "l'un d'entre eux" the group it is one of may be named: about three sentences, the quote between. */
  private final int groupReach;
  private static final Pattern DATIVE_AFTER = Pattern.compile("\\s+(?:au|aux)\\s");
  /** How long a description's complement may run before the name in apposition. */
  private final int maxComplementChars;
  /** A preposition, then at most a determiner and a noun, right before a name: "avec l'équipe", "chez", "à l'image de", "conseiller régional Verts en | Rhône-Alpes". */
  private static final Pattern PREPOSITION_BEFORE =
      Pattern.compile("(?:^|[\\s,])(?i:avec|chez|dans|en|pour|sur|par|contre|auprès\\s+de|comme)\\s+(?:(?:l'|le\\s+|la\\s+|les\\s+|un\\s+|une\\s+)?\\p{Ll}[\\p{L}-]*\\s+)?$", Pattern.UNICODE_CASE);
  private static final Pattern PARENTHESIS_START = Pattern.compile("^\\([^()]*\\)\\s*");
  /** A preposition a name completes: "le ministre des | Affaires étrangères", "une source autorisée au | ministère". */
  private static final Pattern OF = Pattern.compile("(?:^|\\s)(?:de|du|des|d'|au|aux)(?:\\s|(?<=')|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** An opening quotation mark and its space. */
  private static final Pattern OPENING_MARK = Pattern.compile("[«“\"]\\s*");
  /** Words each opening with a capital: "Hidalgo", "Jean-Luc Mélenchon". */
  private static final Pattern CAPITALISED_WORDS = Pattern.compile("\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)*");
  static final Pattern NAME_PREFIX = Pattern.compile("^(?:\\s|M\\.|MM\\.|Mme|Mmes|Me|Dr|Pr|le|la|les|l'|the)*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A title before a name that opens a sentence: "Le président américain George Bush". */
  static final Pattern TITLE_PREFIX = Pattern.compile("^\\s*(?i:le|la|les|l'|the)\\s*(?:\\p{Ll}[\\p{Ll}'-]*\\s+){1,4}$", Pattern.UNICODE_CASE);
  /** The one named last as a cue's subject: "Ce dernier a affirmé", "L'intéressé dément" ({@code LANG/latter-anaphors.tsv}). */
  private final Pattern latterSubject;
  /** "l'un d'entre eux" and how one member is written before the group's noun ({@code LANG/one-of-group.tsv}). */
  private final Map<String, String> oneOf;
  private final Pattern oneOfGroup;
  /** The last plural group before a speaker, opened by an article of {@code LANG/group-articles.txt}: "Les | moines de Xiahe | ne se…". */
  private final Pattern group;
  /** The same conjunction and its verb opening a noun phrase, whose subject follows: "Ce que confirme | une conseillère". */
  private final Pattern asOpening;
  /** A relative pronoun opening a sentence ({@code LANG/sentence-relatives.txt}): "Qui précise que". */
  private final Pattern sentenceRelative;

  private final Cues cues;
  /** A determiner opening a noun phrase, from {@code LANG/determiners.txt}: "le", "un", "plusieurs". */
  private final Pattern determiner;
  /** The definite determiner of a role title ({@code LANG/definite-singular.txt}): "le | président de la FBF Georges Pauget". */
  private final Pattern titleDeterminer;
  private final Genders genders;
  private final Anaphora anaphora;
  private final int maxSubjectWords;

  SpeakerPhrases(String language, Cues cues, Genders genders, Anaphora anaphora, org.dossier.config.Settings settings) {
    this.cues = cues;
    this.groupReach = settings.integer("quotes.group.reach-chars");
    this.maxComplementChars = settings.integer("quotes.complement.max-chars");
    this.determiner = cues.determiner;
    this.titleDeterminer = Pattern.compile("\\s*(?i:" + org.dossier.lang.Alternation.elidable(org.dossier.lang.DataFile.words(language, "definite-singular.txt"), "\\s+") + ")");
    this.genders = genders;
    this.anaphora = anaphora;
    this.maxSubjectWords = settings.integer("quotes.max-subject-words");
    List<String> negation = org.dossier.lang.DataFile.words(language, "negation-particles.txt");
    List<String> clitics = org.dossier.lang.DataFile.words(language, "object-clitics.txt");
    // A subject's verb may come after a negation and object pronouns: "il ne l'a pas dit", "ce dernier s'est dit".
    String beforeVerb = "\\s+(?:" + org.dossier.lang.Alternation.elidable(negation, "\\s+") + ")?(?:" + org.dossier.lang.Alternation.elidable(clitics, "\\s+") + ")*$";
    String subjectPronouns = org.dossier.lang.Alternation.of(cues.subjectPronouns);
    this.pronounBeforeCue = Pattern.compile("(?:^|[\\s,'])(" + subjectPronouns + ")(?:-mêmes?)?" + beforeVerb, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.latterSubject = Pattern.compile("(?:^|[\\s,])(" + anaphora.latterSubject.pattern() + ")" + beforeVerb, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<String> negationAndClitics = new java.util.ArrayList<>(negation);
    negationAndClitics.addAll(clitics);
    this.cliticsEnd = Pattern.compile("(?:\\s+(?:" + org.dossier.lang.Alternation.of(negationAndClitics) + "))+\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String subject = cues.relatives("subject");
    this.relativeClause = Pattern.compile(",\\s*(?:" + cues.relatives("subject", "genitive", "oblique") + ")(?:\\s|$)", Pattern.UNICODE_CASE);
    this.relativeSubjectEnd = Pattern.compile("(?:,\\s*|\\s+)(?:" + subject + ")\\s+$", Pattern.UNICODE_CASE);
    this.relativeStart = Pattern.compile("(?:" + cues.relatives("subject", "object", "genitive", "place") + ")(?:(?<=')|(?![\\p{L}]))", Pattern.UNICODE_CASE);
    this.subjectRelative = Pattern.compile("(?:" + subject + ")\\s");
    this.relativeIn = Pattern.compile("(?<!\\s(?:" + org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "relative-prepositions.txt")) + "))\\s+(?:" + subject + ")(?![\\p{L}])", Pattern.UNICODE_CASE);
    String stressed = org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "stressed-pronouns.txt"));
    this.topicPronoun = Pattern.compile("^\\s*(?i:" + org.dossier.lang.Alternation.elidable(org.dossier.lang.DataFile.words(language, "topic-phrases.txt"), "\\s+") + ")(?<np>[^,;:«»\"“”]{1,80}?)\\s*,(?:\\s*(?<apposed>[^,;:«»\"“”]{1,60}?)\\s*,)?\\s*(?i:" + subjectPronouns + ")\\s[^,;:]*$", Pattern.UNICODE_CASE);
    this.cleftBefore = Pattern.compile("(?:^|[\\s,])(?i:" + org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "cleft-openers.txt")) + ")\\s+(?:(?i:(" + stressed + "))|(\\p{Lu}[\\p{L}' -]*?))\\s+(?:" + subject + ")\\s+(?:(?:" + org.dossier.lang.Alternation.of(negation) + ")\\s*)?$", Pattern.UNICODE_CASE);
    this.subordinator = Pattern.compile("(?:^|\\s)(?:" + org.dossier.lang.Alternation.elidable(org.dossier.lang.DataFile.words(language, "clause-conjunctions.txt"), "\\s") + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.clauseOpening = cues.clauseAfterComma;
    this.otherGroup = Pattern.compile("(?<![\\p{L}'])(?i:" + org.dossier.lang.Alternation.elidable(org.dossier.lang.DataFile.words(language, "plural-determiners.txt"), "\\s+") + ")\\p{Ll}[\\p{L}-]*(?:" + org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "plural-endings.txt")) + ")(?![\\p{L}])", Pattern.UNICODE_CASE);
    this.dativeBody = Pattern.compile("\\G\\s*(?i:" + cues.dative + ")");
    // A dash set off by spaces closes a parenthesis, or an incise inside the marks ("— a ajouté le ministre —").
    this.phraseStop = Pattern.compile("[,;:«»\"“”]|\\s[-–—](?=\\s)|(?<!(?<![\\p{L}])MM?)\\.|\\s(?:" + org.dossier.lang.Alternation.elidable(org.dossier.lang.DataFile.words(language, "phrase-stops.txt"), "\\s") + ")", Pattern.UNICODE_CASE);
    Map<String, String> one = new java.util.LinkedHashMap<>();
    for (String[] row : org.dossier.lang.DataFile.rows(language, "one-of-group.tsv")) one.put(row[0].strip().toLowerCase(java.util.Locale.ROOT), row[1].strip());
    this.oneOf = Map.copyOf(one);
    this.oneOfGroup = Pattern.compile("\\G(?:" + org.dossier.lang.Alternation.of(List.copyOf(one.keySet())) + ")(?![\\p{L}'-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String function = org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "stopwords.txt"));
    String as = org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "as-conjunctions.txt"));
    this.asOpening = Pattern.compile("^(?i:" + as + ")(?:(?<=')|\\s+)(?:(?i:l')|(?i:le)\\s+)?\\p{Ll}[\\p{L}-]*\\s+", Pattern.UNICODE_CASE);
    this.sentenceRelative = Pattern.compile("\\s*(?:" + org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "sentence-relatives.txt")) + ")\\s+");
    this.group = Pattern.compile("(?<![\\p{L}'])(?i:" + org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "group-articles.txt")) + ")\\s+(?!(?:" + function + ")(?![\\p{L}'-]))(?=\\p{Ll})", Pattern.UNICODE_CASE);
  }

  /** A complement of lower-case words after a name: "Observatoire | du financement des marchés". */
  private static final Pattern NAME_COMPLEMENT = Pattern.compile("\\s+(?:(?:de|du|des)(?:\\s+(?:la|le|les))?\\s+|d'|de\\s+l')\\p{Ll}", Pattern.UNICODE_CASE);


  /** The speaker after a cue: a name, a title and a name, a description with its apposition. */
  Who right(String text, int from, int limit, List<Mention> mentions, VerbStops stops) {
    int pos = pastFiller(text, from, limit);
    // "selon « The New York Times »": a paper's title in marks, which are no words said.
    Matcher titled = OPENING_MARK.matcher(text).region(pos, limit);
    if (titled.lookingAt() && mentions.stream().anyMatch(m -> m.start() >= titled.end() && NAME_PREFIX.matcher(text.substring(titled.end(), m.start())).matches())) pos = titled.end();
    // "a déclaré mercredi 12 novembre sur TF1 Ségolène Royal": dates, stations and occasions before the subject.
    for (Matcher circumstance = cues.circumstance.matcher(text).region(pos, limit); circumstance.lookingAt(); circumstance.region(pos, limit)) {
      pos = pastFiller(text, circumstance.end(), limit);
    }
    // "a indiqué à l'AFP, Sonam, 32 ans": whom it was said to, a body, before the subject.
    Matcher to = dativeBody.matcher(text).region(pos, limit);
    if (to.lookingAt()) {
      int at = to.end();
      int end = limit;
      Mention body = mentions.stream().filter(m -> m.start() == at && m.end() <= end && m.type() == EntityType.ORG).findFirst().orElse(null);
      Matcher after = body == null ? null : DATIVE_END.matcher(text).region(body.end(), limit);
      if (after != null && after.lookingAt()) pos = pastFiller(text, after.end(), limit);
    }
    Matcher stressed = cues.stressedPronoun.matcher(text).region(pos, limit);
    if (stressed.lookingAt()) return Who.anaphor(stressed.group(), stressed.start()); // "selon elle"
    Matcher latter = anaphora.latter.matcher(text).region(pos, limit);
    // "ajoute ce dernier", "a ajouté celle qui avait…" after a quote are "ajoute-t-il": the last speaker first.
    if (latter.lookingAt()) return Who.anaphor(genders.word(latter.group()).filter(g -> g == Genders.Gender.FEMININE).isPresent() ? "elle" : "il", latter.start());
    // "assurent ces derniers": the last speakers, several.
    Matcher latters = anaphora.latters.matcher(text).region(pos, limit);
    if (latters.lookingAt()) return Who.anaphor("ils", latters.start());
    Matcher one = oneOfGroup.matcher(text).region(pos, limit);
    if (one.lookingAt()) {
      // "assène l'un d'entre eux" after "Les moines de Xiahe ne se réclament pas…": one of that group.
      String members = groupBefore(text, one.start(), stops);
      if (members != null) return new Who(new SpeakerSpan(oneOf.get(one.group().toLowerCase(java.util.Locale.ROOT)) + " " + members, one.start(), one.end()), null);
    }
    for (Mention m : mentions) {
      // "confie Hélène, une autre maman du quartier": a given name alone the model took for a thing.
      boolean givenName = m.type() == EntityType.MISC && genders.givenNameAlone(m.text());
      // "…, plaide Hidalgo", "affirme Trump en restant vague": a surname alone right after the
      // verb, which the model takes for a thing in a headline, is who speaks; not a nationality.
      boolean inverted = m.type() == EntityType.MISC && "ner".equals(m.origin()) && m.start() == pos && CAPITALISED_WORDS.matcher(m.text()).matches();
      if (m.start() < pos || m.start() >= limit || !speaks(m) && !givenName && !inverted) continue;
      if (NAME_PREFIX.matcher(text.substring(pos, m.start())).matches()) {
        // "la ministre de la Culture Christine Albanel": a title the model took for a body, then the person.
        if (m.type() != EntityType.PER) {
          for (Mention p : mentions) {
            if (p.type() == EntityType.PER && p.start() >= m.end() && p.start() < limit && text.substring(m.end(), p.start()).isBlank()) return new Who(span(text, pos, p), null);
          }
        }
        // "l'Observatoire du financement des marchés résidentiels": a body's name the model cut
        // after its first word, a common noun, before its complement, which the noun phrase keeps.
        if (m.type() != EntityType.PER && org.dossier.lang.BodyNames.opens(m.text()) && NAME_COMPLEMENT.matcher(text).region(m.end(), limit).lookingAt()) return nounPhrase(text, pos, m.start(), limit, mentions, stops);
        return new Who(span(text, pos, m), null);
      }
      break;
    }
    Matcher det = determiner.matcher(text).region(pos, limit);
    if (!det.lookingAt()) return Who.NOBODY;
    Matcher given = cues.sourceNoun.matcher(text).region(det.end(), limit);
    // "selon les éléments fournis par le procureur", "selon les termes du maire de Paris"
    if (given.lookingAt()) return given.group("of") == null ? right(text, given.end(), limit, mentions, stops) : nounPhrase(text, given.end(), given.end(), limit, mentions, stops);
    return nounPhrase(text, pos, det.end(), limit, mentions, stops);
  }

  /** Where a noun phrase from {@code start} cut at {@code cut} ends when a name it holds goes on past the cut, up to {@code limit}. */
  private static int nameGoesOn(int start, int cut, int limit, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.start() >= start && m.start() < cut && cut < m.end() && m.end() <= limit) return m.end();
    }
    return cut;
  }

  /**
   * The speaker whose words run from {@code pos}, their noun phrase from {@code start} (past a
   * determiner, or at {@code pos} after "du"): a name, a title and a name, a description.
   */
  private Who nounPhrase(String text, int pos, int start, int limit, List<Mention> mentions, VerbStops stops) {
    Matcher stop = phraseStop.matcher(text).region(start, limit);
    int npEnd = stop.find() ? stop.start() : limit;
    // "(500 euros versés…, selon le procureur) pourrait constituer…": a parenthesis the cue stands in closes the speaker's words.
    int close = text.indexOf(')', start);
    if (close >= 0 && close < npEnd && text.lastIndexOf('(', close) < start) npEnd = close;
    // "a lancé, la semaine dernière, son patron, Patrick Werner": a time between commas, then the subject.
    if (text.startsWith(", ", npEnd) && cues.opensWithTime(text.substring(start, npEnd))) return right(text, npEnd + 2, limit, mentions, stops);
    Matcher nextCue = cues.anywhere.matcher(text).region(start, npEnd);
    if (nextCue.find()) npEnd = nextCue.start(); // "la maire de Lille rappelant que…"
    int unstopped = npEnd;
    npEnd = upToAuxiliary(text, start, npEnd, stops.afterCue()); // "selon un syndicaliste reçu par…"
    npEnd = nameGoesOn(pos, npEnd, unstopped, mentions); // "écrit Le Canard enchaîné": no participle but a name's word
    Matcher adverb = cues.adverbAfter.matcher(text).region(start, npEnd);
    if (adverb.find()) npEnd = adverb.start(); // "a déclaré un moine aux journalistes"
    int time = cues.timeWordAt(text.substring(start, npEnd));
    if (time > 0) npEnd = start + text.substring(start, start + time).stripTrailing().length(); // "affirme La Tribune mercredi"
    if (npEnd <= start) return Who.NOBODY; // a determiner alone is an object's: "souligne un « avant et un après »"
    // The name in apposition, after the description or its complement: "le conseiller pour la
    // communication du président, Franck Louvrier".
    int comma = text.startsWith(", ", npEnd) ? npEnd : complementEnd(text, npEnd, limit, stops);
    if (comma >= 0) {
      for (Mention m : mentions) {
        if (m.type() != EntityType.PER || m.start() < comma + 2 || m.start() >= limit) continue;
        // "le président de cette commission, le député Daniel Vaillant": the apposition may give a title first.
        // Not "le frère de Julien Dupont": a name completing the title is someone else.
        // Not the subject of the clause after "Selon la banque,": "Kerviel « interprète … »", "Kerviel a".
        int next = skipSpaces(text, m.end(), limit);
        if (next < limit && (opensQuote(text, next) || stops.auxiliaries().get(next))) continue;
        if (m.start() == comma + 2 || TITLE_PREFIX.matcher(text.substring(comma + 2, m.start())).matches() && !OF.matcher(text.substring(comma + 2, m.start())).find()) return Who.of(m);
      }
    }
    // "a confié le député socialiste Patrick Bloche au Point.fr": after a person's name, "au" and
    // "aux" say whom they spoke to ("à" already ends the words).
    for (Mention m : mentions) {
      if (m.type() == EntityType.PER && m.start() > start && m.end() < npEnd && DATIVE_AFTER.matcher(text).region(m.end(), npEnd).lookingAt()) {
        npEnd = m.end();
        break;
      }
    }
    Mention last = null;
    for (Mention m : mentions) {
      if (m.start() >= start && m.end() <= npEnd) last = m;
    }
    // "le président turc Recep Tayyip Erdogan", "le quotidien populaire allemand Bild"; not "le
    // ministre des Affaires étrangères de la Russie", whose head is the minister.
    // A bare "l'Américain" is no title and name: the whole phrase is the speaker.
    // "le député UMP" is a person described: a role, then the body they serve.
    // Not "un conseiller de Nicolas Sarkozy": a name after "de" completes the noun, which is the speaker.
    if (last != null && last.end() == npEnd && last.start() > start && (last.type() == EntityType.PER && !Subjects.COMPLEMENT_BEFORE.matcher(text.substring(start, last.start())).find() || !OF.matcher(text.substring(start, last.start())).find() && !cues.opensWithRole(text.substring(start, npEnd)))) {
      return Who.of(last);
    }
    String np = text.substring(pos, npEnd).strip();
    return np.isEmpty() || wordCount(np) > maxSubjectWords ? Who.NOBODY : new Who(new SpeakerSpan(np, pos, pos + np.length()), null);
  }

  /** The words of the last plural group named shortly before {@code at}, its article aside ("moines de Xiahe"); or null. */
  private String groupBefore(String text, int at, VerbStops stops) {
    Matcher g = group.matcher(text).region(Math.max(0, at - groupReach), at);
    int start = -1;
    while (g.find()) {
      if (!betweenMarks(text, g.start())) start = g.end(); // "« … les gens … », dit l'un d'entre eux": words said
    }
    if (start < 0) return null;
    Matcher stop = phraseStop.matcher(text).region(start, at);
    int end = stop.find() ? stop.start() : at;
    // "a laissé les internautes | exprimer …": the group's noun phrase ends at a verb.
    int verb = stops.verbs().nextSetBit(start);
    if (verb >= 0 && verb < end) end = verb;
    String words = text.substring(start, end).strip();
    // "Les gendarmes ont interpellé trois jeunes. L'un d'eux": another group named since may be the one meant.
    // Not one inside words said ("« … des journalistes qui devaient nous interviewer … », raconte l'un d'entre eux").
    Matcher other = otherGroup.matcher(text).region(end, at);
    while (other.find()) {
      if (!betweenMarks(text, other.start())) return null;
    }
    return words.isEmpty() || wordCount(words) > maxSubjectWords ? null : words;
  }

  private int pastFiller(String text, int from, int limit) {
    Matcher filler = cues.filler.matcher(text).region(from, limit);
    return filler.lookingAt() ? filler.end() : from;
  }

  /** Where a description's prepositional complement ends at ", ": no verb, no other punctuation on the way; -1 if it does not. */
  private int complementEnd(String text, int from, int limit, VerbStops verbs) {
    int comma = text.indexOf(", ", from);
    if (comma < 0 || comma >= limit || comma - from > maxComplementChars) return -1;
    if (text.substring(from, comma).chars().anyMatch(c -> ".;:«»\"“”()".indexOf(c) >= 0)) return -1;
    int verb = verbs.afterCue().nextSetBit(from);
    return verb >= 0 && verb < comma ? -1 : comma;
  }

  /** The subject before a cue: a pronoun, the nearest name, or the sentence's opening noun phrase. */
  Who left(String text, int sentenceStart, int sentenceEnd, int cueStart, List<Mention> mentions, boolean afterComma, VerbStops stops) {
    String prefix = text.substring(sentenceStart, cueStart);
    // '"PPDA" a indiqué': a name in marks right before the cue.
    Matcher marked = MARKED_NAME_END.matcher(prefix);
    if (marked.find()) return new Who(new SpeakerSpan(marked.group(1), sentenceStart + marked.start(1), sentenceStart + marked.end(1)), null);
    // "Quant au chef du Sinn Fein, il a estimé": the one the sentence sets apart, named or described.
    // "Quant à la ministre de la Justice, Herta Daeubler-Gmelin, elle": the name in apposition.
    Matcher topic = topicPronoun.matcher(prefix);
    if (topic.find()) {
      String group = topic.group("apposed") != null ? "apposed" : "np";
      int start = sentenceStart + topic.start(group);
      int end = sentenceStart + topic.end(group);
      for (Mention m : mentions) {
        if (m.start() == start && m.end() == end && speaks(m)) return Who.of(m);
      }
      // Only someone: a role ("le chef du Sinn Fein"), not a topic ("Quant à la dette, il …") nor a
      // pronoun ("Quant à lui, il …"), which leave the subject pronoun to its antecedent.
      Matcher det = titleDeterminer.matcher(topic.group("np"));
      String words = det.lookingAt() ? topic.group("np").substring(det.end()) : topic.group("np"); // "Quant au | chef"
      if (group.equals("np") && cues.opensWithTitle(words)) return new Who(new SpeakerSpan(topic.group("np"), start, end), null);
    }
    // "« Cette loi est mal connue », a souligné Jean Leonetti. Qui précise que …": a relative
    // pronoun opening its sentence goes on with the speaker before.
    // Not a question: "Qui affirme encore que la crise est finie ?".
    if (sentenceRelative.matcher(prefix).matches() && !text.substring(cueStart, sentenceEnd).stripTrailing().endsWith("?")) return Who.CONTINUES;
    // "…, a lancé la secrétaire générale du SM, Hélène Franco, qui a notamment dénoncé": the name the relative pronoun stands for.
    Matcher relativeSubject = relativeSubjectEnd.matcher(prefix);
    if (relativeSubject.find()) {
      int comma = sentenceStart + relativeSubject.start();
      for (Mention m : mentions) {
        if (m.start() >= sentenceStart && m.end() <= comma && text.substring(m.end(), comma).isBlank() && speaks(m) && m.type() != EntityType.LOC) {
          // "Frédéric Oudéa, patron de la Société générale qui affirmait": a body completing the
          // title of a person in apposition is where they work; the person speaks.
          Mention holder = m.type() == EntityType.PER ? null : titleHolder(text, sentenceStart, m, mentions);
          return holder != null ? new Who(span(text, holder.start(), holder), null) : new Who(span(text, m.start(), m), null);
        }
      }
      // "dénonce l'association qui critique une surveillance «…»": the noun the pronoun stands for.
      Matcher noun = NOUN_BEFORE_RELATIVE.matcher(text).region(sentenceStart, comma);
      if (noun.find()) return new Who(new SpeakerSpan(noun.group(1), noun.start(1), noun.end(1)), null);
      // "l'affaire Chantal Sébire, une femme atteinte d'une tumeur incurable qui demandait": the
      // person the noun the pronoun stands for is in apposition to.
      int apposition = text.lastIndexOf(',', comma - 1);
      int described = skipSpaces(text, apposition + 1, comma);
      if (apposition >= sentenceStart && determiner.matcher(text).region(described, comma).lookingAt()) {
        for (Mention m : mentions) {
          if (m.type() == EntityType.PER && m.start() >= sentenceStart && m.end() <= apposition && text.substring(m.end(), apposition).isBlank()) return new Who(span(text, m.start(), m), null);
        }
      }
    }
    // "Jean-Pierre Raffarin, qui s'est rendu en Chine en tant qu'émissaire de Nicolas Sarkozy, a
    // estimé": the subject is the name the relative clause describes.
    // Only in the cue's own clause: not "Jean-Luc Mélenchon, qui vient de quitter le PS, a estimé …,
    // tandis que Jean-Christophe Cambadélis, partisan de Martine Aubry, a considéré".
    Matcher opensClause = clauseOpening.matcher(prefix);
    int clauseStart = 0;
    while (opensClause.find()) clauseStart = opensClause.end();
    Matcher relative = relativeClause.matcher(prefix).region(clauseStart, prefix.length());
    if (afterComma && relative.find()) {
      int clause = sentenceStart + relative.start();
      for (Mention m : mentions) {
        if (m.end() <= clause && m.start() >= sentenceStart && m.type() == EntityType.PER && text.substring(m.end(), clause).isBlank()) return new Who(span(text, m.start(), m), null);
      }
    }
    // The name that opens the cue's subordinate clause, its apposition between commas: "tandis que
    // Jean-Christophe Cambadélis, partisan de Martine Aubry, a considéré".
    int clauseOpens = skipSpaces(text, sentenceStart + clauseStart, cueStart);
    for (Mention m : mentions) {
      if (clauseStart == 0 || m.start() != clauseOpens || m.type() != EntityType.PER) continue;
      String apposition = text.substring(m.end(), cueStart).strip();
      if (apposition.length() > 1 && apposition.startsWith(",") && apposition.indexOf(',', 1) == apposition.length() - 1) return new Who(span(text, m.start(), m), null);
    }
    Mention nearest = null;
    for (Mention m : mentions) {
      // "Ségolène Royal (PS) a estimé": a name in a parenthesis glosses the one before it.
      // Not a person's name so set: "Le porte-parole du PS (Benoît Hamon) a estimé".
      if (m.start() >= sentenceStart && m.end() <= cueStart && speaks(m) && (m.type() == EntityType.PER || !glossed(prefix, m.start() - sentenceStart, m.end() - sentenceStart))) nearest = m;
    }
    // "le chef de l'Etat a demandé", "la secrétaire d'Etat à la Famille a estimé": a name after "de"
    // completes a noun, and the noun phrase is the subject.
    if (nearest != null && Subjects.COMPLEMENT_BEFORE.matcher(text.substring(sentenceStart, nearest.start())).find()) nearest = null;
    // "Bernard Quilfen, actuellement en stage avec l'équipe Cofidis regrette": a name in a
    // prepositional phrase is no subject.
    if (nearest != null && PREPOSITION_BEFORE.matcher(text.substring(sentenceStart, nearest.start())).find()) nearest = null;
    if (nearest != null) {
      String gap = text.substring(nearest.end(), cueStart);
      // "Le secrétaire général de l'OTAN, Jens Stoltenberg, a exhorté": a name's apposition comma.
      boolean appositionEnds = gap.strip().equals(",") && nearest.type() == EntityType.PER && afterComma;
      if (appositionEnds || !gap.contains(",") && wordCount(gap) <= 3) return new Who(span(text, nearest.start(), nearest), null);
    }
    // "Jean-Luc Romero, président de l'ADMD, a estimé", "Le «Quotidien du Tibet», autre organe
    // officiel, a estimé": the name that opens the sentence, its apposition between commas.
    for (Mention m : mentions) {
      if (m.type() == EntityType.LOC || m.start() < sentenceStart || m.end() > cueStart) continue;
      String lead = text.substring(sentenceStart, m.start()).replaceAll("[«»\"“”]", "");
      // "Mais Jean-Paul Betbèze (Crédit Agricole), juge que": the parenthesis is the name's.
      // A negation and clitics before the cue are the verb's: "Sompong Amornvivat, le ministre …, s'indignait".
      String unmarked = text.substring(m.end(), cueStart).replaceAll("[«»\"“”]", "");
      String rest = cliticsEnd.matcher(unmarked).replaceFirst("").strip();
      // Clitics stripped, what is left must still be no clause: not "Patrick de Carolis, est donc
      // réactif, puisque la ministre …, Christine Albanel, lui | a demandé".
      if (!rest.equals(unmarked.strip()) && stops.verbBetween(m.end(), cueStart)) rest = unmarked.strip();
      // "…, Liu Jianchao, ne fustige": the comma that closes the name's apposition, then the verb's negation or clitic.
      boolean closedBeforeClitics = rest.equals(",") && !unmarked.strip().equals(",");
      Matcher parenthesis = PARENTHESIS_START.matcher(rest);
      boolean parenthesised = parenthesis.lookingAt();
      if (parenthesised) rest = rest.substring(parenthesis.end());
      // The closing comma is often forgotten: "Bernard Quilfen, actuellement en stage avec l'équipe Cofidis regrette".
      // "Nick Leeson, le trader britannique ayant causé la chute de la Barings dans les années 90 estime".
      boolean described = rest.startsWith(",") && determiner.matcher(rest.substring(1).strip()).lookingAt();
      boolean apposition = rest.startsWith(",") && (rest.endsWith(",") || rest.indexOf(',', 1) < 0 && (described || wordCount(rest) <= maxSubjectWords));
      // "Mais dans son communiqué, Patrick Poivre d'Arvor, 60 ans, estime": after the sentence's opening adverbial.
      // "Mais Jean-Paul Betbèze …": after an opening word, the name alone.
      boolean titled = NAME_PREFIX.matcher(lead).matches();
      boolean opens = titled || cues.opener.matcher(lead).matches();
      // Not "En réponse au président du groupe, Jean-Marc Ayrault, il a promis": a name in apposition, then the subject.
      // "À l'issue de la rencontre, le président de la FBF Georges Pauget, également …, s'est
      // déclaré": after an opening phrase, a role title with no verb before the name is the name's.
      String lastClause = lead.substring(lead.lastIndexOf(',') + 1);
      Matcher roleTitle = titleDeterminer.matcher(lastClause);
      boolean titledAfterOpening = m.type() == EntityType.PER && lead.contains(",") && roleTitle.lookingAt() && cues.opensWithTitle(lastClause.substring(roleTitle.end())) && !stops.verbBetween(m.start() - lastClause.length(), m.start());
      boolean afterOpening = !opens && (NAME_PREFIX.matcher(lastClause).matches() || titledAfterOpening) && !pronounBeforeCue.matcher(prefix).find();
      if ((opens || afterOpening) && apposition && (rest.length() > 1 || parenthesised || closedBeforeClitics)) {
        return new Who(span(text, titled ? sentenceStart : m.start(), m), null);
      }
      // Past the first name, only one after an opening phrase: "Interrogé par l'AFP, le Crédit Foncier, filiale des Caisses d'Epargne, a indiqué".
    }
    // "C'est lui qui a annoncé": the cleft's pronoun or name.
    Matcher cleft = cleftBefore.matcher(prefix);
    if (cleft.find()) {
      // The pronoun puts the person just named in focus, as "ce dernier" does, not the last speaker.
      String focus = switch (cleft.group(1) == null ? "" : cleft.group(1).toLowerCase(java.util.Locale.ROOT)) {
        case "lui" -> "ce dernier";
        case "elle" -> "cette dernière";
        case "eux" -> "ils";
        case "elles" -> "elles";
        default -> null;
      };
      if (focus != null) return Who.anaphor(focus, sentenceStart + cleft.start(1));
      int name = sentenceStart + cleft.start(2);
      for (Mention m : mentions) {
        if (m.start() == name && speaks(m)) return new Who(span(text, m.start(), m), null);
      }
    }
    Matcher latter = latterSubject.matcher(prefix);
    if (latter.find()) return Who.anaphor(latter.group(1), sentenceStart + latter.start(1)); // "Ce dernier a affirmé": the person named last before
    Matcher pronoun = PRONOUN_SUBJECT.matcher(prefix);
    if (pronoun.find()) return Who.anaphor(pronoun.group(1), sentenceStart + pronoun.start(1));
    pronoun = pronounBeforeCue.matcher(prefix);
    if (pronoun.find()) return Who.anaphor(pronoun.group(1), sentenceStart + pronoun.start(1));
    // "L'un d'eux a qualifié …" after "… a laissé les internautes exprimer …": one of that group.
    Matcher one = oneOfGroup.matcher(text).region(sentenceStart + prefix.length() - prefix.stripLeading().length(), cueStart);
    if (one.lookingAt() && text.substring(one.end(), cueStart).isBlank()) {
      String members = groupBefore(text, one.start(), stops);
      if (members != null) return new Who(new SpeakerSpan(oneOf.get(one.group().toLowerCase(java.util.Locale.ROOT)) + " " + members, one.start(), one.end()), null);
    }
    Matcher det = determiner.matcher(text).region(sentenceStart, cueStart);
    String np = prefix.strip();
    int comma = np.indexOf(',');
    if (comma > 0 && relativeClause.matcher(np.substring(comma)).lookingAt()) np = np.substring(0, comma); // "Le communiqué, qui précise…, ajoute"
    if (det.lookingAt() && !np.contains(",") && wordCount(np) <= maxSubjectWords) {
      int at = sentenceStart + prefix.indexOf(np);
      // "Ce que confirme une conseillère …, qui raconte": the verb's subject after it.
      int inverted = pastInvertingOpening(text, at, at + np.length());
      np = text.substring(inverted, at + np.length());
      at = inverted;
      int verb = upToAuxiliary(text, at, at + np.length(), stops.auxiliaries());
      // "Des incidents avaient éclaté après qu'une actrice thaïlandaise eut laissé entendre": past
      // the main clause's verb, a subordinate clause has its own subject (below).
      if (!subordinator.matcher(text.substring(verb, at + np.length())).find()) {
        np = cliticsEnd.matcher(text.substring(at, verb)).replaceFirst("");
        return new Who(new SpeakerSpan(np, at, at + np.length()), null);
      }
    }
    // "Depuis son exil en Inde, à Dharamsala, le dalaï-lama a déclaré": the subject after the
    // sentence's opening adverbials; "Alors que l'opposition saluait": after its subordinator.
    int lastComma = prefix.lastIndexOf(',');
    if (lastComma >= 0 || subordinator.matcher(prefix).find()) {
      String tail = prefix.substring(lastComma + 1).strip();
      // "des émeutes ont éclaté parce qu'une starlette thaïlandaise avait affirmé": the subject of
      // the clause the cue is in.
      Matcher sub = subordinator.matcher(tail);
      int after = -1;
      while (sub.find()) after = sub.end();
      if (after > 0) tail = tail.substring(after).strip();
      int at = sentenceStart + prefix.lastIndexOf(tail);
      Matcher subject = determiner.matcher(text).region(at, cueStart);
      if (!tail.isEmpty() && subject.lookingAt() && wordCount(tail) <= maxSubjectWords && !relativeStart.matcher(tail).lookingAt()) {
        tail = cliticsEnd.matcher(text.substring(at, upToAuxiliary(text, at, at + tail.length(), stops.auxiliaries()))).replaceFirst("");
        return new Who(new SpeakerSpan(tail, at, at + tail.length()), null);
      }
      // "Le journaliste, écrivain de marine, qui a choisi la Bretagne … s'est félicité": the noun
      // phrase that opens the sentence, which the relative clause describes.
      Matcher opening = determiner.matcher(text).region(sentenceStart, cueStart);
      int firstComma = prefix.indexOf(',');
      // "La jeune femme, poursuivie aussi pour faux, nie avoir…": the noun phrase its apposition describes.
      boolean apposition = tail.isEmpty() && firstComma > 0 && firstComma < lastComma && opening.lookingAt() && cues.timeWordAt(text.substring(opening.end(), sentenceStart + firstComma)) < 0 && !cues.opensWithTime(text.substring(opening.end(), sentenceStart + firstComma));
      if (apposition || subjectRelative.matcher(tail).lookingAt() && opening.lookingAt() && firstComma > 0) {
        String described = prefix.substring(0, firstComma).strip();
        int from = sentenceStart + prefix.indexOf(described);
        int inverted = pastInvertingOpening(text, from, from + described.length());
        described = text.substring(inverted, from + described.length());
        from = inverted;
        // "Le big boss de la Une a, en effet, plaisanté": the auxiliary before the adverbial is the
        // verb's; "La femme qui s'était présentée comme …": the noun its relative clause describes.
        Matcher describedBy = relativeIn.matcher(described);
        int describedEnd = describedBy.find() ? from + describedBy.start() : from + described.length();
        int clitic = stops.clitics().nextSetBit(from);
        if (clitic >= 0 && clitic < describedEnd) describedEnd = clitic;
        described = text.substring(from, upToAuxiliary(text, from, describedEnd, stops.auxiliaries()));
        if (!described.isEmpty() && wordCount(described) <= maxSubjectWords && !cues.anywhere.matcher(described).find()) return new Who(new SpeakerSpan(described, from, from + described.length()), null);
      }
    }
    return Who.NOBODY;
  }

  /** Whether {@code words[start, end)} stands alone in a parenthesis that closes before the end: "Ségolène Royal (PS) a estimé". */
  private static boolean glossed(String words, int start, int end) {
    int open = words.lastIndexOf('(', start);
    int close = words.indexOf(')', end);
    return open >= 0 && close >= 0 && words.substring(open + 1, start).isBlank() && words.substring(end, close).isBlank() && words.substring(0, open).strip().length() > 0;
  }

  /** Whether a quotation mark opens at {@code at}: "«", "“", or a straight one before a letter (a closing one ends the incise "…, a dit son avocat, Me Dupont »"). */
  private static boolean opensQuote(String text, int at) {
    char c = text.charAt(at);
    return c == '«' || c == '“' || c == '"' && at + 1 < text.length() && Character.isLetter(text.charAt(at + 1));
  }

  /** The person whose title in apposition a body completes ("Frédéric Oudéa, patron de la | Société générale"), or null. */
  private Mention titleHolder(String text, int sentenceStart, Mention body, List<Mention> mentions) {
    int comma = text.lastIndexOf(',', body.start());
    if (comma < sentenceStart || body.start() - comma > maxComplementChars || !Subjects.COMPLEMENT_BEFORE.matcher(text.substring(comma + 1, body.start())).find()) return null;
    for (Mention m : mentions) {
      if (m.type() == EntityType.PER && m.start() >= sentenceStart && m.end() <= comma && text.substring(m.end(), comma).isBlank()) return m;
    }
    return null;
  }

  /**
   * The name set off by commas right before {@code at}, a title aside ("Son associée, Me Esther
   * Zajdenweber, | fustige", "…, la CFTC, | estimant que"), both commas after {@code from}; or null.
   */
  static Mention setOff(String text, int from, int at, List<Mention> mentions) {
    String before = text.substring(from, at).stripTrailing();
    if (!before.endsWith(",")) return null;
    int comma = from + before.length() - 1;
    // A comma before it too: a name opening the sentence ("Nicolas Sarkozy, a rappelé le porte-parole,") is no apposition.
    int previous = text.lastIndexOf(',', comma - 1);
    if (previous < from) return null;
    for (Mention m : mentions) {
      if (m.start() > previous && m.end() <= comma && speaks(m) && m.type() != EntityType.LOC && text.substring(m.end(), comma).isBlank() && NAME_PREFIX.matcher(text.substring(previous + 1, m.start())).matches()) return m;
    }
    return null;
  }

  /**
   * Where the subject starts in words that open with a conjunction and its verb ("Ce que confirme |
   * une conseillère", "Comme l'explique | le barreur"): after the verb when a determiner follows it,
   * else at {@code from}.
   */
  private int pastInvertingOpening(String text, int from, int end) {
    Matcher inverted = asOpening.matcher(text).region(from, end);
    return inverted.lookingAt() && determiner.matcher(text).region(inverted.end(), end).lookingAt() ? inverted.end() : from;
  }

  /** Where a noun phrase in [from, to) stops: before its first auxiliary, trailing spaces dropped. */
  private static int upToAuxiliary(String text, int from, int to, java.util.BitSet auxiliaries) {
    int aux = auxiliaries.nextSetBit(from);
    int end = aux >= 0 && aux < to ? aux : to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) end--;
    return end;
  }

  private static SpeakerSpan span(String text, int from, Mention m) {
    int start = Math.min(from, m.start());
    return new SpeakerSpan(text.substring(start, m.end()), m.start(), m.end());
  }
}
