package org.dossier.extract.quotes;

import static org.dossier.extract.quotes.Positions.aside;
import static org.dossier.extract.quotes.Positions.hasMarks;
import static org.dossier.extract.quotes.Positions.inside;
import static org.dossier.extract.quotes.Positions.sentenceAround;
import static org.dossier.extract.quotes.Positions.sentenceBefore;
import static org.dossier.extract.quotes.Positions.skipSpaces;
import static org.dossier.extract.quotes.Positions.wordCount;
import static org.dossier.extract.quotes.Subjects.speaks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.Sentence;
import org.dossier.extract.entities.EntityType;
import org.dossier.extract.entities.Genders;
import org.dossier.extract.entities.Mention;

/**
 * Who said what in one article: direct quotes and indirect speech, each with its cue and speaker.
 *
 * <p>A direct quote is attributed by the incise right after it ("», a déclaré M. Kalin", "», a-t-il
 * ajouté"), else by a cue elsewhere in its sentence ("Il a aussi dit que la Turquie riposterait
 * "avec la plus grande fermeté"", "Selon M. Cavusoglu, … « si besoin »"). A short quoted term with
 * no cue ("une « zone démilitarisée »") is a term, not a quote. Indirect speech is a cue joined to
 * its content ("a indiqué que…", "a accusé la Russie de…", "selon X, …"), or a clause followed by
 * an incise ("Ankara ne respecte pas les accords, a accusé Dmitri Peskov"). Pronouns ("il",
 * "a-t-il") are the most recent speaker.
 */
public final class QuoteExtractor {

