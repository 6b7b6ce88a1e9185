package org.dossier.extract.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.lang.DataFile;

/**
 * The reporting cues of a language as patterns: a verb form from {@code LANG/reporting-verbs.tsv},
 * with its auxiliary, the adverbs that may sit inside it ({@code LANG/cue-adverbs.txt}) and an
 * inverted subject pronoun ("a-t-il ajouté").
 */
final class Cues {

  /** Named groups: {@code cue} is the whole cue; {@code pron} an inverted pronoun, if any. */
  final Pattern anywhere;
  /** A cue right after a closing quotation mark: the incise "», a déclaré M. Kalin", "», se félicite le maire". */
  final Pattern incise;
  /** "selon X", "d'après X", "Pour X,": the cue that introduces its speaker first. */
  final Pattern according;
  /** What joins a verb to indirect content: "que", "sur le fait que", "de", "à", "avoir". */
  final Pattern link;
  /** Adverbs and incidental words between a cue and its subject. */
  final Pattern filler;
  /** A date, a station or an occasion between a cue and its inverted subject: "a déclaré mercredi 12 novembre sur TF1 Ségolène Royal". */
  final Pattern circumstance;
  /** Who speaks for the subject, between a cue and its content: ", par la voix de son porte-parole, Gérard Gachet,"; group {@code name} when named. */
  final Pattern voice;

  /** "laquelle" after "selon": the rest of the clause is what the noun before it holds. */
  final Pattern accordingRelative;
  /** "s'est dit", "se déclarant": a speaker describing themselves; group {@code verb}; the attribute follows ({@code LANG/self-description-verbs.tsv}). */
  final Pattern selfDescription;
  /** Adverbs and time words after a cue, before its content: "s'est dite opposée ce jeudi" skips none, "s'est déclaré d'ores et déjà favorable" skips two. */
  final Pattern adverbRun;
  /** ", tout en" before a gerund: the end of the content before it. */
  final Pattern gerundAfterComma;
  /** The words that open a gerund ("en rappelant", "tout en soulignant"), wherever they stand; the verb after them is the analysis's to tell. */
  final Pattern gerundMarker;
  /** A conjunction ending the words before a second cue: "favorable à ce congé | et a souhaité que". */
  final Pattern coordinator;
  /** A preposition giving whom words were said to ({@code LANG/dative-prepositions.txt}): "à l'", "aux". */
  final String dative;
  /** A coordinator and the words after it up to the next cue: "… tergiverser" et | François Bayrou | (a dénoncé)"; group {@code subject}. */
  final Pattern coordinatedClause;
  /** Subject pronouns ({@code LANG/subject-pronouns.txt}). */
  final Set<String> subjectPronouns;
  /** A past infinitive's opening before a participle cue: "…, après avoir | affirmé que" ({@code LANG/infinitive-clauses.txt}). */
  final Pattern infinitiveClause;
  /** A conjunction opening a clause before the main one, at the start of the text it is matched against ({@code LANG/subordinators.txt}). */
  final Pattern subordinator;
  /** A comma, then a subordinate clause up to where the text matched ends: ", même si Obama". */
  final Pattern subordinateAfterComma;
  /** Such a conjunction after a comma, anywhere: "…, tandis que | X a considéré". */
  final Pattern clauseAfterComma;
  /** An adverb or a phrase of the cue's, in lower case, after a speaker's words: "un moine | aux journalistes". */
  final Pattern adverbAfter;
  /** ", pour qui": what follows is the view of the speaker just named ("estime le député, pour qui …"). */
  final Pattern viewpoint;
  /** Words that may open a sentence before "selon X," and are not its content: "Toujours", "Et,". */
  final Pattern opener;

  /** A stressed pronoun standing for the last speaker: "selon elle". */
  final Pattern stressedPronoun;

  /** Where an impersonal "on" speaks from: "au ministère", "de source judiciaire"; group {@code kept} starts kept words. */
  final Pattern impersonalSource;

  /** What a source gave and the words naming who gave it: "éléments fournis par ", "propos de "; group "of" holds a "du " that leaves the speaker without a determiner ("termes du maire"). */
  final Pattern sourceNoun;

  /** What makes a name in quotation marks a title ({@code LANG/title-leads.txt}), right before the marks: "le", "journal". */
  final Pattern titleLead;
  /** A work's noun right before its title in marks ({@code LANG/work-nouns.txt}): "son film | « Le secret des poignards volants »". */
  final Pattern workBefore;

  /** A determiner opening a noun phrase ({@code LANG/determiners.txt}), at the matcher's start. */
  final Pattern determiner;
  /** A determiner ending the text before a quotation mark: "la « mère » se défend" quotes a noun, the subject. */
  final Pattern determinerBefore;