  private static final Pattern ALONE_AROUND = Pattern.compile("[\\s«»\"“”.!?…]*");
  private static final Pattern PULLED_KEY = Pattern.compile("[^\\p{L}\\d]+");
  /** Words a subheading needs to be matched to the quote it was pulled from: one or two may be anyone's. */
  private final int minPulledWords;
  /** A dash that opens or closes an aside, spaces around it (a comma may follow a closing one), unlike a hyphen. */
  private static final Pattern DASH = Pattern.compile("\\s[-–—](?=[\\s,])");
  /** Whom words were said to, right after the verb: " aux enquêteurs", " à la presse". */
  private static final Pattern DATIVE = Pattern.compile("\\G\\s*(?i:à\\s+l'|(?:à\\s+la|aux|au)\\s+)\\p{Ll}[\\p{L}-]*(?=\\s)");
  private static final Pattern INTRODUCES_QUOTE = Pattern.compile("\\s*:\\s*[«\"“]");
  /** How far into a quote a reporting verb makes it reported speech itself: "« a expliqué aux policiers qu'… »". */
  private final int nestedCueReach;
  /** Where an incise inside the marks ends: a comma or a full stop, then the words said go on. */
  private static final Pattern INCISE_DATIVE = Pattern.compile("\\G\\s+(?:à|au|aux)\\s+[^,.;:«»\"“”]{1,30}?(?=\\s*[,.])", Pattern.UNICODE_CASE);
  private static final Pattern INCISE_APPOSITION = Pattern.compile("\\G\\s*,\\s*(?<words>[^,.;:«»\"“”]{1,60}?)(?=\\.\\s)", Pattern.UNICODE_CASE);
  /** A colon right after a quote's closing mark. */
  private static final Pattern COLON_AFTER = Pattern.compile("\\G\\s*:\\s*");
  private static final Pattern INCISE_END = Pattern.compile("\\G\\s*[,.]\\s*(?=\\S)");
  /** What may open an incise inside the marks: a comma, or a dash set off by spaces ("« … – observe-t-il – … »"). */
  private static final Pattern INCISE_OPEN = Pattern.compile(",|(?<=\\s)[-–—](?=\\s)");
  /** A dash's incise closes with a dash. */
  private static final Pattern INCISE_DASH_END = Pattern.compile("\\G\\s*[-–—]\\s*(?=\\S)");
  /** How far after an impersonal "on" the words saying where it speaks from may start. */
  private final int impersonalReach;
  private static final Pattern ELIDED_ARTICLE = Pattern.compile("(?:^|[\\s(])[lL]'$");
  private static final Pattern REPORTED_START = Pattern.compile("(?:^|\\s)(?:que\\s|qu')", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private final Pattern impersonalStop;
  /** What completes an attribute, one word perhaps before (a time word: "« inquiète » dimanche | de"): "« convaincu » | que". */
  private static final Pattern ATTRIBUTE_COMPLEMENT = Pattern.compile("\\s*(?:\\p{Ll}+\\s+)?(?:que|de|du|des|à|au|aux)\\s|\\s*(?:\\p{Ll}+\\s+)?(?:qu'|d')", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final QuoteMarks marks;
  private final Cues cues;
  /** A determiner opening a noun phrase, from {@code LANG/determiners.txt}: "le", "un", "plusieurs". */
  private final Pattern determiner;
  private final Genders genders;
  private final int minUnattributedWords;
  private final int minPostposedWords;
  /** "ne" or "n'" ending the text before a verb ({@code LANG/negation-particles.txt}). */
  private final Pattern negationParticle;
  /** A word that makes "ne" a negation, not "ne … que", "only" ({@code LANG/negation-words.txt}). */
  private final Pattern negation;
  /** A passive's auxiliary ending the text before a participle ({@code LANG/passive-auxiliaries.txt}). */
  private final Pattern passiveBefore;
  /** A prepositional phrase a sentence opens with, and its comma ({@code LANG/text-prepositions.txt}, {@code occasion-prepositions.txt}, {@code oblique-prepositions.txt}). */
  private final Pattern frontedPhrase;
  private final int maxSubjectWords;
  private final VerbStops.Forms verbForms;
  /** A relative clause opening the words after "selon X,", which describe X: ", qui évoque …", ", dont …". */
  private final Pattern relativeOpening;
  /** A relative pronoun right before "selon": "le décret, qui, selon elle, porte atteinte…". */
  private final Pattern relativeBeforeAccording;
  /** Words no speaker's name opens with ({@code LANG/not-speaker-openers.txt}): prepositions and conjunctions. */
  private final Pattern notASpeaker;
  private final org.dossier.lang.Obliques obliques;
  private final Subjects subjects;
  private final Anaphora anaphora;
  private final ParsedSubjects parse;
  /** The words that name a cue's speaker, read before and after it. */
  private final SpeakerPhrases phrases;
  private final Coordination coordination;
  /** A conjunction and an object pronoun right before a cue whose subject follows it ({@code LANG/as-conjunctions.txt}): "Comme l'| explique X". */
  private final Pattern asBefore;
  /** The words before marks that name a charge ({@code LANG/charges.tsv}): "mis en examen pour | « abus de confiance »". */
  private final Pattern chargeLink;
  /** A judicial word earlier in the sentence of a charge's marks: "mis en examen", "plainte" ({@code LANG/charges.tsv}). */
  private final Pattern chargeContext;
  /** Between the marks of charges named together: "pour « recel » | et | « abus de biens sociaux »". */
  private final Pattern chargeJoiner;

  public QuoteExtractor(String language, org.dossier.config.Settings settings) {
    this.marks = new QuoteMarks(language);
    this.cues = new Cues(language, settings);
    this.determiner = cues.determiner;
    this.genders = new Genders(language);
    this.minUnattributedWords = settings.integer("quotes.min-unattributed-words");
    this.minPostposedWords = settings.integer("quotes.postposed-content.min-words");
    this.minPulledWords = settings.integer("quotes.subheading.min-words");
    this.nestedCueReach = settings.integer("quotes.nested-cue.reach-chars");
    this.impersonalReach = settings.integer("quotes.impersonal-source.reach-chars");
    this.auxiliaryReach = settings.integer("quotes.auxiliary.reach-words");
    this.negationParticle = Pattern.compile("(?:^|\\s)(?i:" + org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "negation-particles.txt")) + ")\\s*$", Pattern.UNICODE_CASE);
    this.negation = Pattern.compile("(?<![\\p{L}])(?i:" + org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "negation-words.txt")) + ")(?![\\p{L}])", Pattern.UNICODE_CASE);
    this.passiveBefore = cues.passiveBefore;
    List<String> prepositions = new java.util.ArrayList<>();
    for (String file : List.of("text-prepositions.txt", "occasion-prepositions.txt", "oblique-prepositions.txt")) prepositions.addAll(org.dossier.lang.DataFile.words(language, file));
    this.frontedPhrase = Pattern.compile("\\s*(?i:" + org.dossier.lang.Alternation.elidable(prepositions, "\\s+") + ")[^,;:«»\"“”.]{1,80},\\s*", Pattern.UNICODE_CASE);
    this.maxSubjectWords = settings.integer("quotes.max-subject-words");
    this.verbForms = VerbStops.Forms.load(language);
    this.impersonalStop = Pattern.compile("[,;:!?«»\"“”()]|(?<![\\s.]\\p{Lu})\\.|\\s(?:" + cues.relatives("subject", "object", "place") + ")(?![\\p{L}])", Pattern.UNICODE_CASE);
    this.relativeOpening = Pattern.compile("(?:" + cues.relatives("subject", "genitive") + ")\\s", Pattern.UNICODE_CASE);
    this.relativeBeforeAccording = Pattern.compile("(?:^|[\\s,])(?:" + cues.relatives("subject", "oblique") + ")\\s*,?$", Pattern.UNICODE_CASE);
    List<String> openers = org.dossier.lang.DataFile.words(language, "not-speaker-openers.txt");
    // A capital written without its accent ("A une ministre qui répète…" for "À"), not an initial ("A. Dupont").
    List<String> bare = openers.stream().map(w -> org.dossier.lang.NameKey.unaccented(w.substring(0, 1).toUpperCase(java.util.Locale.ROOT)) + w.substring(1)).filter(w -> !openers.contains(w.toLowerCase(java.util.Locale.ROOT))).toList();
    String bareAlternative = bare.isEmpty() ? "" : "|(?:" + org.dossier.lang.Alternation.of(bare) + ")(?!\\.)";
    this.notASpeaker = Pattern.compile("(?:(?i:" + org.dossier.lang.Alternation.of(openers) + ")" + bareAlternative + ")(?![\\p{L}'-])", Pattern.UNICODE_CASE);
    this.obliques = org.dossier.lang.Obliques.load(language);
    this.subjects = new Subjects(language, cues, settings);
    this.coordination = new Coordination(language);
    this.anaphora = new Anaphora(language, cues, genders, obliques, subjects, coordination, settings);
    this.parse = new ParsedSubjects(language, maxSubjectWords);
    this.phrases = new SpeakerPhrases(language, cues, genders, anaphora, settings);
    String as = org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "as-conjunctions.txt"));
    this.asBefore = Pattern.compile("(?:^|[\\s,(])(?i:" + as + ")(?:(?<=')|\\s+)(?:(?i:l')|(?i:le)\\s+)?$", Pattern.UNICODE_CASE);
    List<String[]> charges = org.dossier.lang.DataFile.rows(language, "charges.tsv");
    this.chargeLink = Pattern.compile("(?<![\\p{L}'-])(?i:" + org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.ofKind(charges, 0, "link", 1)) + ")\\s*$", Pattern.UNICODE_CASE);
    this.chargeContext = Pattern.compile("(?<![\\p{L}'-])(?i:" + org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.ofKind(charges, 0, "context", 1)) + ")(?![\\p{L}'-])", Pattern.UNICODE_CASE);
    this.chargeJoiner = Pattern.compile("\\s*(?i:" + org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.ofKind(charges, 0, "joiner", 1)) + ")?\\s*", Pattern.UNICODE_CASE);
  }

  /**
   * Whether a sentence needs a dependency parse for attribution: it holds a reporting cue or a
   * quotation mark. Only those are parsed, the parse being the costly part of the analysis.
   */
  public boolean needsParse(String text, Sentence s) {
    String sentence = text.substring(s.start(), s.end());
    return cues.anywhere.matcher(sentence).find() || hasMarks(sentence);
  }

  public List<FoundQuote> extract(Analysis analysis, List<Mention> mentions) {
    String text = analysis.text();
    List<QuoteMarks.Span> marked = marks.find(text);
    List<Mention> all = mentions;
    List<Candidate> found = new ArrayList<>();
    VerbStops stops = VerbStops.of(analysis, verbForms);
    // An incise inside the marks is outside the words said: its speaker is a name to find. Names
    // inside quoted words are what was said, never who said it.
    Set<Integer> afterIncise = new HashSet<>();
    // A name in quotation marks after an article, a preposition or a medium is a title, not words said: "Le
    // «Quotidien du Tibet», autre organe officiel, a estimé"; not "Spiegel et Trouw titrent «Victoire historique»".
    // So is what the marks hold right after a work's noun: "son film « Le secret des poignards volants »".
    List<QuoteMarks.Span> unnamed =
        marked.stream()
            .filter(q -> {
              String before = text.substring(Math.max(0, q.open() - 20), q.open());
              boolean capital = Character.isUpperCase(text.charAt(q.start()));
              boolean namedTitle = cues.titleLead.matcher(before).find() && all.stream().anyMatch(m -> m.start() == q.start() && m.end() == q.end() && capital);
              return !namedTitle && !(capital && cues.workBefore.matcher(before).find()) && !nameUsedElsewhere(text, q, marked) && !nameBeforeCue(text, q);
            })
            .toList();
    unnamed = withoutCharges(text, analysis.sentences(), unnamed);
    List<QuoteMarks.Span> quotes = splitAtIncises(text, unnamed, all, stops, afterIncise);
    mentions = all.stream().filter(m -> !inside(quotes, m.start())).toList();
    Set<Integer> usedCues = new HashSet<>();
    List<QuoteMarks.Span> terms = new ArrayList<>();
    for (QuoteMarks.Span q : quotes) {
      Candidate c = direct(text, q, quotes, analysis.sentences(), mentions, usedCues, found, stops, afterIncise.contains(q.start()));
      if (c != null) found.add(c);
      else terms.add(q);
    }
    for (Sentence s : analysis.sentences()) {
      indirect(text, s, analysis.sentences(), quotes, mentions, usedCues, found, stops);
      viewpoints(text, s, mentions, quotes, found, stops);
      selfDescriptions(text, s, analysis.sentences(), mentions, quotes, found, stops);
    }
    // "Elle s'est dite prête à « aller jusqu'au bout »": marks no cue of their own reaches, however
    // short, stand inside what a report gives, and its speaker said them.
    List<Candidate> reported = found.stream().filter(c -> !c.direct() && c.who() != Who.NOBODY).toList();
    found.replaceAll(c -> !c.direct() || c.cue() != null || c.who() != Who.CONTINUES && c.who() != Who.NOBODY ? c : within(reported, c.start(), c.end()).map(r -> new Candidate(c.text(), c.start(), c.end(), true, r.cue(), r.who())).orElse(c));
    for (QuoteMarks.Span q : terms) {
      if (found.stream().anyMatch(c -> c.direct() && c.start() == q.start())) continue; // "s'est déclarée « inquiète »" gave it already
      within(reported, q.start(), q.end()).ifPresent(r -> found.add(new Candidate(text.substring(q.start(), q.end()), q.start(), q.end(), true, r.cue(), r.who())));
    }
    // Reported content the marks cover whole ("a estimé qu'« … »", "Selon elle, « … »") is the
    // direct quote alone.
    // So is content whose marks cover all but its subject pronoun or its determiner ("a fait savoir
    // qu'elle « … »", "a appelé à des « mesures fortes »", "que la «réforme ne pouvait …»").
    found.removeIf(c -> !c.direct() && quotes.stream().anyMatch(q -> c.end() <= q.close() + 1 && q.open() < c.end() && (q.open() <= c.start() || oneGenderWord(text.substring(c.start(), q.open())))));
    // An incise in the middle of reported content ("X avait expliqué qu'il … car ce dernier n'avait
    // pas souhaité, a-t-il affirmé, un tel entretien") stands inside that report: the words before
    // it, the report's cue and subject among them, are no report of its own. Not an incise that
    // ends the sentence ("La direction a confirmé que …, a-t-il expliqué."), which reports all of
    // it, nor "a-t-on appris de source proche du dossier", whose source speaks for the whole sentence.
    List<Candidate> reports = found.stream().filter(c -> !c.direct()).toList();
    found.removeIf(c -> !c.direct() && c.who().pronoun() && !"on".equals(c.who().anaphor()) && contentGoesOn(text, c.who().at()) && reports.stream().anyMatch(o -> o != c && c.start() < o.start() && o.start() <= c.who().at() && c.who().at() <= o.end() + 2));
    // Words inside quotation marks are what was said, never who said it.
    // Nor is a phrase that opens with a preposition ("dans le nord de l'Inde", "ou comment un trader").
    found.replaceAll(c -> c.who().span() != null && (inside(quotes, c.who().span().start()) || notASpeaker.matcher(c.who().span().name()).lookingAt()) ? new Candidate(c.text(), c.start(), c.end(), c.direct(), c.cue(), Who.NOBODY) : c);
    // A term in marks that is all a speaker's words, their determiner aside, is how they are named,
    // not what they said: "la « mère » se défend", "Les « aubrystes » rétorquent". Not a term
    // inside a longer description ("victime de souffrances « atroces »"), which may be their words.
    List<Candidate> named = List.copyOf(found);
    found.removeIf(c -> c.direct() && named.stream().anyMatch(o -> o.who().span() != null && o.who().span().start() <= c.start() && c.end() <= o.who().span().end() && namedBy(o.who().span(), c.text())));
    // "dénoncent l'USM et le SM": all the speakers named together.
    List<Mention> outside = mentions;
    found.replaceAll(c -> c.who().span() == null ? c : new Candidate(c.text(), c.start(), c.end(), c.direct(), c.cue(), new Who(coordination.widen(text, c.who().span(), c.cue(), outside), c.who().anaphor(), c.who().at())));
    found.replaceAll(c -> "on".equals(c.who().anaphor()) ? new Candidate(c.text(), c.start(), c.end(), c.direct(), c.cue(), impersonal(text, analysis.sentences(), c.who(), quotes)) : c);
    found.sort(Comparator.comparingInt(Candidate::start));
    // A pulled subheading speaks as its source quote, once that is resolved; meanwhile it is no one heard.
    Map<Integer, Integer> pulled = pulledFrom(text, found);
    for (int i : pulled.keySet()) {
      Candidate c = found.get(i);
      found.set(i, new Candidate(c.text(), c.start(), c.end(), true, null, Who.NOBODY));
    }
    List<FoundQuote> out = new ArrayList<>(anaphora.resolve(text, analysis.sentences(), found, mentions, quotes, genders.of(text, mentions)));
    pulled.forEach((i, source) -> {
      FoundQuote q = out.get(i);
      out.set(i, new FoundQuote(q.text(), q.start(), q.end(), true, null, out.get(source).speaker()));
    });
    return out;
  }

  /**
   * The one person a sentence names before the colon that brings quote {@code q} in, not as a
   * complement or object ("Pour un jeune coureur comme Guillaume Blot, … s'apparente à un
   * privilège: « … »"); or null.
   */
  private Mention colonIntroducer(String text, QuoteMarks.Span q, int sentenceStart, List<QuoteMarks.Span> quotes, List<Mention> mentions) {
    if (!text.substring(sentenceStart, q.open()).strip().endsWith(":")) return null;
    List<Mention> people = mentions.stream().filter(m -> m.type() == EntityType.PER && m.start() >= sentenceStart && m.end() <= q.open() && !inside(quotes, m.start()) && !subjects.complementOrObject(text, sentenceStart, m)).toList();
    return people.size() == 1 ? people.get(0) : null;
  }

  /**
   * The name alone in a parenthesis that ends a headline after {@code from}, not an agency's; or
   * null. Not in a sentence that goes on to a full stop, nor after a name the parenthesis may be
   * the affiliation of: "explique Mathieu Plane (OFCE)."
   */
  private static Mention creditedAtEnd(String text, int from, int end, List<Mention> mentions) {
    int open = text.lastIndexOf('(', end - 1);
    if (open < from) return null;
    int close = text.indexOf(')', open);
    if (close < 0 || close >= end || !text.substring(close + 1, end).isBlank()) return null;
    if (mentions.stream().anyMatch(m -> m.start() >= from && m.end() <= open)) return null;
    for (Mention m : mentions) {
      boolean alone = m.start() > open && m.end() <= close && text.substring(open + 1, m.start()).isBlank() && text.substring(m.end(), close).isBlank();
      if (alone && m.type() != EntityType.LOC && org.dossier.lang.SourceNames.get().lookup(m.text()).filter(src -> src.kind() == org.dossier.lang.SourceNames.Kind.AGENCY).isEmpty()) return m;
    }
    return null;
  }

  /** The first position from {@code from} that is not a closing mark, a space or final punctuation; {@code end} when there is none. */
  private static int skipClosers(String text, int from, int end) {
    int at = from;
    while (at < end && "»”\" .!?".indexOf(text.charAt(at)) >= 0) at++;
    return at;
  }

  /** The report whose content holds {@code start} to {@code end}. */
  private static java.util.Optional<Candidate> within(List<Candidate> reports, int start, int end) {
    return reports.stream().filter(r -> r.start() <= start && end <= r.end()).findFirst();
  }

  /**
   * The marks left once those that name a charge are set aside: a judge's or a plaintiff's
   * wording of an offence is no one's statement ("est mis en examen pour « complicité de
   * détournement de fonds publics » et « recel »"), though the sentence is about the accused.
   */
  private List<QuoteMarks.Span> withoutCharges(String text, List<Sentence> sentences, List<QuoteMarks.Span> marked) {
    List<QuoteMarks.Span> kept = new ArrayList<>();
    QuoteMarks.Span charge = null;
    for (QuoteMarks.Span q : marked) {
      int start = Positions.sentenceAround(sentences, q.open(), q.open(), text.length())[0];
      String before = text.substring(Math.min(start, q.open()), q.open());
      boolean named = chargeLink.matcher(before).find() && chargeContext.matcher(before).find();
      boolean joined = charge != null && charge.close() < q.open() && chargeJoiner.matcher(text.substring(charge.close() + 1, q.open())).matches();
      if (named || joined) charge = q;
      else kept.add(q);
    }
    return kept;
  }

  /**
   * A paragraph that is only a quote with no cue is often a subheading pulled from a quote the
   * article gives in full ("On ne boycotte pas un quart de l'humanité" over "…", a-t-il ajouté):
   * that quote's speaker said it, whoever spoke last before the subheading. Subheading index to
   * source index, the first full quote after it, else the last before.
   */
  private Map<Integer, Integer> pulledFrom(String text, List<Candidate> found) {
    Map<Integer, Integer> out = new java.util.HashMap<>();
    for (int i = 0; i < found.size(); i++) {
      Candidate q = found.get(i);
      if (!q.direct() || q.cue() != null || !alone(text, q.start(), q.end()) || wordCount(q.text()) < minPulledWords) continue;
      String[] words = pulledKey(q.text()).split(" ");
      Integer source = null;
      for (int j = 0; j < found.size(); j++) {
        Candidate other = found.get(j);
        // Another paragraph-long quote with no cue is a source only when it says more: "« C'est un
        // engagement qui a été pris »" over "…: ¶« Nous avons bien l'intention … C'est un engagement
        // qui a été pris et ça aura lieu »".
        boolean longer = other.text().length() > q.text().length();
        if (j == i || !other.direct() || other.who() == Who.NOBODY || alone(text, other.start(), other.end()) && other.cue() == null && !longer) continue;
        if (pulledOut(words, pulledKey(other.text()).split(" "))) {
          source = j;
          if (other.start() > q.end()) break;
        }
      }
      if (source != null) out.put(i, source);
    }
    return out;
  }

  /**
   * Whether a subheading's words stand in a quote in their order, a few left out between them:
   * "« Incidents fomentés par la clique du dalaï-lama »" over "« … ces incidents ont été fomentés
   * et organisés par la clique du dalaï-lama »". The words it leaves out are at most as many as it
   * keeps, so that a short subheading is not found scattered over a long quote.
   */
  private static boolean pulledOut(String[] heading, String[] quote) {
    for (int from = 0; from < quote.length; from++) {
      if (!quote[from].equals(heading[0])) continue;
      int k = 1;
      int at = from + 1;
      while (k < heading.length && at < quote.length && at - from < 2 * heading.length) {
        if (quote[at].equals(heading[k])) k++;
        at++;
      }
      if (k == heading.length) return true;
    }
    return false;
  }

  private static String pulledKey(String words) {
    return PULLED_KEY.matcher(words.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
  }

  /** Whether a quote stands alone on its line, marks and closing punctuation aside. */
  private static boolean alone(String text, int start, int end) {
    int lineStart = text.lastIndexOf('\n', start) + 1;
    int lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0) lineEnd = text.length();
    return ALONE_AROUND.matcher(text.substring(lineStart, start)).matches() && ALONE_AROUND.matcher(text.substring(end, lineEnd)).matches();
  }

  /**
   * "«Il aura 22 mois, confie un journaliste, comme Mougeotte»", "«Nous étions levés, a-t-elle
   * indiqué. Ils nous…»": an incise inside the marks cuts the quote in two, the incise's speaker
   * saying both. Only an incise whose verb is a cue and whose subject (an inverted pronoun, a name,
   * a noun phrase) ends at a comma or a full stop cuts.
   */
  private List<QuoteMarks.Span> splitAtIncises(String text, List<QuoteMarks.Span> quotes, List<Mention> mentions, VerbStops stops, Set<Integer> afterIncise) {
    List<QuoteMarks.Span> out = new ArrayList<>();
    for (QuoteMarks.Span q : quotes) {
      QuoteMarks.Span rest = q;
      int from = q.start();
      while (true) {
        Matcher separator = INCISE_OPEN.matcher(text).region(from, rest.end()).useTransparentBounds(true);
        if (!separator.find()) break;
        int comma = separator.start();
        boolean dash = text.charAt(comma) != ',';
        from = comma + 1;
        final int at = comma;
        if (quotes.stream().anyMatch(other -> other != q && other.open() <= at && at <= other.close())) continue; // a quote nested in this one
        Matcher incise = cues.incise.matcher(text).region(comma + 1, rest.end());
        if (!incise.lookingAt()) continue;
        int subjectEnd = incise.end();
        if (Cues.pronoun(incise) == null) {
          List<Mention> inIncise = mentions.stream().filter(m -> m.start() >= at && m.end() <= q.end()).toList();
          Who who = phrases.right(text, incise.end(), rest.end(), inIncise, stops);
          if (who.span() == null) continue;
          subjectEnd = who.span().end();
        }
        // "explique Pierre Bordry à Libération.": whom it was said to; "analyse Nicolas Bouzou,
        // économiste au cabinet Astérès.": the speaker's apposition, to the end of the sentence.
        Matcher to = INCISE_DATIVE.matcher(text).region(subjectEnd, rest.end());
        if (to.lookingAt()) subjectEnd = to.end();
        Matcher apposition = INCISE_APPOSITION.matcher(text).region(subjectEnd, rest.end());
        if (apposition.lookingAt()) {
          Matcher det = determiner.matcher(text).region(apposition.start("words"), rest.end());
          if (cues.opensWithRole(text.substring(det.lookingAt() ? det.end() : apposition.start("words"), apposition.end("words")))) subjectEnd = apposition.end("words");
        }
        Matcher end = (dash ? INCISE_DASH_END : INCISE_END).matcher(text).region(subjectEnd, rest.end());
        if (!end.lookingAt()) continue;
        int firstEnd = comma;
        while (firstEnd > rest.start() && Character.isWhitespace(text.charAt(firstEnd - 1))) firstEnd--;
        if (firstEnd > rest.start()) out.add(new QuoteMarks.Span(rest.open(), comma, rest.start(), firstEnd));
        rest = new QuoteMarks.Span(end.end() - 1, q.close(), end.end(), q.end());
        afterIncise.add(rest.start());
        from = end.end();
      }
      if (rest.end() > rest.start()) out.add(rest);
    }
    return out;
  }

  private Candidate direct(String text, QuoteMarks.Span q, List<QuoteMarks.Span> quotes, List<Sentence> sentences, List<Mention> mentions, Set<Integer> usedCues, List<Candidate> reported, VerbStops stops, boolean afterIncise) {
    String words = text.substring(q.start(), q.end());
    int[] sentence = sentenceAround(sentences, q.open(), q.close(), text.length());
    // "« … ? » s'est-il indigné", "« … ! », s'exclame X": a tagger may end the sentence at the
    // question or exclamation mark; the incise in lower case goes on, after a comma or not.
    int after = q.close() + 1;
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == ',')) after++;
    if (sentence[1] <= after && after < text.length() && Character.isLowerCase(text.charAt(after))) sentence[1] = sentenceAround(sentences, after, after, text.length())[1];
    Matcher incise = cues.incise.matcher(text).region(Math.min(text.length(), q.close() + 1), sentence[1]);
    // "la « mère » se défend": no comma, the quote a noun after its determiner, the verb the sentence's own.
    boolean inciseFound = incise.lookingAt(); // once: a second call would start at the first match's end (\G)
    // "« commenter les rumeurs » selon lesquelles …": what the rumours say, not a source.
    if (inciseFound && cues.accordingRelative.matcher(text).region(skipSpaces(text, incise.end(), sentence[1]), sentence[1]).lookingAt()) inciseFound = false;
    boolean subjectQuoted = inciseFound && !text.substring(q.close() + 1, incise.start("cue")).contains(",") && cues.determinerBefore.matcher(text.substring(Math.max(0, q.open() - 20), q.open())).find();
    // "le « changement » promis lors de sa campagne", "la « commission des résolutions », appelée
    // aussi …": a past participle alone, with no agent, describes the quoted words; an incise has
    // its auxiliary ("a promis") or is a present participle ("promettant").
    if (inciseFound && cues.bareParticiple(text, incise)) inciseFound = false;
    // "la CFTC, estimant que « … », a fait savoir qu'elle « … »": a finite verb with content of its
    // own after the quote is the sentence's main verb, not an incise.
    Matcher link = inciseFound ? cues.link.matcher(text).region(incise.end(), sentence[1]) : null;
    boolean ownContent = link != null && !isGerund(incise.group("verb")) && Cues.pronoun(incise) == null && link.lookingAt() && Positions.QUE.matcher(link.group("link")).find(); // not "a déclaré de son côté"
    if (inciseFound && !cues.lacksPronoun(text, incise) && !subjectQuoted && !ownContent) {
      // "a salué ce « bon résultat », estimant que chaque pays …": a participle with content of its
      // own reports that content too.
      boolean gerund = isGerund(incise.group("verb"));
      if (!(gerund && cues.link.matcher(text).region(incise.end(), sentence[1]).lookingAt())) usedCues.add(incise.start("cue"));
      String cue = incise.group("cue").strip();
      Who who =
          gerund ? gerundSubject(text, sentences, incise.start("cue"), mentions, quotes, stops) // "», évoquant…": the speaker of the main clause
              : Cues.credits(incise) || Cues.pronoun(incise) == null ? phrases.right(text, incise.end(), sentence[1], mentions, stops) : Who.anaphor(Cues.pronoun(incise), incise.start("cue"));
      if (who == Who.NOBODY && !Cues.credits(incise)) who = parse.subject(text, sentences, incise.start("verb"), mentions);
      // "« Cette dérive » n'a pas été perçue à temps « du fait d'alertes ignorées », soulignait
      // l'inspection": the incise reports the whole clause, which only partly quotes.
      // Not when the quote itself reports speech (le guérillero « assure que … », a indiqué
      // l'avocat: one direct quote), nor when only a determiner stands outside it.
      String clause = text.substring(sentence[0], q.open());
      String outside = determiner.matcher(clause.stripLeading()).replaceFirst("");
      Matcher nested = cues.anywhere.matcher(text).region(q.start(), Math.min(q.end(), q.start() + nestedCueReach));
      if (!outside.isBlank() && !clause.strip().endsWith(":") && !cues.anywhere.matcher(clause).find() && !cues.according.matcher(clause).find() && outside.chars().anyMatch(Character::isLetter) && !nested.find()) {
        add(reported, text, sentence[0], q.close() + 1, cue, who);
      }
      return new Candidate(words, q.start(), q.end(), true, cue, who);
    }
    // The words after an incise inside the marks are the incise's speaker's, unless an incise of their own follows.
    if (afterIncise) return new Candidate(words, q.start(), q.end(), true, null, Who.CONTINUES);
    // A cue elsewhere in the sentence, outside any quote, the nearest to the quote first.
    Matcher best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Pattern p : List.of(cues.anywhere, cues.according)) {
      Matcher m = p.matcher(text).region(sentence[0], sentence[1]);
      while (m.find()) {
        if (inside(quotes, m.start()) || p == cues.anywhere && notACue(text, m, stops)) continue;
        if (p == cues.according && cues.isFor(m.group("cue")) && !vouches(text, phrases.right(text, m.end(), sentence[1], mentions, stops), mentions)) continue;
        // "les rumeurs selon lesquelles …": what the rumours say, not a source of the quote.
        if (p == cues.according && cues.accordingRelative.matcher(text).region(m.end(), sentence[1]).lookingAt()) continue;
        // "…, même si Obama nuance : « … »": a cue that introduces the quote after its colon is not this one's.
        if (m.start() > q.close() && INTRODUCES_QUOTE.matcher(text).region(m.end(), sentence[1]).lookingAt()) continue;
        int distance = m.start() < q.open() ? q.open() - m.end() : m.start() - q.close();
        // Not past the main clause a fronted clause's content ends at: "Alors que Pékin a averti
        // que …, le leader tibétain a assuré n'avoir « … »".
        boolean reports = p == cues.anywhere && !(fronted(text, sentence[0], m.start("cue"), m.group("verb")) && parse.mainClause(text, sentences, m.end(), q.open(), quotes, mentions) < q.open());
        Matcher content = m.end() <= q.open() ? cues.link.matcher(text).region(m.end(), q.open()) : null;
        // Not past the end of that content: "a estimé qu'il … et François Bayrou a dénoncé la politique « … »".
        if (content != null && reports && content.lookingAt() && contentEnd(text, sentences, content.end(), sentence[1], quotes) > q.open()) {
          distance = 0; // the quote sits inside the content this cue reports: "a dit que … « … »"
        }
        if (distance < bestDistance) {
          bestDistance = distance;
          best = p.matcher(text).region(m.start(), sentence[1]).useTransparentBounds(true); // a cue's lookbehind reads before it
          best.lookingAt();
        }
      }
    }
    if (best != null) {
      String cue = best.group("cue").strip();
      Who who;
      if (best.pattern() == cues.according) {
        who = phrases.right(text, best.end(), sentence[1], mentions, stops);
      } else if (Cues.pronoun(best) != null) {
        who = Who.anaphor(Cues.pronoun(best), best.start()); // "a-t-il dit"
      } else if (isGerund(best.group("verb")) || cues.sharesSubject(text.substring(sentence[0], best.start()))) {
        // "ajoutant", "Et demandé que", "après avoir affirmé que": the speaker of the sentence's main clause, or of the one before.
        who = gerundSubject(text, sentences, best.start(), mentions, quotes, stops);
      } else if (asBefore.matcher(text.substring(sentence[0], best.start())).find()) {
        who = phrases.right(text, best.end(), sentence[1], mentions, stops); // "Comme l'explique le barreur Nicolas Charbonnier :"
      } else if (text.substring(sentence[0], best.start()).stripTrailing().endsWith(",")) {
        // An incise: the subject follows the verb, unless the parse puts it before, past an apposition
        // ("Son associée, Me Esther Zajdenweber, fustige").
        // Not when the words after the verb lead to its content: "la Chine, qui …, avait appelé | la
        // France à gérer « prudemment » …" has its object there, its subject before the comma. An
        // inverted subject may have its own relative: "déclare le premier ministre, qui répète que".
        Matcher verb = best;
        boolean objectFollows = cues.objectLink(best.group("verb")).map(p -> p.matcher(text).region(verb.end(), sentence[1])).filter(Matcher::lookingAt)
            .map(o -> text.substring(verb.end(), o.start("link")).indexOf(',') < 0).orElse(false);
        who = objectFollows || parse.subjectBefore(sentences, best.start(), best.start("verb")) || SpeakerPhrases.setOff(text, sentence[0], best.start(), mentions) != null ? Who.NOBODY : phrases.right(text, best.end(), sentence[1], mentions, stops);
        if (who == Who.NOBODY) who = phrases.left(text, sentence[0], sentence[1], best.start(), mentions, true, stops);
        // The parse may take the content's subject for the verb's: "Le gouvernement annoncera « … »
        // d'ici à « … », a ajouté la présidence". Only for an incise after the quote: before it,
        // what follows the verb is its object.
        if (who == Who.NOBODY && best.start() > q.close() && !objectFollows) who = phrases.right(text, best.end(), sentence[1], mentions, stops);
      } else {
        who = phrases.left(text, sentence[0], sentence[1], best.start(), mentions, false, stops); // outside an incise, what follows a verb is its object
        who = cataphor(who, text, sentences, sentence[0], sentence[1], best.end(), quotes, mentions, stops);
      }
      if (who == Who.NOBODY && best.pattern() != cues.according) who = parse.subject(text, sentences, best.start("verb"), mentions);
      Who agentWho = passiveAgent(text, best, q, sentence[1], mentions, stops);
      if (agentWho != Who.NOBODY) who = agentWho;
      Matcher voice = cues.voice.matcher(text).region(best.end(), sentence[1]);
      Who spokesman = best.pattern() == cues.anywhere && voice.lookingAt() ? spokesman(voice, mentions) : Who.NOBODY;
      if (spokesman != Who.NOBODY) who = spokesman;
      return new Candidate(words, q.start(), q.end(), true, cue, who);
    }
    // "ont signé un communiqué pour dénoncer « une tentative d'intimidation »": a reporting verb's
    // infinitive before the marks, whose subject is the main clause's.
    Matcher infinitive = cues.reportingInfinitive.matcher(text).region(sentence[0], q.open());
    int infinitiveAt = -1;
    String infinitiveCue = null;
    while (infinitive.find()) {
      if (inside(quotes, infinitive.start())) continue;
      infinitiveAt = infinitive.start();
      infinitiveCue = infinitive.group("cue");
    }
    if (infinitiveAt >= 0 && !cues.anywhere.matcher(text).region(infinitiveAt, q.open()).find()) {
      Who who = gerundSubject(text, sentences, infinitiveAt, mentions, quotes, stops);
      if (who != Who.NOBODY && who != Who.CONTINUES) return new Candidate(words, q.start(), q.end(), true, infinitiveCue, who);
    }
    // "« Hors de question d'augmenter les cotisations » des entreprises (CAPEB)": a headline
    // credits its source in a parenthesis that ends it; a wire agency's there signs the dispatch
    // and says nothing. (A surname the model tags as a place, "(Fesneau)", is not read so.)
    Mention credited = creditedAtEnd(text, q.close() + 1, sentence[1], mentions);
    // "«L'idée n'est pas de s'éclairer à la bougie» : Pierre, de la Convention citoyenne": a
    // headline names its speaker after the quote and a colon.
    Matcher colon = COLON_AFTER.matcher(text).region(q.close() + 1, sentence[1]);
    if (credited == null && colon.lookingAt()) credited = mentions.stream().filter(m -> m.start() == colon.end() && (m.type() == EntityType.PER || m.type() == EntityType.MISC && genders.givenNameAlone(m.text()))).findFirst().orElse(null);
    if (credited != null) return new Candidate(words, q.start(), q.end(), true, null, Who.of(credited));
    // "Boxe. Maxime Beaussire : « La marmite a explosé »": however short, words a colon hands over
    // from the one person named are theirs.
    Mention introducer = colonIntroducer(text, q, sentence[0], quotes, mentions);
    if (introducer != null) return new Candidate(words, q.start(), q.end(), true, null, Who.of(introducer));
    if (wordCount(words) < minUnattributedWords) {
      return null; // a term in quotation marks, not somebody's words
    }
    // No cue: the person the sentence opens with ("Me Cécile Bernaille a pointé … : « … »"), else
    // the speaker of the quotes around it. (The one person a sentence ending in a colon names is
    // taken above, before a short quote is set aside as a term.)
    // "Dans une lettre signée de sa main, Tony Blair est « … »": past a fronted phrase.
    int from = sentence[0];
    Matcher fronted = frontedPhrase.matcher(text).region(sentence[0], q.open());
    if (fronted.lookingAt()) from = fronted.end();
    for (Mention m : mentions) {
      if (m.start() < from || m.start() >= q.open()) continue;
      String lead = text.substring(from, m.start());
      if (m.type() == EntityType.PER && (SpeakerPhrases.NAME_PREFIX.matcher(lead).matches() || SpeakerPhrases.TITLE_PREFIX.matcher(lead).matches() && !subjects.complementOrObject(text, sentence[0], m))) {
        return new Candidate(words, q.start(), q.end(), true, null, Who.of(m));
      }
      break;
    }
    Who introduced = introduced(text, q, sentences, quotes, mentions, stops);
    return new Candidate(words, q.start(), q.end(), true, null, introduced != null ? introduced : Who.CONTINUES);
  }

  private void indirect(String text, Sentence s, List<Sentence> sentences, List<QuoteMarks.Span> quotes, List<Mention> mentions, Set<Integer> usedCues, List<Candidate> out, VerbStops stops) {
    int end = s.end();
    Matcher m = cues.anywhere.matcher(text).region(s.start(), end);
    while (m.find()) {
      int cueStart = m.start("cue");
      if (inside(quotes, cueStart) || usedCues.contains(cueStart) || notACue(text, m, stops)) continue;
      String cue = m.group("cue").strip();
      String verb = m.group("verb");
      // "assure, par la voix de son porte-parole, Gérard Gachet, qu'…": the spokesman speaks.
      Matcher voice = cues.voice.matcher(text).region(m.end(), end);
      boolean voiced = voice.lookingAt();
      Who spokesman = voiced ? spokesman(voice, mentions) : Who.NOBODY;
      Matcher link = cues.link.matcher(text).region(voiced ? voice.end() : m.end(), end);
      boolean direct = link.lookingAt();
      String how = direct ? link.group("link").toLowerCase(java.util.Locale.ROOT) : "";
      boolean preposition = how.equals("de") || how.equals("d'") || how.equals("à");
      Matcher byObject = cues.objectLink(verb).map(p -> p.matcher(text).region(m.end(), end)).orElse(null);
      int contentStart = -1;
      // "les contrôles n'ont révélé que six infractions": "ne … que" without "pas" means "only".
      boolean restrictive = direct && Positions.QUE.matcher(how).find() && negationParticle.matcher(text.substring(Math.max(s.start(), m.start() - 4), m.start())).find() && !negation.matcher(text.substring(m.start(), link.start("link"))).find();
      if (direct && !preposition && !restrictive) {
        contentStart = how.equals("avoir") || how.equals("être") ? link.start("link") : link.end();
      } else if (byObject != null && byObject.lookingAt() && !cues.anywhere.matcher(text).region(m.end(), byObject.start("link")).find()) {
        // Not past another cue: "s'est déclaré favorable à ce congé et a souhaité que…" is the second verb's.
        contentStart = byObject.end();
      } else if (cues.takesInfinitive(verb)) {
        // "avait expliqué aux enquêteurs avoir confié l'enfant": whom it was said to may come first.
        Matcher to = DATIVE.matcher(text).region(m.end(), end);
        Matcher inf = cues.infinitive.matcher(text).region(to.lookingAt() ? to.end() : m.end(), end);
        if (inf.lookingAt()) contentStart = inf.start("inf");
      }
      if (contentStart >= 0) {
        boolean incise = text.substring(s.start(), cueStart).stripTrailing().endsWith(",");
        // "nie avoir falsifié l'acte et dit avoir menti": a coordinated verb shares the first one's subject, as a gerund does.
        boolean coordinated = cues.sharesSubject(text.substring(s.start(), cueStart));
        Who who = spokesman != Who.NOBODY ? spokesman : Cues.pronoun(m) != null ? Who.anaphor(Cues.pronoun(m), cueStart) : isGerund(verb) || coordinated ? gerundSubject(text, sentences, cueStart, mentions, quotes, stops) : cataphor(phrases.left(text, s.start(), end, cueStart, mentions, incise, stops), text, sentences, s.start(), end, m.end(), quotes, mentions, stops);
        if (who == Who.NOBODY) who = parse.subject(text, sentences, m.start("verb"), mentions);
        boolean nested = who == Who.NOBODY && out.stream().anyMatch(c -> !c.direct() && c.start() <= cueStart && cueStart < c.end());
        int contentEnd = contentEnd(text, sentences, contentStart, end, quotes);
        if (fronted(text, s.start(), cueStart, verb)) contentEnd = Math.min(contentEnd, parse.mainClause(text, sentences, contentStart, contentEnd, quotes, mentions));
        contentEnd = Math.min(contentEnd, asideEnd(text, s.start(), cueStart, contentStart, contentEnd));
        if (!nested) add(out, text, contentStart, contentEnd, cue, who); // a cue inside reported content is part of it
        usedCues.add(cueStart);
        continue;
      }
      // "<content>, a accusé le porte-parole du Kremlin, Dmitri Peskov."
      String before = text.substring(s.start(), cueStart).stripTrailing();
      // Not a participle: "…, regrettant la décision du parquet" has no subject after it and reports nothing before it.
      // Nor a question: "L'Espagnol Alberto Contador, leader unique d'Astana, a-t-il exigé …?" inverts
      // the pronoun after its subject, and reports nothing.
      boolean question = Cues.pronoun(m) != null && text.substring(s.start(), end).stripTrailing().endsWith("?");
      // Nor a subject and its name in apposition: "Son associée, Me Esther Zajdenweber, fustige …".
      boolean apposedSubject = SpeakerPhrases.setOff(text, s.start(), cueStart, mentions) != null;
      // Nor a past participle alone, whose auxiliary stands before: "Les supporters ont, pour la
      // première fois, demandé la démission de …".
      boolean participle = cues.bareParticiple(text, m);
      // Nor words with no verb, what was said being a clause: "Selon nos informations, Eurex, une
      // société filiale des Bourses, | se serait inquiétée des positions …" names the subject.
      int firstVerb = stops.verbs().nextSetBit(s.start());
      boolean clause = firstVerb >= 0 && firstVerb < cueStart;
      if (before.endsWith(",") && wordCount(before) >= minPostposedWords && clause && !isGerund(verb) && !question && !apposedSubject && !participle && !parse.subjectBefore(sentences, cueStart, m.start("verb"))) {
        Who who = Cues.pronoun(m) != null ? Who.anaphor(Cues.pronoun(m), m.start()) : phrases.right(text, m.end(), end, mentions, stops);
        if (who != Who.NOBODY) {
          add(out, text, s.start(), s.start() + before.length() - 1, cue, who);
          usedCues.add(cueStart);
        }
      }
    }
    Matcher according = cues.according.matcher(text).region(s.start(), end);
    while (according.find()) {
      if (inside(quotes, according.start())) continue;
      Matcher relative = cues.accordingRelative.matcher(text).region(according.end(), end);
      if (relative.lookingAt()) {
        add(out, text, relative.end(), contentEnd(text, sentences, relative.end(), end, quotes), according.group("cue"), holder(text, according.start(), mentions));
        continue;
      }
      Who who = phrases.right(text, according.end(), end, mentions, stops);
      if (who == Who.NOBODY || cues.isFor(according.group("cue")) && !vouches(text, who, mentions)) continue;
      String cue = according.group("cue");
      int whoEnd = who.pronoun() ? anaphorEnd(text, who.at(), end) : who.span().end();
      if (whoEnd < 0) continue;
      // "Pour la première fois, Barack Obama a donné …": before the comma and the name, no role
      // ("Pour l'ancien ministre de l'Intérieur, Charles Pasqua, …"), so no speaker but a time.
      int whoStart = who.pronoun() ? who.at() : who.span().start();
      String between = text.substring(according.end(), Math.max(according.end(), whoStart));
      if (cues.isFor(cue) && between.contains(",") && !holdsRole(between)) continue;
      // "(500 euros versés au départ…, selon le procureur)": a "selon" inside a parenthesis sources the parenthesis.
      int open = text.lastIndexOf('(', according.start());
      int clauseStart = open >= s.start() && text.indexOf(')', open) > according.start() ? open + 1 : s.start();
      String before = text.substring(clauseStart, according.start()).stripTrailing();
      int clauseEnd = clauseStart + before.length() - (before.endsWith(",") ? 1 : 0);
      boolean reportedInside = out.stream().anyMatch(c -> !c.direct() && c.start() >= s.start() && c.start() < clauseEnd);
      // "le décret, qui, selon elle, porte atteinte…": the content is the rest of the relative clause.
      boolean relativeBefore = relativeBeforeAccording.matcher(before).find();
      // A parenthesis bounds its content: a few words there are a clause, not a stray fragment.
      // "Belle-Île citée parmi les 52 lieux à visiter selon « The New York Times »": a headline's
      // source, named, ending the sentence, needs no comma ("classées selon leur taille" is no source).
      // Not after a cue or marks of its own: "« … », précise la circulaire selon Chine nouvelle".
      boolean namedLast = !who.pronoun() && skipClosers(text, whoEnd, end) == end && mentions.stream().anyMatch(mn -> mn.start() == who.span().start() && mn.end() == who.span().end())
          && !cues.anywhere.matcher(before).find() && quotes.stream().noneMatch(q -> q.open() < according.start() && q.close() >= clauseStart);
      if ((before.endsWith(",") || namedLast && wordCount(before) >= minUnattributedWords) && (wordCount(before) >= minUnattributedWords || clauseStart > s.start()) && !reportedInside && !relativeBefore) {
        // "<content>, selon le Kremlin." When the clause reports speech itself ("les présidents ont
        // dit souhaiter…, selon un communiqué"), that speech is the quote and "selon" its source.
        add(out, text, clauseStart, clauseEnd, cue, who);
      } else if (before.isEmpty() || relativeBefore || cues.opener.matcher(before).matches()) {
        int comma = text.indexOf(", ", whoEnd);
        if (comma > 0 && comma < end) {
          // "Pour Robert Gates, caution républicaine du cabinet, qui évoque …, la nouvelle mission …":
          // appositions and relatives on the speaker come before the content.
          for (int next = text.indexOf(", ", comma + 2), n = 0; next > 0 && next < end && onSpeaker(s, text, comma + 2, next, n == 0); next = text.indexOf(", ", comma + 2), n++) comma = next;
          add(out, text, comma + 2, contentEnd(text, sentences, comma + 2, end, quotes), cue, who);
        }
      }
    }
  }

  /**
   * Whether the words between two commas after a "selon X" describe X rather than open the content:
   * a few words (", une ONG,"), a relative (", qui évoque …,") or an apposition without a verb that
   * opens with a noun or a role (", caution républicaine du cabinet,", ", le ministre de la Défense,").
   */
  private boolean onSpeaker(Sentence s, String text, int from, int to, boolean first) {
    String words = text.substring(from, to);
    if (relativeOpening.matcher(words).lookingAt()) return true;
    List<org.dossier.analyse.Token> tokens = s.tokens().stream().filter(t -> t.start() >= from && t.end() <= to).toList();
    if (tokens.stream().anyMatch(t -> t.pos().equals("VERB") || t.pos().equals("AUX"))) return false;
    if (first && wordCount(words) <= 3) return true;
    if (tokens.isEmpty()) return false;
    String opening = tokens.get(0).pos();
    return opening.equals("NOUN") || opening.equals("ADJ") || describedByRole(words);
  }

  /** A determiner, then a role: "le ministre de la Défense". */
  private boolean describedByRole(String words) {
    Matcher det = determiner.matcher(words);
    return det.lookingAt() && cues.opensWithRole(words.substring(det.end()));
  }

  /** Whether a role opens at some word of these: "l'ancien ministre de l'Intérieur". */
  private boolean holdsRole(String words) {
    String[] w = words.strip().split("\\s+");
    for (int i = 0; i < w.length; i++) {
      if (cues.opensWithRole(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length)))) return true;
    }
    return false;
  }

  /**
   * "La ministre de la Justice s'est dite opposée à une législation…", "tout en se déclarant prêt à
   * évacuer…": what the speaker said of themselves, the attribute, is the content. Its subject is
   * found as a finite cue's; an infinitive's or a gerund's ("avant de se dire convaincu") as a
   * gerund's.
   */
  private void selfDescriptions(String text, Sentence s, List<Sentence> sentences, List<Mention> mentions, List<QuoteMarks.Span> quotes, List<Candidate> out, VerbStops stops) {
    Matcher self = cues.selfDescription.matcher(text).region(s.start(), s.end());
    while (self.find()) {
      if (inside(quotes, self.start())) continue;
      Matcher skip = cues.adverbRun.matcher(text).region(self.end(), s.end());
      int start = skip.lookingAt() ? skip.end() : self.end();
      start = skipSpaces(text, start, s.end());
      if (start >= s.end() || !Character.isLetter(text.charAt(start)) && !inside(quotes, start + 1)) continue;
      String rest = text.substring(start, s.end());
      // "ce qui se dit dans les couloirs", "s'est dit que…", "se dit la victime": no attribute, or a cue's own content.
      if (notASpeaker.matcher(rest).lookingAt() || cues.link.matcher(rest).lookingAt() || determiner.matcher(rest).lookingAt()) continue;
      String verb = self.group("verb");
      boolean finite = !isGerund(verb) && !cues.infinitive.matcher(verb).matches();
      boolean incise = text.substring(s.start(), self.start()).stripTrailing().endsWith(",");
      Who who = finite ? phrases.left(text, s.start(), s.end(), self.start(), mentions, incise, stops) : gerundSubject(text, sentences, self.start(), mentions, quotes, stops);
      if (who == Who.NOBODY) who = parse.subject(text, sentences, self.start("verb"), mentions);
      int end = contentEnd(text, sentences, start, s.end(), quotes);
      // "s'est déclarée «satisfaite» après l'annonce de …": the marks hold the whole attribute, and
      // the direct quote is the report; what follows is the journalist's, unless it completes the
      // attribute ("«convaincu» que …", "«inquiète» dimanche de …", "«très favorable» à …") or
      // marks there too carry the speaker's words ("«choqué» par «le développement d'un système…»").
      int opens = start;
      QuoteMarks.Span attribute = quotes.stream().filter(q -> q.open() == opens).findFirst().orElse(null);
      // However short, an attribute in marks is words said, not a term: "elle s'est déclarée «honorée»".
      // The marks found no cue of their own: "Elle s'est dite « prête à … »" is this one's.
      if (attribute != null && who != Who.NOBODY) out.removeIf(c -> c.direct() && c.start() == attribute.start() && c.cue() == null);
      if (attribute != null && out.stream().noneMatch(c -> c.direct() && c.start() == attribute.start())) {
        out.add(new Candidate(text.substring(attribute.start(), attribute.end()), attribute.start(), attribute.end(), true, self.group().strip(), who));
      }
      boolean completed = attribute != null && attribute.close() + 1 <= end && ATTRIBUTE_COMPLEMENT.matcher(text).region(attribute.close() + 1, end).lookingAt();
      if (attribute != null && !completed && quotes.stream().noneMatch(q -> q.open() > attribute.close() && q.open() < end)) continue;
      add(out, text, start, end, self.group().strip(), who);
    }
  }

  /**
   * "«…», estime le député, pour qui la transgression pourrait…": the relative clause holds the view
   * of the speaker just named, the subject of the cue before the comma or a name ending there.
   */
  private void viewpoints(String text, Sentence s, List<Mention> mentions, List<QuoteMarks.Span> quotes, List<Candidate> out, VerbStops stops) {
    Matcher view = cues.viewpoint.matcher(text).region(s.start(), s.end());
    while (view.find()) {
      if (inside(quotes, view.start())) continue;
      Matcher cue = cues.anywhere.matcher(text).region(s.start(), view.start());
      int last = -1;
      while (cue.find()) {
        if (!inside(quotes, cue.start())) last = cue.start();
      }
      Who who = holder(text, view.start(), mentions);
      if (last >= 0 && cue.region(last, view.start()).lookingAt()) {
        who = Cues.pronoun(cue) != null ? Who.anaphor(Cues.pronoun(cue), cue.start()) : phrases.right(text, cue.end(), view.start(), mentions, stops);
      }
      if (who != Who.NOBODY) add(out, text, view.end(), contentEnd(text, List.of(s), view.end(), s.end(), quotes), view.group().replaceFirst("^,", "").strip(), who);
    }
  }

  /** Where an anaphor written at {@code at} ends: "elle" in "selon elle", "ce dernier" in "Pour ce dernier,"; -1 if neither. */
  private int anaphorEnd(String text, int at, int limit) {
    for (Pattern p : List.of(cues.stressedPronoun, anaphora.latter)) {
      Matcher m = p.matcher(text).region(at, limit);
      if (m.lookingAt()) return m.end();
    }
    return -1;
  }

  /**
   * The name, not a place's, that ends right before {@code at}: who holds the view a noun names
   * ("la thèse de la Société générale selon laquelle"), a gerund's speaker ("Erdogan sommant"); else
   * nobody ("la rumeur selon laquelle").
   */
  private static Who holder(String text, int at, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.end() <= at && text.substring(m.end(), at).isBlank() && speaks(m) && m.type() != EntityType.LOC) return Who.of(m);
    }
    return Who.NOBODY;
  }

  /** Whether the words after "Pour" name a speaker: a pronoun, a name, a role ("Pour le président,"). */
  private boolean vouches(String text, Who who, List<Mention> mentions) {
    if (who.pronoun()) return true;
    if (who.span() == null) return false;
    if (mentions.stream().anyMatch(m -> m.start() == who.span().start() && m.type() != EntityType.MISC)) return true;
    return describedByRole(who.span().name());
  }

  /**
   * Whether a cue stands in a clause placed before the main one: a participle opening the sentence
   * ("Estimant que …, le syndicat a…") or a verb after a subordinating conjunction ("Alors que
   * Pékin a averti que …, le leader tibétain a assuré…"), no comma between.
   */
  private boolean fronted(String text, int sentenceStart, int cueStart, String verb) {
    String before = text.substring(sentenceStart, cueStart);
    if (cues.subordinator.matcher(before).lookingAt()) return !before.contains(","); // not the adverb "alors" of "Alors que"
    return isGerund(verb) && opensSentence(text, sentenceStart, cueStart);
  }

  /** Whether only opening words ("Mais", "Toujours") stand between a sentence's start and {@code at}. */
  private boolean opensSentence(String text, int sentenceStart, int at) {
    return cues.opener.matcher(text.substring(sentenceStart, at)).replaceFirst("").isBlank();
  }

  /**
   * Reported content ends where a further cue opens an incise ("…d'Ankara, ajoute que…") or is
   * coordinated, with its own subject or not ("… et a souhaité que", "… et François Bayrou a
   * dénoncé").
   */
  private int contentEnd(String text, List<Sentence> sentences, int from, int end, List<QuoteMarks.Span> quotes) {
    Matcher next = cues.anywhere.matcher(text).region(from, end);
    while (next.find()) {
      if (inside(quotes, next.start())) continue;
      String before = text.substring(from, next.start()).stripTrailing();
      Matcher subordinate = cues.subordinateAfterComma.matcher(before);
      boolean subordinateFound = subordinate.find();
      // "…, tandis que X, partisan de Y, | a considéré": a subordinate clause whose subject has an
      // apposition, no verb of its own before the cue; not "…, même si les travaux ne sont pas
      // terminés, | a précisé la mairie", a clause of the content.
      if (subordinateFound && before.endsWith(",") && !hasVerb(sentences, from + subordinate.start(), from + before.length())) return from + subordinate.start();
      if (before.endsWith(",")) return from + before.length() - 1;
      Matcher and = cues.coordinator.matcher(before);
      if (and.find()) return from + and.start();
      // "… et François Bayrou a dénoncé la politique « … »": a clause with its own subject, whose cue reports words of its own.
      Matcher clause = cues.coordinatedClause.matcher(before);
      boolean ownWords = cues.link.matcher(text).region(next.end(), end).lookingAt() || hasMarks(text.substring(next.end(), end));
      if (ownWords && clause.find() && newSubject(sentences, from, from + clause.start(), from + clause.start("subject"), from + clause.end("subject"))) return from + clause.start();
      if (subordinateFound) return from + subordinate.start(); // "…, même si Obama nuance :"
      Matcher gerund = cues.gerundAfterComma.matcher(before);
      if (gerund.find() && isGerund(next.group("verb"))) return from + gerund.start(); // "…, tout en soulignant que"
    }
    return end;
  }

  /** Whether a token tagged as a verb or an auxiliary lies in {@code [from, to)}. */
  private static boolean hasVerb(List<Sentence> sentences, int from, int to) {
    return sentences.stream().filter(s -> s.end() > from && s.start() < to).flatMap(s -> s.tokens().stream()).anyMatch(t -> t.start() >= from && t.end() <= to && (t.pos().equals("VERB") || t.pos().equals("AUX")));
  }

  /**
   * Whether a coordinator at {@code and} opens a clause of its own: the content before it has its
   * verb, and {@code [subject, subjectEnd)} is a name or a subject pronoun. Not "que la Chine et la
   * France ont déclaré", whose two names share one verb.
   */
  private boolean newSubject(List<Sentence> sentences, int from, int and, int subject, int subjectEnd) {
    List<org.dossier.analyse.Token> tokens = sentences.stream().filter(s -> s.end() > from && s.start() < subjectEnd).flatMap(s -> s.tokens().stream()).toList();
    List<org.dossier.analyse.Token> words = tokens.stream().filter(t -> t.start() >= subject && t.end() <= subjectEnd).toList();
    boolean verbBefore = hasVerb(sentences, from, and);
    boolean name = !words.isEmpty() && words.size() <= maxSubjectWords && words.stream().allMatch(t -> t.pos().equals("PROPN"));
    boolean pronoun = words.size() == 1 && cues.subjectPronouns.contains(words.get(0).text().toLowerCase(java.util.Locale.ROOT));
    return verbBefore && (name || pronoun);
  }

  /**
   * '"PPDA" a indiqué': a word in capitals in marks that a cue follows, no comma between, is its
   * subject's name; not « Jamais » a répondu le ministre.
   */
  private boolean nameBeforeCue(String text, QuoteMarks.Span q) {
    String word = text.substring(q.start(), q.end()).strip();
    if (!SpeakerPhrases.CAPITALS.matcher(word).matches() || q.close() + 1 >= text.length()) return false;
    Matcher cue = cues.anywhere.matcher(text).region(skipSpaces(text, q.close() + 1, text.length()), text.length());
    return cue.lookingAt();
  }

  /**
   * 'si "Patrick" acceptait', 'souhaitent que "PPDA" présente': one capitalised word in marks that
   * the text also writes without marks inside a sentence ("Patrick Poivre d'Arvor", "le remplacement
   * de PPDA") is a name, not words said.
   */
  private static boolean nameUsedElsewhere(String text, QuoteMarks.Span q, List<QuoteMarks.Span> marked) {
    String word = text.substring(q.start(), q.end()).strip();
    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) || word.chars().anyMatch(Character::isWhitespace)) return false;
    Matcher elsewhere = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text);
    while (elsewhere.find()) {
      if (inside(marked, elsewhere.start())) continue;
      int before = elsewhere.start() - 1;
      while (before >= 0 && text.charAt(before) == ' ') before--;
      if (before >= 0 && (Character.isLetter(text.charAt(before)) || text.charAt(before) == ',' || text.charAt(before) == '\'')) return true;
    }
    return false;
  }

  /**
   * Where the aside between dashes a cue stands in closes: "Sans être avare de compliments - il a
   * estimé qu'elle susciterait « … » -, Obama s'est empressé …". {@code end} when the cue is in none.
   */
  private static int asideEnd(String text, int sentenceStart, int cueStart, int from, int end) {
    long opened = DASH.matcher(text).region(sentenceStart, cueStart).results().count();
    if (opened % 2 == 0) return end;
    Matcher close = DASH.matcher(text).region(from, end);
    return close.find() ? close.start() : end;
  }

  /** One lower-case word that gives a gender: a subject pronoun or a determiner ("elle", "des", "la"). */
  private boolean oneGenderWord(String words) {
    String w = words.strip();
    return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !w.contains(" ") && genders.word(w).isPresent();
  }

  private static void add(List<Candidate> out, String text, int start, int end, String cue, Who who) {
    while (end > start && ".;: ".indexOf(text.charAt(end - 1)) >= 0) end--;
    start = skipSpaces(text, start, end);
    if (end > start) out.add(new Candidate(text.substring(start, end), start, end, false, cue, who));
  }

  /**
   * A paragraph in marks, with no cue, after a sentence that quotes no one and names one person
   * ("Certains anciens, à l'image de Stéphane Augé, restent admiratifs du champion." then "« Je
   * n'ai rien contre lui… »"): the person just introduced, rather than the last speaker.
   */
  private Who introduced(String text, QuoteMarks.Span q, List<Sentence> sentences, List<QuoteMarks.Span> quotes, List<Mention> mentions, VerbStops stops) {
    int lineStart = text.lastIndexOf('\n', q.open()) + 1;
    if (!text.substring(lineStart, q.open()).isBlank()) return null;
    Sentence previous = sentenceBefore(sentences, lineStart);
    if (previous == null) return null;
    int from = previous.start();
    int to = previous.end();
    // "François Hollande confiait son inquiétude à Jean-Paul Huchon:": a colon hands over to the
    // sentence's first person, whatever verb introduces the words.
    String said = text.substring(from, to).strip();
    boolean colon = said.endsWith(":");
    // A source cited in an aside ("(…, selon le site Backchich)") reports nothing the sentence says;
    // nor is the one it names or a passive's agent ("interviewé par Irène Frain") who it introduces.
    if (quotes.stream().anyMatch(o -> o.open() < to && o.close() >= from) || !colon && (reports(cues.anywhere, text, from, to) || reports(cues.according, text, from, to))) return null;
    // A question ("La venue de Carla Bruni ?") asks about someone; it introduces no speaker.
    if (said.endsWith("?")) return null;
    List<Mention> people = mentions.stream().filter(m -> m.type() == EntityType.PER && m.start() >= from && m.end() <= to && !subjects.complementOrObject(text, from, m) && !aside(text, m.start()) && !obliques.agent(text, m.start())).toList();
    if (people.isEmpty() && colon) return inciseBefore(text, from, to, mentions, stops);
    if (people.isEmpty() || !colon && people.stream().map(Mention::text).distinct().count() != 1) return null;
    Mention m = people.get(0);
    return Who.of(m);
  }

  /** "Pour la bonne cause, répond une porte-parole :": whom the incise that ends a sentence names; or null. */
  private Who inciseBefore(String text, int from, int to, List<Mention> mentions, VerbStops stops) {
    Matcher m = cues.anywhere.matcher(text).region(from, to);
    int lastStart = -1;
    while (m.find()) {
      if (!aside(text, m.start()) && !notACue(text, m, stops)) lastStart = m.start();
    }
    if (lastStart < 0) return null;
    Matcher last = cues.anywhere.matcher(text).region(lastStart, to).useTransparentBounds(true);
    if (!last.lookingAt() || Cues.pronoun(last) != null || !text.substring(from, last.start()).stripTrailing().endsWith(",")) return null;
    Who who = phrases.right(text, last.end(), text.lastIndexOf(':', to), mentions, stops);
    return who == Who.NOBODY ? null : who;
  }

  /** The person a voice phrase names ("par la voix de son porte-parole, Gérard Gachet,"), or nobody. */
  private static Who spokesman(Matcher voice, List<Mention> mentions) {
    if (voice.group("name") == null) return Who.NOBODY;
    for (Mention x : mentions) {
      if (x.start() == voice.start("name") && x.type() == EntityType.PER) return Who.of(x);
    }
    return Who.NOBODY;
  }

  /**
   * Whether a cue's match is no cue: a pronominal verb without its pronoun, a form that is a noun
   * before its complement ("juge d'instruction"), or a noun the tagger
   * reads after an elided article ("a promis l'annonce de …"), where "l'" could also be a pronoun
   * ("il l'annonce").
   */
  private boolean notACue(String text, Matcher m, VerbStops stops) {
    int verb = m.start("verb");
    // "lorsqu'il a été confié à la police": a passive's subject is what the verb was done to.
    // "a été qualifié de « … » par Y" names who spoke.
    // Not an indirect report: "Le ministre a été averti par ses services que …" reports the services' words, not his.
    if (passiveBefore.matcher(text.substring(Math.max(0, verb - 12), verb)).find() && (cues.agent(text, m) < 0 || Positions.nextMark(text, verb, clauseEnd(text, verb)) < 0)) return true;
    // "Candidat déclaré au poste de premier secrétaire, il …": a participle alone after a noun describes it.
    int before = wordBefore(text, verb);
    if (cues.bareParticiple(text, m) && before >= 0 && stops.nouns().get(before) && !auxiliaryBefore(text, verb, stops)) return true;
    // "Semdim Sakik, reconnu coupable de … et accusé de séparatisme, a été condamné": with no
    // auxiliary before it in its sentence to share, a participle is a passive, who spoke unsaid.
    if (cues.bareParticiple(text, m) && !auxiliaryInSentence(verb, stops)) return true;
    return cues.lacksPronoun(text, m) || cues.nounHere(text, m) || stops.nouns().get(verb) && m.start("cue") == verb && ELIDED_ARTICLE.matcher(text.substring(Math.max(0, verb - 3), verb)).find();
  }

  /** Whether a speaker's words, their determiner aside, are these words. */
  private boolean namedBy(SpeakerSpan speaker, String words) {
    return determiner.matcher(speaker.name()).replaceFirst("").strip().equalsIgnoreCase(words.strip());
  }

  /**
   * A passive's agent, who spoke the quote its participle brings in: "le fichier, qualifié d'« … »
   * par l'avocat Michel Pezet", "qualifié par son gouvernement de « … »"; else nobody.
   */
  private Who passiveAgent(String text, Matcher cue, QuoteMarks.Span q, int sentenceEnd, List<Mention> mentions, VerbStops stops) {
    // Not past a comma before the quote: "qualifié d'« A » par Y, a été condamnée par Z comme une « B »".
    if (cue.pattern() == cues.according || cue.end() <= q.open() && CLAUSE_BREAK.matcher(text.substring(cue.end(), q.open())).find()) return Who.NOBODY;
    int agent = cues.agent(text, cue);
    if (agent < 0) return Who.NOBODY;
    // The agent ends at the preposition that brings a quote in: "par son gouvernement | de « … »",
    // "par les uns | et de « … »"; before the quote, it must bring this one in.
    int limit = markOrEnd(text, agent, sentenceEnd);
    Matcher brings = cues.quoteLinkEnd.matcher(text).region(agent, limit);
    boolean brought = brings.find();
    if (agent < q.open() && !brought) return Who.NOBODY;
    // "qualifiée de « A » par les uns et de « B » par les autres": B's own agent follows it.
    int own = agent < q.open() && Positions.nextMark(text, cue.end(), agent) >= 0 ? cues.agentRightAfter(text, q.close() + 1) : -1;
    if (own >= 0) return phrases.right(text, own, markOrEnd(text, own, sentenceEnd), mentions, stops);
    return phrases.right(text, agent, brought ? brings.start() : limit, mentions, stops);
  }

  /** The next quotation mark from {@code from}, or {@code end} when there is none before it. */
  private static int markOrEnd(String text, int from, int end) {
    int mark = Positions.nextMark(text, from, end);
    return mark < 0 ? end : mark;
  }

  /** Whether the sentence goes on past the incise at {@code at}: a comma, not a full stop, closes it. */
  private static boolean contentGoesOn(String text, int at) {
    if (at < 0) return false;
    Matcher end = INCISE_CLOSE.matcher(text).region(at, text.length());
    return end.find() && end.group().equals(",");
  }

  private static final Pattern INCISE_CLOSE = Pattern.compile("[,.;:!?\\n]");

  /** Where the clause holding {@code at} ends: its next ".", ";", "!" or "?", or the text's end. */
  private static int clauseEnd(String text, int at) {
    Matcher end = SENTENCE_STOP.matcher(text).region(at, text.length());
    return end.find() ? end.start() : text.length();
  }

  private static final Pattern SENTENCE_STOP = Pattern.compile("[.;!?]");

  /** Punctuation that ends a participle's clause. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.!?]");

  /** How many words back an auxiliary may stand from its participle, an adverbial between them: "ont | de leur côté | nié". */
  private final int auxiliaryReach;

  /** Whether an auxiliary stands a few words before {@code at}: "le Texan a en effet annoncé". */
  private boolean auxiliaryBefore(String text, int at, VerbStops stops) {
    int word = at;
    for (int i = 0; i < auxiliaryReach; i++) {
      word = wordBefore(text, word);
      if (word < 0) return false;
      if (stops.auxiliaries().get(word)) return true;
    }
    return false;
  }

  /** Whether an auxiliary stands before {@code at} in its sentence, as the analysis splits them ("à 10 h. et promis" is one). */
  private static boolean auxiliaryInSentence(int at, VerbStops stops) {
    int start = Math.max(0, stops.sentences().previousSetBit(at));
    int aux = stops.auxiliaries().nextSetBit(start);
    return aux >= 0 && aux < at;
  }

  /** Where the word before {@code at} starts, past white space and an elision's apostrophe ("d'|abord"); -1 when none is there. */
  private static int wordBefore(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\'')) i--;
    int end = i;
    while (i >= 0 && Character.isLetter(text.charAt(i))) i--;
    return i == end ? -1 : i + 1;
  }









  /**
   * "Même s'il avait déclaré qu'il ne se laisserait « pas dicter sa conduite » par la Chine, le chef
   * de l'État avait préféré …": a singular pronoun in a clause fronted before the main clause stands
   * for the main clause's subject, named after it, when that subject's determiner does not give
   * another gender.
   */
  private Who cataphor(Who who, String text, List<Sentence> sentences, int sentenceStart, int sentenceEnd, int cueEnd, List<QuoteMarks.Span> quotes, List<Mention> mentions, VerbStops stops) {
    if (!who.pronoun() || who.at() < sentenceStart) return who;
    java.util.Optional<Genders.Gender> gender = genders.word(who.anaphor());
    if (gender.isEmpty() || gender.get() == Genders.Gender.PLURAL) return who;
    String before = text.substring(sentenceStart, who.at());
    if (!cues.subordinator.matcher(text).region(sentenceStart, cueEnd).lookingAt() || before.contains(",")) return who;
    int main = parse.mainClause(text, sentences, cueEnd, sentenceEnd, quotes, mentions);
    if (main >= sentenceEnd) return who;
    Who subject = phrases.right(text, main + 1, sentenceEnd, mentions, stops);
    if (subject.span() == null) return who;
    java.util.Optional<Genders.Gender> given = genders.description(subject.span().name());
    return given.isPresent() && !given.equals(gender) ? who : subject;
  }


  /**
   * A gerund's speaker: the name right before it ("un ultimatum d'Erdogan sommant Damas de…");
   * after a reporting verb of its sentence, that verb's subject ("a-t-il indiqué…, déclarant
   * trouver…"); else the main clause's subject from the parse ("Fillon a enfoncé le clou,
   * indiquant que…"); failing all, the last speaker.
   */
  private Who gerundSubject(String text, List<Sentence> sentences, int cueStart, List<Mention> mentions, List<QuoteMarks.Span> quotes, VerbStops stops) {
    // Not a place: "la maire de Lille rappelant que…" is the mayor speaking.
    Who named = holder(text, cueStart, mentions);
    if (named != Who.NOBODY) return named;
    int[] sentence = sentenceAround(sentences, cueStart, cueStart, text.length());
    // "Après que l'intéressé a appris …, la CFTC, estimant que": the name set off right before it.
    Mention apposed = SpeakerPhrases.setOff(text, sentence[0], cueStart, mentions);
    if (apposed != null) return Who.of(apposed);
    // "«…», a poursuivi l'archevêque de Paris, en soulignant que": the incise's speaker goes on.
    QuoteMarks.Span quoted = null;
    for (QuoteMarks.Span q : quotes) {
      if (q.close() >= sentence[0] && q.close() < cueStart) quoted = q;
    }
    Matcher after = quoted == null ? null : cues.incise.matcher(text).region(quoted.close() + 1, cueStart);
    // Not "«…», selon Roland Hubert, et réclame": a source is no verb's subject.
    if (after != null && after.lookingAt() && !cues.lacksPronoun(text, after) && !isGerund(after.group("verb")) && !Cues.credits(after)) {
      Who said = Cues.pronoun(after) != null ? Who.anaphor(Cues.pronoun(after), after.start("cue")) : phrases.right(text, after.end(), cueStart, mentions, stops);
      if (said != Who.NOBODY) return said;
    }
    Matcher earlier = cues.anywhere.matcher(text).region(sentence[0], cueStart);
    while (earlier.find()) {
      if (inside(quotes, earlier.start()) || isGerund(earlier.group("verb"))) continue;
      // "François Chérèque, avait également protesté lundi…, estimant que": that verb's subject.
      if (Cues.pronoun(earlier) != null) return Who.anaphor(Cues.pronoun(earlier), earlier.start());
      boolean incise = text.substring(sentence[0], earlier.start()).stripTrailing().endsWith(",");
      Who subject = phrases.left(text, sentence[0], sentence[1], earlier.start(), mentions, incise, stops);
      if (subject != Who.NOBODY) return subject;
      // "Nadine Morano, la nouvelle secrétaire d'État …, s'est faite plus précise en réaffirmant":
      // that verb's subject the surface rules miss, the parse and the sentence's opening may give.
      break;
    }
    // "Qualifiant de « … » les manifestations, la ministre a promis…": a participle opening its
    // sentence has the main clause's subject, the first the parse gives after it.
    if (opensSentence(text, sentence[0], cueStart)) {
      Who main = parse.subjectAfter(text, sentences, cueStart, mentions, quotes);
      if (main != Who.NOBODY) return main;
    }
    Who parsed = parse.subject(text, sentences, cueStart, mentions);
    if (parsed != Who.NOBODY) return parsed;
    // "C'est sur ce point que le Parti socialiste a choisi de mettre l'accent, en accusant …", the
    // participle misattached: the subject of the last verb before it that has one.
    Who previous = parse.lastSubjectBefore(text, sentences, cueStart, mentions, quotes);
    if (previous != Who.NOBODY) return previous;
    // "Gérard Collomb, premier signataire de sa motion, tout en évoquant…": the person the sentence opens with.
    SpeakerSpan opener = subjects.openingSubject(text, sentence[0], cueStart, mentions, true);
    return opener == null ? Who.CONTINUES : new Who(opener, null);
  }


  private static boolean isGerund(String verb) {
    return verb != null && verb.toLowerCase(java.util.Locale.ROOT).split("\\s")[0].endsWith("ant"); // "faisant savoir"
  }


  /**
   * An impersonal "on" speaks from where the sentence says: "confie-t-on au ministère", "Côté
   * aubrystes, on estime", "a-t-on précisé de source judiciaire". Without such words it is nobody
   * the article names, unless it carries on the "on" just before ("ajoute-t-on").
   */
  private Who impersonal(String text, List<Sentence> sentences, Who on, List<QuoteMarks.Span> quotes) {
    int[] sentence = sentenceAround(sentences, on.at(), on.at(), text.length());
    Matcher after = cues.impersonalSource.matcher(text).region(on.at(), Math.min(sentence[1], on.at() + impersonalReach));
    while (after.find()) {
      if (inside(quotes, after.start())) continue;
      String gap = text.substring(on.at(), after.start());
      // Not past the content it reports: "on admet que le déficit atteindra au moins 3,9 %".
      if (gap.chars().anyMatch(ch -> ",;:«»\"“”".indexOf(ch) >= 0) || REPORTED_START.matcher(gap).find()) break;
      return sourceWords(text, after, on, sentences);
    }
    // "Mais dans l'entourage de Mme Lagarde, on avertit": after the words that open a clause.
    Matcher opening = cues.opener.matcher(text).region(sentence[0], on.at());
    Matcher before = cues.impersonalSource.matcher(text).region(opening.lookingAt() ? opening.end() : sentence[0], on.at());
    if (before.lookingAt() && text.substring(before.end(), on.at()).contains(",")) return sourceWords(text, before, on, sentences);
    return on;
  }

  private Who sourceWords(String text, Matcher phrase, Who on, List<Sentence> sentences) {
    int from = phrase.start("kept") >= 0 ? phrase.start("kept") : phrase.end();
    Matcher stop = impersonalStop.matcher(text).region(phrase.end(), text.length());
    int to = stop.find() ? stop.start() : text.length();
    // Not the gerund after them: "explique-t-on à la gauche du PS | en rappelant qu'…".
    Matcher gerund = cues.gerundMarker.matcher(text).region(phrase.end(), to);
    while (gerund.find()) {
      if (verbAt(sentences, gerund.end())) {
        to = gerund.start();
        break;
      }
    }
    String words = text.substring(from, to).strip();
    if (words.isEmpty() || wordCount(words) > maxSubjectWords) return on;
    return new Who(new SpeakerSpan(words, from, from + words.length()), "on", on.at());
  }

  /** Whether the analysis has a verb start at {@code at}. */
  private static boolean verbAt(List<Sentence> sentences, int at) {
    return sentences.stream().flatMap(s -> s.tokens().stream()).anyMatch(t -> t.start() == at && "VERB".equals(t.pos()));
  }

  /** Whether a cue pattern finds a cue between the offsets outside any parenthesis. */
  private static boolean reports(Pattern cue, String text, int from, int to) {
    Matcher m = cue.matcher(text).region(from, to);
    while (m.find()) {
      if (!aside(text, m.start())) return true;
    }
    return false;
  }
}