  /** Words that make a noun phrase a time ("la semaine dernière", "mardi soir"): units, weekdays, parts of the day; and months. */
  private final Set<String> timeNouns;
  private final org.dossier.lang.MonthNames months;
  /** Role nouns: "Pour le président," names a speaker, "Pour la première fois," does not. */
  private final org.dossier.lang.RoleNouns roles;
  private final java.util.Map<String, String> infinitives = new java.util.HashMap<>();
  /** How far after a participle its agent may come, in characters. */
  private final int agentReach;
  /** A passive's agent later in the participle's clause: "qualifié | de « … » par son gouvernement" ({@code LANG/agent-prepositions.txt}). */
  private final Pattern agentAhead;
  /** What brings a quote in, ending the words before it ({@code LANG/quote-links.txt}): "par son gouvernement | de ". */
  final Pattern quoteLinkEnd;
  /** A passive's agent right after a quote: "« … » par | les autres". */
  private final Pattern agentRight;
  /** A passive's agent ({@code LANG/agent-prepositions.txt}): "qualifié par | …", "qualifié de « … » par | …". */
  private final Pattern passiveAgent;
  /** A passive's auxiliary ending the text before a participle ({@code LANG/passive-auxiliaries.txt}): "a | été | qualifié". */
  final Pattern passiveBefore;
  /** Past participles of reporting verbs: the first form of each row of {@code LANG/reporting-verbs.tsv} and a pronominal verb's agreed forms of it, but those that are also its present ({@code LANG/participles-also-present.txt}: "dit"). */
  private final Set<String> pastParticiples = new java.util.HashSet<>();
  /** Verbs that name with a reflexive pronoun, not report ({@code LANG/naming-reflexives.txt}). */
  private final Set<String> namingReflexives;
  /** Cue forms that are nouns as often ({@code LANG/noun-cues.txt}): "juge". */
  private final Set<String> nounForms;
  /** A complement after a noun: "juge | d'instruction", "juge | du siège". */
  private static final Pattern NOUN_COMPLEMENT = Pattern.compile("\\s+(?:de|du|des|au|aux)\\s|\\s*d'", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private final java.util.Map<String, Pattern> objectLinks = new java.util.HashMap<>();
  /** An infinitive by its ending ({@code LANG/infinitive-endings.txt}): "déclarer", "agir", "recevoir", "dire". */
  private final String infinitiveWord;
  /** Most characters between a reporting verb and the "que" or noun content its object leads to. */
  private final int objectReach;
  /** Most characters between a reporting verb and the infinitive its object leads to, which the infinitive makes sure of. */
  private final int infinitiveObjectReach;

  private final java.util.Set<String> infinitiveVerbs;
  /** Verbs that report only with "on" ({@code LANG/impersonal-only-verbs.txt}): "a-t-on appris". */
  private final java.util.Set<String> impersonalOnly;
  /** A bare infinitive right after the verb (and its adverbs): "a nié avoir…", "déclarant trouver…". */
  final Pattern infinitive;
  /** A reporting verb's infinitive after "à", "de" or "pour": "pour dénoncer « … »", "à lui demander des « … »"; group {@code cue}. */
  final Pattern reportingInfinitive;

  /** Relative pronouns by their kind in the clause ({@code LANG/relative-pronouns.tsv}): "subject", "object", "genitive", "place", "oblique". */
  private final org.dossier.lang.RelativePronouns relatives;

  Cues(String language, org.dossier.config.Settings settings) {
    this.agentReach = settings.integer("quotes.agent.reach-chars");
    this.objectReach = settings.integer("quotes.object.reach-chars");
    this.infinitiveObjectReach = settings.integer("quotes.infinitive-object.reach-chars");
    this.relatives = org.dossier.lang.RelativePronouns.load(language);
    Set<String> time = new java.util.HashSet<>();
    for (String[] row : DataFile.rows(language, "time-units.tsv")) time.addAll(List.of(row[2].strip().split("\\|")));
    for (String file : List.of("time-weekdays.tsv", "time-day-parts.tsv")) {
      for (String[] row : DataFile.rows(language, file)) time.addAll(List.of(row[1].strip().split("\\|")));
    }
    // The noun of a dated phrase that is a determiner and one noun: "ce week-end", "la veille".
    List<String> determinerWords = DataFile.words(language, "determiners.txt");
    for (String[] row : DataFile.rows(language, "time-words.tsv")) {
      String[] w = row[0].strip().split("\\s+");
      if (w.length == 2 && determinerWords.contains(w[0])) time.add(w[1]);
    }
    this.timeNouns = Set.copyOf(time);
    this.months = org.dossier.lang.MonthNames.load(List.of(language));
    this.roles = org.dossier.lang.RoleNouns.load(language);
    List<String> forms = new ArrayList<>();
    List<String> infinitiveForms = new ArrayList<>();
    this.namingReflexives = Set.copyOf(DataFile.words(language, "naming-reflexives.txt"));
    List<String[]> agreements = DataFile.rows(language, "participle-agreements.tsv");
    List<String> reflexives = DataFile.words(language, "reflexive-pronouns.txt");
    String reflexivePronoun = org.dossier.lang.Alternation.elidable(reflexives, "\\s+");
    this.pronominal = Pattern.compile("^(?:" + reflexivePronoun + ")");
    this.reflexive = Pattern.compile("(?:^|[^\\p{L}])(?:" + org.dossier.lang.Alternation.elidable(reflexives, "\\s") + ")", Pattern.UNICODE_CASE);
    List<String[]> auxiliaries = DataFile.rows(language, "cue-auxiliaries.tsv");
    String reflexiveAuxiliary = alternation(DataFile.ofKind(auxiliaries, 1, "reflexive", 0));
    for (String[] row : DataFile.rows(language, "reporting-verbs.tsv")) {
      String infinitive = pronominal.matcher(row[0].strip()).replaceFirst("");
      infinitiveForms.add(infinitive);
      infinitives.put(infinitive.toLowerCase(java.util.Locale.ROOT), row[0].strip());
      pastParticiples.add(row[1].split("\\|")[0].strip().toLowerCase(java.util.Locale.ROOT));
      List<String> rowForms = withAgreements(row, agreements);
      long own = java.util.Arrays.stream(row[1].split("\\|")).filter(f -> !f.isBlank()).count();
      for (int i = 0; i < rowForms.size(); i++) {
        String f = rowForms.get(i);
        forms.add(f);
        infinitives.put(f.toLowerCase(java.util.Locale.ROOT), row[0].strip());
        // "elle s'est félicitée": an agreed participle, after the row's own forms, is a participle too.
        if (i >= own) pastParticiples.add(f.toLowerCase(java.util.Locale.ROOT));
      }
    }
    pastParticiples.removeAll(DataFile.words(language, "participles-also-present.txt"));
    String verbs = alternation(forms);
    List<String> inciseForms = new ArrayList<>(forms);
    for (String[] row : DataFile.rows(language, "incise-verbs.tsv")) inciseForms.addAll(withAgreements(row, agreements));
    String inciseVerbs = alternation(inciseForms);
    String adverbs = alternation(DataFile.words(language, "cue-adverbs.txt"));
    String links = alternation(DataFile.words(language, "speech-links.txt"));
    // "a-t-il", "avait-il", "ont-ils"; a pronominal verb's "s'est-il", "se sont-elles".
    // "», peut-on lire dans Les Échos": a modal stands for the auxiliary, with "on" only.
    String impersonalModal = "|(?:" + alternation(DataFile.words(language, "impersonal-modals.txt")) + ")(?=-t-on|-on)";
    String aux = "(?:" + alternation(DataFile.ofKind(auxiliaries, 1, "compound", 0)) + "|(?:" + reflexivePronoun + ")(?:" + reflexiveAuxiliary + ")" + impersonalModal + ")(?:-t-(?<pron1>il|elle|on)|-(?<pron2>il|elle|on|ils|elles))?";
    String pronoun = "(?:-t-|-)(?<pron3>il|elle|ils|elles|on)";
    // "Nicolas Sarkozy a, lui, jugé que": a stressed pronoun between commas after the auxiliary.
    String stressed = alternation(DataFile.words(language, "stressed-pronouns.txt"));
    // "a tenu à préciser": an intent verb, then a reporting verb's infinitive.
    String modals = alternation(DataFile.words(language, "cue-modals.txt"));
    String afterModal = "(?:(?:" + modals + ")\\s+)?";
    String modalInfinitive = "(?<=(?:^|[\\s'])(?:" + modals + ")\\s)(?:" + alternation(infinitiveForms) + ")"; // not "obtenu à dire"
    String core = "(?:" + aux + "(?:\\s*,\\s*(?:" + stressed + ")\\s*,)?\\s+(?:(?:" + adverbs + ")\\s+)*)?" + afterModal + "(?<verb>" + verbs + "|" + modalInfinitive + ")(?:" + pronoun + ")?(?![\\p{L}'-])";
    String inciseCore = core.replace("(?<verb>" + verbs + "|", "(?<verb>" + inciseVerbs + "|");
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // A cue may follow an elided object pronoun: "il l'a laissé entendre", "qui s'est dit".
    // Not after an article: "la demande d'euthanasie", "les critiques", "une note" are nouns.
    String noArticle = "(?<!(?:^|[\\s(«\"])(?:la|le|les|une|un|des|du|sa|son|ses|leur|leurs|cette|ce|cet|ces|au|aux|notre|votre)\\s)"
        + "(?<!(?:^|\\s)(?:à|de|après|avant|par|pour|sur|dans|avec|depuis|dès|sans)\\sl')"; // "à l'annonce de la hausse"
    this.anywhere = Pattern.compile("(?:(?<![\\p{L}'-])|(?<=[\\s(«\"][lnsmLNSM]'))" + noArticle + "(?<cue>" + core + ")", flags);
    // "», leur a-t-il dit", "», m'a confié X": an object pronoun before the verb is not part of the cue.
    String objectPronoun = "(?:" + org.dossier.lang.Alternation.elidable(DataFile.words(language, "dative-clitics.txt"), "\\s+") + ")?";
    // "», n'a cessé de marteler X": the negation is no part of the cue. ("», ne confirme pas la
    // police" finds no subject past "pas".)
    String attribution = alternation(DataFile.words(language, "attribution-cues.txt"));
    String particle = "(?:" + org.dossier.lang.Alternation.elidable(DataFile.words(language, "negation-particles.txt"), "\\s+") + ")?";
    this.incise = Pattern.compile("\\G\\s*[,;]?\\s*(?:(?:" + adverbs + ")\\s*,?\\s+)?" + particle + objectPronoun + "(?<cue>(?:" + reflexivePronoun + ")?(?:" + inciseCore + ")|(?<source>" + attribution + ")(?=\\s))", flags);
    // A word that may open a sentence before its content: "Toujours selon …", "Aussi, pour …".
    String openingWord = "(?:" + alternation(DataFile.words(language, "clause-openers.txt")) + "|" + adverbs + ")";
    // "Pour Christine Lagarde, « … »" opening a sentence says "selon" too (see vouches), and so does
    // "Aussi, pour l'économiste Thomas Piketty, …" after one opening word; a "pour" anywhere else is
    // a preposition. Bounded, because a lookbehind must be.
    this.openingCues = Set.copyOf(DataFile.words(language, "opening-attribution-cues.txt"));
    String opening = alternation(List.copyOf(openingCues));
    String capitalised = alternation(openingCues.stream().map(w -> w.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w.substring(1)).toList());
    String forAfterOpener = "(?-i:" + opening + ")(?<=(?:^|[.!?]\\s{1,3}|\\n)" + openingWord + "\\s{0,2},?\\s{1,2}(?:" + opening + "))";
    this.according = Pattern.compile("(?<![\\p{L}'-])(?<cue>" + attribution + "|(?-i:" + capitalised + ")|" + forAfterOpener + ")\\s+", flags);
    this.accordingRelative = Pattern.compile("\\G(?:" + alternation(DataFile.words(language, "according-relatives.txt")) + ")(?![\\p{L}'-])", flags);
    List<String> selfForms = new ArrayList<>();
    for (String[] row : DataFile.rows(language, "self-description-verbs.tsv")) selfForms.addAll(List.of(row[1].strip().split("\\|")));
    this.selfDescription = Pattern.compile("(?<![\\p{L}'-])(?:" + reflexivePronoun + ")(?:(?:" + reflexiveAuxiliary + ")\\s+)?(?:(?:" + adverbs + ")\\s+)*(?<verb>" + alternation(selfForms) + ")(?![\\p{L}'-])", flags);
    this.adverbAfter = Pattern.compile("\\s(?:" + adverbs + ")(?![\\p{L}'-])", Pattern.UNICODE_CASE);
    this.adverbRun = Pattern.compile("\\G\\s*(?:(?:" + adverbs + ")\\s+)*", flags);
    String subordinators = alternation(DataFile.words(language, "subordinators.txt"));
    this.subordinator = Pattern.compile("^(?:" + subordinators + ")(?:(?<=')|\\s)", flags);
    // Its subject may have an apposition: ", tandis que Jean-Christophe Cambadélis, partisan de Martine Aubry,".
    this.clauseAfterComma = Pattern.compile(",\\s*(?:" + subordinators + ")(?:(?<=')|\\s)", flags);
    this.subordinateAfterComma = Pattern.compile(",\\s*(?:" + subordinators + ")(?:(?<=')|\\s)[^,]*(?:,[^,]*,?)?$", flags);
    String agentPrepositions = alternation(DataFile.words(language, "agent-prepositions.txt"));
    this.agentAhead = Pattern.compile("[^,.;:!?]{0," + agentReach + "}?(?<![\\p{L}'-])(?:" + agentPrepositions + ")\\s", flags);
    // The agent right after the participle, a word or two aside, or after the quote it brings in:
    // not "sommé à ce point d'aider ceux que les souffrances causées par …", inside the content.
    String agentWord = "(?<![\\p{L}'-])(?:" + agentPrepositions + ")\\s+(?!(?:" + alternation(DataFile.words(language, "not-agent-phrases.txt")) + ")(?![\\p{L}'-]))";
    this.passiveBefore = Pattern.compile("(?:^|\\s)(?i:" + alternation(DataFile.words(language, "passive-auxiliaries.txt")) + ")\\s+$", Pattern.UNICODE_CASE);
    this.agentRight = Pattern.compile("\\s+" + agentWord, flags);
    List<String> quoteLinks = DataFile.words(language, "quote-links.txt");
    this.passiveAgent = Pattern.compile("\\s+(?:[\\p{L}-]+\\s+){0,2}?" + agentWord + "|\\s*(?:" + org.dossier.lang.Alternation.elidable(quoteLinks, "\\s+") + ")?[" + Positions.MARKS + "][^" + Positions.MARKS + "]*[" + Positions.MARKS + "]\\s+" + agentWord, flags);
    String gerundMarkers = alternation(DataFile.words(language, "gerund-markers.txt"));
    this.gerundAfterComma = Pattern.compile(",\\s*(?:" + gerundMarkers + ")$", flags);
    this.gerundMarker = Pattern.compile("(?<![\\p{L}'-])(?:" + gerundMarkers + ")\\s+", flags);
    this.infinitiveClause = Pattern.compile("(?:^|[\\s,])(?:" + alternation(DataFile.words(language, "infinitive-clauses.txt")) + ")\\s+(?:(?:" + adverbs + ")\\s+)*$", flags);
    this.dative = org.dossier.lang.Alternation.elidable(DataFile.words(language, "dative-prepositions.txt"), "\\s+");
    String coordinators = alternation(DataFile.words(language, "coordinators.txt"));
    // "par son gouvernement | de « … »", "par les uns | et de « … »": the agent ends there.
    this.quoteLinkEnd = Pattern.compile("\\s+(?:(?:" + coordinators + ")\\s+)?(?:" + alternation(quoteLinks) + ")\\s*$", flags);
    this.coordinator = Pattern.compile("(?:^|\\s)(?:" + coordinators + ")$", flags);
    this.coordinatedClause = Pattern.compile("(?:^|\\s)(?:" + coordinators + ")\\s+(?<subject>[^,;:«»\"“”]+?)\\s*$", flags);
    this.subjectPronouns = Set.copyOf(DataFile.words(language, "subject-pronouns.txt"));
    this.viewpoint = Pattern.compile(",\\s*(?:" + alternation(DataFile.words(language, "viewpoint-relatives.txt")) + ")\\s+", flags);
    this.opener = Pattern.compile("(?:" + openingWord + "(?![\\p{L}'-])\\s*,?\\s*)+", flags);
    // An incidental phrase may sit between the verb and its link: "a annoncé, le 24 décembre, qu'…";
    // so may whom the words were for, or where they were said, before "que": "a fait savoir à 20
    // Minutes que…", "a confirmé dans « Le Figaro » que…", "a affirmé sur France Inter que…".
    String toOrWhere = "(?:à|au|aux|dans|sur)\\s+(?:l'|la\\s+|le\\s+|les\\s+|un\\s+|une\\s+)?(?:[«\"“]\\s*[^»\"”]{1,40}[»\"”]\\s+|(?:[\\p{L}\\d-]+\\s+){1,3})(?:(?:" + adverbs + ")\\s+)*(?=que\\s|qu')";
    String noQue = "(?:(?!\\bque\\b|\\bqu')[^,.;:])";
    this.link =
        Pattern.compile(
            "\\G\\s*(?:(?:" + adverbs + ")\\s*)*(?:,[^,.;:]{1,30},|(?<=\\p{L})\\s*,(?=\\s*(?:que|qu'))|" + toOrWhere + ")?\\s*(?<link>" + links + ")(?:(?<=')|(?![\\p{L}-]))",
            flags);
    List<String> dropped = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    List<String> phrases = new ArrayList<>(DataFile.words(language, "impersonal-sources.txt"));
    phrases.sort(Comparator.comparingInt(String::length).reversed()); // "dans l'entourage de" before "dans"
    for (String phrase : phrases) {
      String[] parts = phrase.split("\\|", 2);
      if (parts.length == 2) {
        dropped.add(words(parts[0]));
        kept.add(words(parts[1]));
      } else {
        boolean name = phrase.endsWith(" ^");
        String head = name ? phrase.substring(0, phrase.length() - 2) : phrase;
        plain.add("(?i:" + words(head) + ")" + (head.endsWith("'") ? "" : "\\s+") + (name ? "(?=\\p{Lu})" : ""));
      }
    }
    String keptWords = "(?i:" + String.join("|", dropped) + ")\\s+(?<kept>(?i:" + String.join("|", kept) + "))(?![\\p{L}'-])";
    // Case matters for the name a phrase may require, so only the phrases ignore case.
    this.impersonalSource = Pattern.compile("(?<![\\p{L}'-])(?:" + keptWords + "|(?:" + String.join("|", plain) + "))", Pattern.UNICODE_CASE);
    List<String> determiners = new ArrayList<>(DataFile.words(language, "determiners.txt"));
    determiners.sort(Comparator.comparingInt(String::length).reversed());
    String determinerPhrases = phrases(determiners);
    this.determiner = Pattern.compile("\\G(?:" + determinerPhrases + ")(?:\\s+|(?<=')(?=\\p{L}))", flags);
    // Between a cue and its inverted subject, a date ("12 novembre 2008"), a station ("sur TF1")
    // or an occasion and its one noun ("lors de son audition"): never the speaker themselves.
    List<String> monthForms = new ArrayList<>();
    for (String[] row : DataFile.rows(language, "months.tsv")) monthForms.addAll(List.of(row).subList(1, row.length).stream().map(String::strip).toList());
    String date = "(?:1er|\\d{1,2})\\s+(?:" + alternation(monthForms) + ")(?:\\s+\\d{4})?";
    String station = "(?:" + phrases(DataFile.words(language, "broadcast-prepositions.txt")) + ")\\s*(?:" + alternation(DataFile.words(language, "broadcasters.txt")) + ")";
    String occasion = "(?:" + phrases(DataFile.words(language, "occasion-prepositions.txt")) + ")\\s*(?:"
        + determinerPhrases + ")\\s*(?-i:\\p{Ll}[\\p{L}-]*)(?:\\s+de\\s+presse)?";
    // "sur le même ton rassurant", its adjectives up to the subject's determiner or name.
    // Not "sur le ton | de la confidence": a complement is no adjective.
    String notAdjective = determinerPhrases + "|" + phrases(DataFile.words(language, "complement-prepositions.txt"));
    String manner = "(?:" + phrases(DataFile.words(language, "manner-phrases.txt")) + ")(?:\\s+(?!(?:" + notAdjective + ")(?:\\s|(?<=')))(?-i:\\p{Ll}[\\p{L}-]*)){0,2}";
    this.circumstance = Pattern.compile("\\G(?:" + date + "|" + station + "|" + occasion + "|" + manner + ")(?![\\p{L}\\d'-])", flags);
    this.determinerBefore = Pattern.compile("(?:^|[\\s(])(?:" + determinerPhrases + ")\\s*$", flags);
    this.workBefore = Pattern.compile("(?:^|[\\s'])(?:" + alternation(DataFile.words(language, "work-nouns.txt")) + ")\\s*$", flags);
    this.titleLead = Pattern.compile("(?:^|[\\s'])(?:" + alternation(DataFile.words(language, "title-leads.txt")) + ")\\s*$", flags);
    this.sourceNoun =
        Pattern.compile("\\G(?:" + alternation(DataFile.words(language, "source-nouns.txt")) + ")(?:\\s+\\p{Ll}+)?\\s+(?:(?:par|de|d')(?:\\s+|(?<=')(?=\\p{L}))|(?<of>du\\s+))", flags);
    this.infinitiveWord = "\\p{Ll}+(?:" + org.dossier.lang.Alternation.of(DataFile.words(language, "infinitive-endings.txt")) + ")";
    this.infinitiveVerbs = java.util.Set.copyOf(DataFile.words(language, "infinitive-speech-verbs.txt"));
    this.impersonalOnly = java.util.Set.copyOf(DataFile.words(language, "impersonal-only-verbs.txt"));
    this.nounForms = Set.copyOf(DataFile.words(language, "noun-cues.txt"));
    String clitic = "(?:(?:lui|leur|les|la|le|se|nous|vous)\\s+|[ls]')?";
    String markers = org.dossier.lang.Alternation.elidable(DataFile.words(language, "infinitive-markers.txt"), "\\s");
    this.reportingInfinitive = Pattern.compile("(?<=(?:^|\\s)(?:" + markers + ")" + clitic + ")(?<cue>" + alternation(infinitiveForms) + ")(?![\\p{L}'-])", flags);
    this.infinitive = Pattern.compile("\\G\\s*(?:(?:" + adverbs + ")\\s+)*(?<inf>(?:ne\\s+pas\\s+|n'|s'|se\\s+)?" + infinitiveWord + ")(?![\\p{L}'-])", flags);
    // A preposition brings in an infinitive, its negation and object pronouns before it ("de ne pas
    // le faire", "de « reprendre [son] avion »"), not a noun's complement ("a demandé la démission de l'entraîneur"), but for verbs
    // marked "noun" ("les accuse de l'enlèvement de …").
    String objectClitics = org.dossier.lang.Alternation.elidable(DataFile.words(language, "object-clitics.txt"), "\\s+");
    String negationWords = alternation(DataFile.words(language, "negation-words.txt"));
    String before = "(?:(?:" + adverbs + "|" + alternation(DataFile.words(language, "infinitive-adverbs.txt")) + ")\\s+)*";
    String infinitiveNext = "(?=\\s*[" + Positions.MARKS + "]?\\s*" + before + "(?:ne\\s+(?:" + negationWords + ")\\s+|n'(?:" + negationWords + ")\\s+)?" + before + "(?:" + objectClitics + ")*" + infinitiveWord + "(?![\\p{L}'-]))";
    // "a demandé aux préfets de …": whom a demand is made to comes with a dative, so "a demandé la
    // réouverture de l'enquête … en tentant de fuir" reports nothing.
    String determinersList = alternation(DataFile.words(language, "determiners.txt"));
    for (String[] row : DataFile.rows(language, "object-speech-verbs.tsv")) {
      List<String> contentLinks = List.of(row[1].split("\\|"));
      String preps = alternation(contentLinks);
      // The object runs to the verb's own preposition: "la Russie à", "le régime d'Assad et la Russie à".
      // Or straight to it, with no object: "a menacé de quitter"; a verb marked "bare" only so: "a
      // promis de retirer les soldats", not "a promis l'annonce de mesures".
      boolean clause = contentLinks.stream().anyMatch(w -> Positions.QUE.matcher(w).find());
      String content = clause || row.length > 2 && row[2].strip().equals("noun") ? "" : infinitiveNext;
      // An infinitive may come after a longer object: "a demandé aux soldats occupant la pagode de
      // Preah Vihear, située à 300 mètres en contrebas du temple, d'en sortir".
      int reach = content.isEmpty() ? objectReach : infinitiveObjectReach;
      String kind = row.length > 2 ? row[2].strip() : "";
      String object = switch (kind) {
        case "bare" -> "";
        // Time words may come first ("lui a demandé hier lundi d'annoncer"), never a direct object's determiner.
        case "dative" -> "(?:(?:\\s+(?!(?:" + this.dative + "|" + determinersList + ")(?:(?<=')|(?![\\p{L}])))\\p{Ll}[\\p{L}'-]*){0,2}?(?:\\s+(?:" + this.dative + ")[^.;:«»\"]{0," + reach + "}?)?)?";
        default -> "(?:[^.;:«»\"]{0," + reach + "}?)?";
      };
      objectLinks.put(row[0].strip(), Pattern.compile("\\G" + object + "\\s(?<link>" + preps + ")(?:(?<=')|(?![\\p{L}-]))" + content, flags));
    }
    // Between a cue and its inverted subject: adverbs, and once a dative ("a souligné à l'AFP M. Romero").
    String dative = "(?:(?:(?:à|au|aux|auprès\\s+(?:de|du|des))\\s+(?:l'|la\\s+|le\\s+|les\\s+)?|auprès\\s+d')[\\p{L}-]+(?:\\.\\p{Ll}+)?\\s+)"; // "a témoigné auprès de l'AFP X", "a confié au JDD.fr X"
    // ", par la voix de son porte-parole, Gérard Gachet," between a cue and its content.
    this.voice = Pattern.compile("\\G\\s*,\\s*(?:" + alternation(DataFile.words(language, "voice-phrases.txt")) + ")(?:\\s+|(?<='))[^,.;:«»\"]{1,60}?(?:,\\s*(?<name>\\p{Lu}[^,.;:«»\"]{1,40}?))?\\s*,", flags);
    this.stressedPronoun = Pattern.compile("\\G(?:" + stressed + ")(?![\\p{L}'-])", flags);
    // ", enflammé,": one lower-case word the commas set apart describes the speaker still to come.
    String apposed = "(?:,\\s*(?-i:\\p{Ll}[\\p{L}-]*)\\s*(?=,))?";
    this.filler = Pattern.compile("\\G(?:\\s|,|(?:" + adverbs + ")(?![\\p{L}]))*?" + apposed + "(?:\\s|,|(?:" + adverbs + ")(?![\\p{L}]))*" + dative + "?(?:\\s|,|(?:" + adverbs + ")(?![\\p{L}]))*", flags);
  }

  /** Whether an incise credits a source rather than reporting with a verb: "», selon X", "», d'après X". */
  static boolean credits(java.util.regex.Matcher incise) {
    return incise.group("source") != null;
  }

  /** The inverted subject pronoun of a cue match ("a-t-il ajouté", "estime-t-elle"), or null. */
  static String pronoun(java.util.regex.Matcher m) {
    for (String g : new String[] {"pron1", "pron2", "pron3"}) {
      if (m.group(g) != null) return m.group(g);
    }
    return null;
  }

  /**
   * Whether "Pour" names a speaker: a person or a body by name ("Pour Christine Lagarde,"), a
   * pronoun ("Pour lui,"), a role ("Pour le président,"). "Pour" is a preposition first.
   */
  boolean isFor(String cue) {
    return openingCues.contains(cue.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a noun phrase after its determiner opens with a time word: "semaine dernière", "veille". */
  boolean opensWithTime(String words) {
    String[] w = words.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return w.length > 0 && (timeNouns.contains(w[0]) || months.month(w[0]).isPresent());
  }

  /**
   * Whether a cue after these words shares the main clause's subject: coordinated ("et a souhaité
   * que") or in a past infinitive ("après avoir affirmé que").
   */
  boolean sharesSubject(String before) {
    String words = before.stripTrailing();
    return coordinator.matcher(words).find() || infinitiveClause.matcher(before).find();
  }

  /** A pronominal verb's infinitive: "se féliciter", "s'inquiéter". */
  private final Pattern pronominal;
  /** Words that credit a source only at a sentence's opening ({@code LANG/opening-attribution-cues.txt}): "Pour". */
  private final Set<String> openingCues;
  /** A reflexive pronoun before a verb: "s'", "se ". */
  private final Pattern reflexive;

  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

  /** Where a time word ends a speaker's words ("La Tribune | mercredi"), as an offset in {@code words}, or -1. */
  int timeWordAt(String words) {
    java.util.regex.Matcher w = WORD.matcher(words);
    String previous = null;
    while (w.find()) {
      String word = w.group().toLowerCase(java.util.Locale.ROOT);
      // Not a title's own word: "le Journal du dimanche".
      boolean ofTitle = previous == null || previous.equals("du") || previous.equals("de") || previous.equals("des") || previous.startsWith("d'");
      if (!ofTitle && (timeNouns.contains(word) || months.month(word).isPresent())) return w.start();
      previous = word;
    }
    return -1;
  }

  /** Whether a noun phrase after its determiner opens with a role noun: "président de la République". */
  boolean opensWithRole(String words) {
    return roles.opensWith(words);
  }

  /** Whether the words open with a role, past a role adjective: "nouveau Premier ministre russe". */
  boolean opensWithTitle(String words) {
    return roles.opensWithTitle(words);
  }

  /** Whether a cue's form is a noun here: "Marc Trévidic, juge d'instruction". */
  boolean nounHere(String text, java.util.regex.Matcher m) {
    String verb = m.group("verb");
    return verb != null && nounForms.contains(verb.toLowerCase(java.util.Locale.ROOT)) && NOUN_COMPLEMENT.matcher(text).region(m.end("verb"), text.length()).lookingAt();
  }

  /**
   * Whether a pronominal verb's cue lacks its pronoun: "s'est engagé à" reports a pledge, "une
   * « émergence pacifique » engagée depuis trente ans" does not; "se félicite" speaks, "a félicité
   * l'équipe" does not. A verb that reports only after an inverted "on" lacks it elsewhere. A verb
   * that names with a reflexive pronoun has one too many: "s'appelle « Boris »".
   */
  boolean lacksPronoun(String text, java.util.regex.Matcher m) {
    String verb = m.group("verb");
    String infinitive = verb == null ? "" : infinitives.getOrDefault(verb.toLowerCase(java.util.Locale.ROOT), "");
    if (impersonalOnly.contains(infinitive)) return !"on".equalsIgnoreCase(pronoun(m)); // "a-t-on appris", not "il a appris"
    boolean naming = namingReflexives.contains(infinitive);
    if (!naming && !pronominal.matcher(infinitive).lookingAt()) return false;
    String before = text.substring(Math.max(0, m.start("cue") - 3), m.start("verb")).toLowerCase(java.util.Locale.ROOT);
    return naming == reflexive.matcher(before).find();
  }

  /**
   * Whether a cue is a past participle alone, with no auxiliary, pronoun or agent: "Candidat
   * déclaré", but not "un plan qualifié par son gouvernement de « … »", a passive that names who spoke.
   */
  boolean bareParticiple(String text, java.util.regex.Matcher m) {
    String verb = m.group("verb");
    return verb != null && m.start("cue") == m.start("verb") && pronoun(m) == null && pastParticiples.contains(verb.toLowerCase(java.util.Locale.ROOT))
        && !agentAhead.matcher(text).region(m.end("verb"), text.length()).lookingAt();
  }

  /**
   * Where a passive participle's agent starts: "qualifié de « … » par | l'avocat Michel Pezet",
   * "qualifié par | son gouvernement de « … »", "a été qualifiée de « … » par | …"; -1 for a cue
   * after an auxiliary of "avoir", with a pronoun, or with no agent in its clause.
   */
  int agent(String text, java.util.regex.Matcher m) {
    String verb = m.group("verb");
    if (verb == null || pronoun(m) != null) return -1;
    String form = verb.toLowerCase(java.util.Locale.ROOT);
    boolean participle = pastParticiples.contains(form) || pastParticiples.contains(unagreed(form));
    // A participle alone ("le projet, jugé « … »"), or after a passive's auxiliary ("a été jugé").
    boolean passive = m.start("cue") == m.start("verb") || passiveBefore.matcher(text.substring(m.start("cue"), m.start("verb"))).find();
    if (!participle || !passive) return -1;
    java.util.regex.Matcher agent = passiveAgent.matcher(text).region(m.end("verb"), text.length());
    return agent.lookingAt() ? agent.end() : -1;
  }

  /**
   * A verb row's forms, and for a pronominal verb ("se féliciter") its participle's agreed forms
   * after them ({@code LANG/participle-agreements.tsv}): "félicitée", "félicités", "félicitées".
   */
  private List<String> withAgreements(String[] row, List<String[]> agreements) {
    List<String> out = new ArrayList<>();
    for (String f : row[1].split("\\|")) {
      if (!f.isBlank()) out.add(f.strip());
    }
    if (out.isEmpty() || !pronominal.matcher(row[0].strip()).lookingAt()) return out;
    String participle = out.get(0);
    for (String[] a : agreements) {
      String ending = a[0].strip();
      if (!participle.endsWith(ending)) continue;
      String stem = participle.substring(0, participle.length() - ending.length());
      for (String agreed : a[1].split("\\|")) {
        if (!out.contains(stem + agreed.strip())) out.add(stem + agreed.strip());
      }
    }
    return out;
  }

  /** A past participle without its agreement: "qualifiées" → "qualifié". */
  private static String unagreed(String form) {
    String f = form.endsWith("s") ? form.substring(0, form.length() - 1) : form;
    return f.endsWith("e") ? f.substring(0, f.length() - 1) : f;
  }

  /** Where the agent right after {@code from} starts: "de « nécessaire » | par | les autres"; or -1. */
  int agentRightAfter(String text, int from) {
    java.util.regex.Matcher agent = agentRight.matcher(text).region(from, text.length());
    return agent.lookingAt() ? agent.end() : -1;
  }

  /** Whether a verb form may take a bare infinitive as its content. */
  boolean takesInfinitive(String form) {
    return infinitiveVerbs.contains(infinitives.getOrDefault(form.toLowerCase(java.util.Locale.ROOT), ""));
  }

  /** For a verb that takes an object before its content ("a accusé la Russie de"), the pattern that finds the content's start. */
  java.util.Optional<Pattern> objectLink(String form) {
    return java.util.Optional.ofNullable(objectLinks.get(infinitives.getOrDefault(form.toLowerCase(java.util.Locale.ROOT), "")));
  }

  /** A phrase as a pattern whose words may be apart by any white space: "dans l'entourage de". */
  private static String words(String phrase) {
    // French drops the accent on a capital: "A l'Elysée" is "À l'Elysée".
    return String.join("\\s+", java.util.Arrays.stream(phrase.strip().split("\\s+")).map(w -> w.startsWith("à") ? "(?:à|À|A)" + Pattern.quote(w.substring(1)) : Pattern.quote(w)).toList());
  }

  /** Phrases as a pattern alternation, in their order, each one's words apart by any white space ({@link #words}). */
  private static String phrases(List<String> phrases) {
    return String.join("|", phrases.stream().map(Cues::words).toList());
  }

  private static String alternation(List<String> words) {
    return org.dossier.lang.Alternation.of(words);
  }

  /** The relative pronouns of these kinds as one alternation, longest first ({@code LANG/relative-pronouns.tsv}): "dont|qui" for "subject", "genitive". */
  String relatives(String... kinds) {
    return relatives.alternation(kinds);
  }
}
