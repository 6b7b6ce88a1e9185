package org.dossier.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.brief.ContentHash;
import org.dossier.extract.entities.EntityType;
import org.dossier.extract.entities.Genders;
import org.dossier.extract.entities.Genders.Gender;
import org.dossier.extract.quotes.FoundQuote;
import org.dossier.extract.quotes.Quote;
import org.dossier.extract.quotes.SpeakerSpan;
import org.dossier.lang.Countries;
import org.dossier.lang.NameKey;

/**
 * Links each quote's speaker to the run's entity named at that place: "M. Kalin" to Ibrahim Kalin,
 * "la présidence turque" to the Turkish state, "le porte-parole du Kremlin" to the one person the
 * run gives that role. A speaker no entity covers keeps the words that name it.
 */
public final class SpeakerLinker {

  /** Most words of a definite description linked to the person or body it stands for: "le ministre de la Santé". */
  private final int maxDescriptionWords;
  /** Cues that give a source for what a clause says ({@code fr/attribution-cues.txt}): "selon", "d'après". */
  private final java.util.Set<String> accordingCues;
  /** Letters two complement words share to be the same word: "présidence", "président". */
  private final int stemLength;
  private final org.dossier.extract.entities.Genders genderLexicon;
  private final java.util.Set<String> collectiveHeads;
  /** Of those, the heads that name a publication, whose title the model often tags MISC: "le quotidien économique" ({@code LANG/publication-nouns.txt}). */
  private final java.util.Set<String> publicationHeads;
  private static final java.util.Set<EntityType> PERSON = java.util.Set.of(EntityType.PER);
  private static final java.util.Set<EntityType> BODY = java.util.Set.of(EntityType.ORG);
  private static final java.util.Set<EntityType> PUBLICATION = java.util.Set.of(EntityType.ORG, EntityType.MISC);
  private static final Pattern AUTHOR_END = Pattern.compile("[,.;:«»\"()]|\\s(?:qui|que|dont|sur|pour|à|au|aux|en|dans|publié|publiée|remis|remise|rendu|rendue)(?![\\p{L}])");
  /** Most words of an author or of unnamed speakers' words kept as they are: "un communiqué du gouvernement tibétain". */
  private final int maxAuthorWords;
  /** Characters after a name read to see whether it opens a role: "Premier | ministre". */
  private final int roleReach;
  /** Words before a text noun in a speaker's words: "le tout récent | rapport de …". */
  private final int maxWordsBeforeText;
  /** A lower-case word between a text and its author's name: "du | quotidien | Le Monde". */
  private static final Pattern KIND_WORD = Pattern.compile("\\p{Ll}[\\p{L}-]*\\s+(?=\\p{Lu})", Pattern.UNICODE_CASE);
  /** Public bodies a description names by itself ({@code fr/institution-nouns.txt}). */
  private final java.util.Set<String> institutions;
  /** Seats that stand for a body a description names ({@code fr/seats.tsv}): "présidence" → "Elysée". By the description's name key. */
  private final java.util.Map<String, List<String>> seatsByKey;
  /** Nouns of texts that speak for their author ({@code fr/text-nouns.txt}). */
  private final java.util.Set<String> textNouns;
  /** A text noun, up to two adjectives and "de": "le rapport de", "l'édition électronique du"; not "des informations sur des". */
  private final List<String> stopwordList;
  private final String functionWords;
  private final java.util.Set<String> stopwordKeys;
  /** Fewest letters of a word a complement is compared by: "Etat", "ONU"; not "l", "d". */
  private final int minStemWord;
  /** Most sentences between a text a sentence brings in ("Dans une lettre …, X décrit") and the cue that names it. */
  private final int writerReach;
  /** Initials that may stand for a person: three to five capitals ("PPDA", "DSK"). */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{3,5}");
  private final Pattern textOfNouns;
  /** A text brought in as the means of its writer's words: "Dans une lettre", "Par un communiqué". */
  private final Pattern textIn;
  /** A school of thought or a party's follower: "socialiste", "centristes". */
  private static final Pattern SCHOOL = Pattern.compile("istes?$", Pattern.UNICODE_CASE);
  /** What may stand right before a description's words: a determiner ("le", "l'"), "de", a punctuation mark or nothing. */
  private final Pattern wordsOpen;
  /** "signée du", "signé par": the participle that hands a text to its signers. */
  private static final String SIGNED = "sign(?:é|ée|és|ées)\\s+(?:de\\s+la|de\\s+l'|du|des|de|d'|par)";
  private static final Pattern SENTENCE_END = Pattern.compile("(?<![\\s.]\\p{Lu})[.!?](?=\\s|$)|\\n"); // not the full stop of "M."
  /** "l'un d'entre eux": one of a group, no person named before. */
  private final List<String> groupMembers;
  private final org.dossier.lang.RoleNouns roleNouns;
  private final Pairs pairFinder;
  /** Several speakers' names as one list: "A, B et C". */
  private final org.dossier.lang.NameList nameList;
  /** A surname of two parts joined by a lower-case particle: "Poivre d'Arvor", "Giscard d'Estaing". */
  private static final Pattern COMPOUND_SURNAME = Pattern.compile("\\p{Lu}[\\p{L}-]+\\s+(?:d'|de\\s+|du\\s+)\\p{Lu}[\\p{L}-]+");
  private static final Pattern DEFINITE = Pattern.compile("^(?i:le|la|les|l'|ce|cet|cette)(?:\\s+|(?<=')).+");
  /** "le Belge", "l'Américain": a person called by nationality. */
  private static final Pattern NATIONAL = Pattern.compile("^(?i:le|la|l')(?:\\s+|(?<='))(\\p{Lu}[\\p{L}-]+)$");
  /** A preposition ending the words before a name, which then completes a noun: "l'ex-otage des | Farc". */
  private static final Pattern COMPLEMENT_END = Pattern.compile("(?:^|\\s)(?:(?:de|du|des)(?:\\s+(?:la|le|les))?\\s+|d'|de\\s+l')$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A noun and the role it belongs to: "entourage | de la | ministre", "proches | du | président". */
  private static final Pattern OWNER_ROLE = Pattern.compile("^\\p{Ll}[\\p{L}-]*\\s+(?<of>(?i:du|de))\\s+(?<article>(?i:la\\s+|le\\s+|l')?)(?<role>\\p{Ll}.*)$", Pattern.UNICODE_CASE);
  /** A role and the body it serves, named by its kind: "porte-parole de la banque". */
  private static final Pattern BODY_ROLE = Pattern.compile("^(?<role>\\p{Ll}[\\p{L}-]*)\\s+(?:(?i:de)\\s+(?i:la)\\s+|(?i:du)\\s+|(?i:de)\\s+(?i:l)')(?<noun>\\p{Ll}+)$", Pattern.UNICODE_CASE);
  private final java.util.Set<String> pollNouns;
  private final java.util.Set<String> companyNouns;
  /** Where a description's complements start: "le jeune trader | de 31 ans". */
  private static final Pattern COMPLEMENT = Pattern.compile("\\s(?:de|du|des|d')(?:\\s|(?<='))");
  /** "son cabinet", "ses proches", "leur avocat", "un de ses proches", "son conseiller de campagne": a possessive and one or two lower-case words, or a noun and its complement. */
  private static final Pattern POSSESSIVE = Pattern.compile("^(?:(?:(?i:l)')?(?<one>(?i:un|une))\\s+(?:de\\s+|d'))?(?<owner>(?i:son|sa|ses|leur|leurs))\\s+(?<noun>\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*|\\s+(?:de\\s+|d')\\p{Ll}[\\p{L}-]*)?)$", Pattern.UNICODE_CASE);
  /** A plural ending a noun drops when one of them is meant: "un de ses proche|s". */
  private static final Pattern PLURAL_END = Pattern.compile("(?<=\\p{L}{3})[sx](?=$|\\s)", Pattern.UNICODE_CASE);
  /** A name "de" elides before: "proches d'Ingrid Betancourt". */
  private static final Pattern ELIDES = Pattern.compile("^[AEIOUYÉÈÊÂÎÔHaeiouyéèêâîôh]");
  /** "ce conseiller", "les mêmes sources": a noun named again ({@code fr/repeat-determiners.tsv}); group {@code text} when its first description may be any words of the text. */
  private final Pattern againPattern;
  /** "une autre", "un autre": one more of those described before, its noun left out ({@code fr/repeat-determiners.tsv}, kind {@code other}). */
  private final Pattern anotherPattern;
  /** Where the words that first described someone end: "des sources anonymes à Lhassa | ." */
  private final Pattern describedEnd;
  /** Adjectives between a determiner and a role ({@code fr/role-adjectives.txt}), as a regex alternation: "l'ancien", "le futur". */
  private final String roleAdjectives;
  /** The article right before a speaker's words, and an adjective between: "l'ancien | ministre de l'Intérieur". */
  private final Pattern articleBefore;
  /** How far before a speaker's words their article and adjective may start. */
  private final int articleReach;
  private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\s*\\([^()]*\\)$");

  /**
   * Between a name and the words in apposition to it: "Lance Armstrong, | septuple vainqueur"; not
   * "X, | le …", which as often lists ("le dalaï lama, le président français et …").
   */
  private static final Pattern APPOSED = Pattern.compile("\\s*,\\s*");
  /** Between a title and the name it comes before: "le président russe | Vladimir Poutine", "…, | X". */
  private static final Pattern TITLED = Pattern.compile(",?\\s+");
  /** Words a description's completion may add: "de la commission | des lois" is three. */
  private final int maxCompletionWords;
  private static final Pattern DEMONSTRATIVE = Pattern.compile("(?i:ce|cet|cette|ces)\\s+");
  private final Descriptions descriptions;
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:(?i:le|la|les|un|une|des|the)\\s+|(?i:l)')");

  /**
   * @param language whose data files ({@code LANG/…}) name roles, texts, determiners and the rest
   * @param settings the reaches and word counts ({@code speakers.*})
   */
  public SpeakerLinker(String language, org.dossier.config.Settings settings) {
    this.describedEnd = Pattern.compile("[,.;:!?«»\"“”()]|\\s(?:" + org.dossier.lang.RelativePronouns.load(language).alternation("subject", "object", "genitive") + ")(?![\\p{L}])", Pattern.UNICODE_CASE);
    this.maxDescriptionWords = settings.integer("speakers.description.max-words");
    this.stemLength = settings.integer("speakers.stem.length");
    this.maxAuthorWords = settings.integer("speakers.author.max-words");
    this.roleReach = settings.integer("speakers.role.reach-chars");
    this.maxWordsBeforeText = settings.integer("speakers.text-noun.max-words-before");
    this.minStemWord = settings.integer("speakers.stem.min-word-length");
    this.writerReach = settings.integer("speakers.writer.reach-sentences");
    this.articleReach = settings.integer("speakers.article.reach-chars");
    this.maxCompletionWords = settings.integer("speakers.completion.max-words");
    this.maxWordsBeforeHead = settings.integer("speakers.head.max-words-before");
    this.cataphoraReach = settings.integer("speakers.cataphora.reach-chars");
    this.topicReach = settings.integer("speakers.topic.reach-chars");
    this.accordingCues = java.util.Set.copyOf(org.dossier.lang.DataFile.words(language, "attribution-cues.txt"));
    this.genderLexicon = new org.dossier.extract.entities.Genders(language);
    this.collectiveHeads = java.util.Set.copyOf(org.dossier.lang.DataFile.words(language, "collective-nouns.txt").stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList());
    this.publicationHeads = java.util.Set.copyOf(org.dossier.lang.DataFile.words(language, "publication-nouns.txt"));
    this.institutions = java.util.Set.copyOf(org.dossier.lang.DataFile.words(language, "institution-nouns.txt"));
    this.seatsByKey = loadSeats(language);
    this.textNouns = java.util.Set.copyOf(org.dossier.lang.DataFile.words(language, "text-nouns.txt"));
    this.stopwordList = org.dossier.lang.DataFile.words(language, "stopwords.txt");
    this.functionWords = org.dossier.lang.Alternation.of(stopwordList);
    this.stopwordKeys = java.util.Set.copyOf(stopwordList.stream().map(NameKey::of).collect(java.util.stream.Collectors.toSet()));
    this.textOfNouns = textOfPattern(textNouns);
    this.textIn = Pattern.compile("(?<![\\p{L}])(?iu:" + org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "text-prepositions.txt")) + ")\\s+(?:\\p{Ll}+\\s+|(?i:l)')(?iu:" + org.dossier.lang.Alternation.of(textNouns) + ")(?![\\p{L}])");
    this.wordsOpen = Pattern.compile("(?:[^\\p{L}\\s']|(?<![\\p{L}'-])(?:" + org.dossier.lang.Alternation.of(org.dossier.lang.DataFile.words(language, "determiners.txt")) + "|de|du|d'))\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.groupMembers = org.dossier.lang.DataFile.words(language, "one-of-group.tsv").stream().map(NameKey::of).toList();
    this.roleNouns = org.dossier.lang.RoleNouns.load(language);
    this.pairFinder = new Pairs(language, collectiveHeads, settings);
    this.nameList = org.dossier.lang.NameList.of(language);
    this.pollNouns = java.util.Set.copyOf(org.dossier.lang.DataFile.words(language, "poll-nouns.txt"));
    this.companyNouns = java.util.Set.copyOf(org.dossier.lang.DataFile.words(language, "company-nouns.txt"));
    this.againPattern = again(language);
    this.anotherPattern = Pattern.compile("^(?i:" + org.dossier.lang.Alternation.of(repeatDeterminers(language, "other")) + ")$", Pattern.UNICODE_CASE);
    this.roleAdjectives = roleNouns.adjectives();
    this.articleBefore = Pattern.compile("(?:^|\\s)((?i:le|la|l'))\\s*((?iu:" + roleAdjectives + ")\\s+)?$");
    this.descriptions = new Descriptions(java.util.Set.copyOf(org.dossier.lang.DataFile.words(language, "complement-prepositions.txt")), maxCompletionWords);
    this.roleAdjective = Pattern.compile("^(?iu:" + roleAdjectives + ")\\s+|^(?i:ex-)");
    this.obliques = org.dossier.lang.Obliques.load(language);
  }

  /** Words a name may follow in the speaker's words and still be who they name: "l'ancien | Jacques Chirac". */
  private final int maxWordsBeforeHead;
  /** How far after a role's words the next speaker may be, in characters, to be named as that role: about two sentences. */
  private final int cataphoraReach;
  /** How far back, in characters, the person a long role refers to may be named: the paragraph before. */
  private final int topicReach;
  private final Pattern roleAdjective;
  private final org.dossier.lang.Obliques obliques;

  /**
   * Each quote found in one article with its speaker linked to the run's entities.
   *
   * @param title the article's headline, or null: a lead's description may refer to the person it names
   */
  public List<Quote> link(String article, String title, org.dossier.analyse.Analysis analysis, List<FoundQuote> found, List<Entity> entities, Countries countries) {
    String text = analysis.text();
    List<Quote> quotes = new ArrayList<>();
    List<org.dossier.extract.entities.Mention> persons = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() != EntityType.PER) continue;
      for (EntityMention m : e.mentions()) {
        if (m.article().equals(article)) persons.add(asPerson(m));
      }
    }
    org.dossier.extract.entities.Genders.OfArticle genders = genderLexicon.of(text, persons);
    int firstPerson = persons.stream().mapToInt(org.dossier.extract.entities.Mention::start).min().orElse(text.length());
    // Only a speaker described before the body names anyone reads the headline.
    List<Entity> headline = found.stream().anyMatch(q -> q.speaker() != null && q.speaker().start() < firstPerson) ? headline(article, title, entities) : List.of();
    for (int i = 0; i < found.size(); i++) {
      FoundQuote q = found.get(i);
      Quote.Speaker speaker = null;
      SpeakerSpan s = q.speaker();
      Quote.Speaker same = s == null ? null : sameDescription(text, s, found.subList(0, i), quotes);
      if (same == null && s != null) same = another(s, found.subList(0, i));
      // "dénoncent l'USM et le SM": several speakers, each by their name.
      Quote.Speaker list = s == null ? null : pairFinder.list(article, text, s.start(), s.end(), entities);
      if (same != null) {
        speaker = same;
      } else if (list != null) {
        speaker = list;
      } else if (s != null) {
        Entity best = null;
        int bestScore = -1;
        for (Entity e : entities) {
          for (EntityMention m : e.mentions()) {
            if (!m.article().equals(article) || m.end() <= s.start() || s.end() <= m.start()) continue;
            // The entity must head the speaker's words: "la présidence turque" is Turkey speaking,
            // "le porte-parole de la présidence turque" is a person, "les présidents russe Vladimir
            // Poutine et turc Recep Tayyip Erdogan" are two.
            // A person's name that ends the words is their title and name: "le ministre de la
            // Défense Santos".
            // Not a name completing a noun: "l'ex-otage des Farc", "les proches du dalaï-lama".
            boolean titled = e.type() == EntityType.PER && m.end() == s.end() && peopleIn(article, s, entities).size() == 1 && !COMPLEMENT_END.matcher(text.substring(s.start(), m.start())).find();
            if (m.start() > s.start() && !titled && wordsBefore(text, s.start(), m.start()) > maxWordsBeforeHead) continue;
            // Prefer the entity named most fully over the speaker's words, then people.
            int overlap = Math.min(m.end(), s.end()) - Math.max(m.start(), s.start());
            int score = overlap * 2 + (e.type() == EntityType.PER ? 1 : 0);
            if (score > bestScore) {
              bestScore = score;
              best = e;
            }
          }
        }
        // "…», a ajouté PPDA.": a name the model missed where it speaks but tagged elsewhere in the article.
        if (best == null) best = namedElsewhere(article, s, entities);
        // The model often takes such a short form for a place.
        Entity shortened = best != null && best.type() == EntityType.LOC ? shortFor(article, best.name(), entities) : null;
        if (shortened != null) best = shortened;
        // "au sein du Conseil" in an article about the Conseil d'Etat: a body called by its first word.
        Entity fullBody = best != null && best.type() != EntityType.PER ? bodyCalledBy(article, best, entities) : null;
        if (fullBody != null) best = fullBody;
        // A person goes by their canonical name; a body keeps the words that name it ("présidence
        // turque" speaks for Turkey, but is not Turkey's name).
        // "la ministre de la Justice" the model tags as a body is a person described by a role.
        if (best != null && best.type() != EntityType.PER && opensWithRole(best.name())) best = null;
        // "le député UMP": a role, then the body it serves, is a person described.
        if (best != null && best.type() != EntityType.PER && opensWithRole(LEADING_ARTICLE.matcher(s.name()).replaceFirst(""))) best = null;
        if (best != null && best.type() != EntityType.PER) best = fuller(article, best, entities);
        String described = withArticle(text, s);
        boolean definite = DEFINITE.matcher(described).matches();
        String bare = LEADING_ARTICLE.matcher(s.name()).replaceFirst("");
        // "le Guardian britannique", "le Yomiuri Shimbun japonais": the name and an adjective. Not a
        // complement the model left out of the name: "l'Observatoire | du financement des marchés résidentiels".
        boolean named = best != null && (best.type() == EntityType.PER || best == fullBody || best.variants().stream().anyMatch(v -> v.equalsIgnoreCase(bare) || bare.startsWith(v + " ") && bare.substring(v.length()).strip().chars().noneMatch(Character::isUpperCase) && !COMPLEMENT.matcher(bare.substring(v.length())).lookingAt()));
        // "le tout récent rapport de la Commission européenne": a text that names its author speaks for them.
        Matcher textNoun = textOf(text, s);
        Entity authored = textNoun == null ? null : textAuthor(article, text, s, textNoun, entities);
        if (authored != null) {
          best = authored;
          named = true;
        }
        String words = bare;
        // "le directeur général de Crédit agricole SA", the very role the run gave Georges Pauget.
        if (best == null && definite) {
          best = sameRole(article, words, entities);
          named = best != null;
        }
        // "a ajouté la présidence" in an article that names l'Elysée: the seat that stands for it.
        if (best == null && definite) {
          best = seat(article, words, entities);
          named = best != null;
        }
        String key = NameKey.of(described);
        boolean member = groupMembers.stream().anyMatch(g -> key.equals(g) || key.startsWith(g + " "));
        java.util.regex.Matcher national = NATIONAL.matcher(s.name().strip());
        // "un communiqué du gouvernement tibétain", an author the model did not tag: their words.
        String authorWords = best == null && textNoun != null ? authorIn(text, s, textNoun) : null;
        // One word ("le journaliste") is a role many share; the article's other journalist may be the one in apposition.
        if (best == null && !member && definite && !DEMONSTRATIVE.matcher(words).lookingAt() && words.strip().split("\\s+").length > 1) {
          best = describedAs(article, text, s, words, entities);
          named = best != null;
        }
        String head = words.split("[\\s']+")[0].toLowerCase(java.util.Locale.ROOT);
        // The people the speaker's words name: "les présidents russe Vladimir Poutine et turc …", "l'entourage de Bernard Laporte".
        List<Entity> people = peopleIn(article, s, entities);
        // Several people the words name, or a text's signers: each one's entity.
        List<Entity> several = people.size() >= 2 ? people : List.of();
        if (member) {
          best = null; // the words stand: which of them spoke, the article does not say
        } else if (authorWords != null) {
          words = authorWords;
        } else if (national.matches() && countries.byDemonym(national.group(1)).isPresent()) {
          best = antecedent(article, text, s.start(), PERSON, java.util.Optional.empty(), e -> true, genders, entities, found);
          named = best != null;
        } else if (best == null && definite && institutions.contains(head)) {
          named = false; // "selon le rectorat": a body the words name by themselves
        } else if (best == null && definite && (descriptionWords(words) <= maxDescriptionWords || roleNouns.isRole(NameKey.of(head)) && throughThing(words)) && !namesItself(words)) {
          best = byRole(article, s.start(), true, text, described, head, entities, countries);
          if (best == null && collectiveHeads.contains(head)) best = namedAfter(article, text, head, s.start(), entities);
          if (best == null) best = byNameHead(article, words, entities, countries);
          // "Dans une lettre diffusée par …, un habitant de Lhassa décrit …" then "dit la lettre": its writer.
          SpeakerSpan writer = best == null && textNouns.contains(head) ? writer(analysis, s.start()) : null;
          if (writer != null) best = personIn(article, writer, entities);
          if (best == null && writer == null && textNouns.contains(head)) best = author(article, text, s.start(), entities);
          // An author the model did not tag ("l'inspection générale des Caisses d'Epargne") is named by its words.
          // "indique la lettre, signée du DG de TF1, Nonce Paolini, du …": a signed text speaks for its signers.
          String unnamed = best == null && writer != null ? writer.name() : null;
          if (best == null && unnamed == null && textNouns.contains(head)) {
            List<Entity> signed = signers(article, text, head, s, entities);
            if (!signed.isEmpty()) unnamed = nameList.join(signed.stream().map(Entity::name).toList());
            if (signed.size() >= 2 && several.isEmpty()) several = signed;
            if (unnamed == null) unnamed = authorWords(text, s.start());
          }
          if (unnamed != null) words = unnamed;
          if (best == null && unnamed == null && collectiveHeads.contains(head)) best = speakerNear(text, head, s.start(), entities, quotes);
          // "le ministre" is a man, "la ministre de la Santé" a woman: the determiner's gender.
          java.util.Optional<org.dossier.extract.entities.Genders.Gender> gender = genderLexicon.description(described);
          // Not someone the article gives the same role of another kind: "le député UMP" is not "le
          // député socialiste de la Nièvre". A role with another head says nothing: one person has several.
          String description = words;
          Entity about = accordingCues.contains(q.cue() == null ? "" : q.cue().toLowerCase(java.util.Locale.ROOT)) ? personOpening(article, text, q, entities) : null;
          // Any role this article gives them may be the one described.
          java.util.function.Predicate<Entity> fits = e -> {
            List<String> theirs = roles(e, article);
            // A role whose complement is the description serves someone else: "le trader" is not
            // "le conseiller du trader".
            if (theirs.stream().anyMatch(r -> completedBy(r, head))) return false;
            // "Vaclav Havel … a dû être hospitalisé, selon le porte-parole": who the words are about
            // is not their source.
            if (about != null && about == e) return false;
            return theirs.stream().noneMatch(r -> NameKey.of(r).split(" ")[0].equals(NameKey.of(head))) || theirs.stream().anyMatch(r -> compatible(description, r, countries));
          };
          // "la banque" is the bank named before; "le parquet général" names a body of its own, not
          // the last one named ("la Société Générale").
          // A paper's qualifier describes the one named before: "le quotidien économique", "le journal satirique".
          boolean qualified = collectiveHeads.contains(head) && !publicationHeads.contains(head) && descriptionWords(words) > 1;
          // "L'entourage de Bernard Laporte": a description whose complement names a person in full,
          // not by a role, is its own speaker, never the last person named before it. (A lone name
          // may be a body the model took for a person: "l'ex-otage des Farc".)
          // Not when the name completes a thing the head completes: "l'auteur du programme de Lionel
          // Jospin" is someone the article describes, not Jospin's.
          boolean ownedByName = !roleNouns.isRole(NameKey.of(head)) && people.size() == 1 && people.get(0).name().contains(" ") && COMPLEMENT.split(words, 2).length == 2 && !throughThing(words);
          // "l'entourage de la ministre": the circle of the person the role stands for, who is not
          // its speaker; named as "l'entourage de Bernard Laporte" is.
          String ownerRole = best == null && unnamed == null && people.isEmpty() && !roleNouns.isRole(NameKey.of(head)) ? ownerRole(words) : null;
          if (ownerRole != null) {
            // The one the article gives that role before, else the last person of its gender.
            String ownerHead = LEADING_ARTICLE.matcher(ownerRole).replaceFirst("").split("[\\s']+")[0];
            Entity owner = byRole(article, s.start(), true, text, ownerRole, ownerHead, entities, countries);
            if (owner == null) owner = antecedent(article, text, s.start(), PERSON, genderLexicon.description(ownerRole), e -> true, genders, entities, found);
            if (owner != null) {
              words = of(COMPLEMENT.split(words, 2)[0], owner.name());
              ownedByName = true;
            }
          }
          if (best == null && unnamed == null && !qualified && !ownedByName) best = antecedent(article, text, s.start(), !collectiveHeads.contains(head) ? PERSON : publicationHeads.contains(head) ? PUBLICATION : BODY, gender, fits, genders, entities, found);
          // "L'ex-candidate à la présidentielle a annoncé" under "Ségolène Royal a été reçue par le dalaï-lama".
          if (best == null && unnamed == null && !qualified && !ownedByName && !collectiveHeads.contains(head) && s.start() < firstPerson) best = headlinePerson(headline, article, words, countries, gender, fits, genders);
          if (best == null && !ownedByName) best = byRole(article, s.start(), false, text, described, head, entities, countries); // "l'avocate", "le communiqué"
          boolean plural = gender.isPresent() && gender.get() == org.dossier.extract.entities.Genders.Gender.PLURAL;
          // Not a role ("a rétorqué le procureur", "a regretté le maire"): someone else, often replying.
          if (best == null && unnamed == null && !qualified && !ownedByName && !plural && !collectiveHeads.contains(head) && !roleNouns.isRole(NameKey.of(head))) best = lastSpeaker(article, s.start(), genders, entities, found);
          named = best != null;
        } else if (best == null && definite && people.isEmpty() && (opensWithRole(roleAdjective.matcher(words).replaceFirst("")) || DEMONSTRATIVE.matcher(words).lookingAt())) {
          // "le premier secrétaire sortant du PS", "le futur ministre de la Santé": a role long or
          // named enough to be someone the article never names, unless the person just spoken of
          // holds it, as the sentences right before make them their subject. "ce spécialiste de la
          // Colombie" points back to them by its determiner.
          best = topic(article, analysis, s.start(), genderLexicon.description(described), genders, entities, found);
          // "le ministre cambodgien des Affaires étrangères" two sentences after "le ministre des
          // affaires étrangères cambodgien Hor Namhong": failing that, the one person named before
          // whose role it can be.
          if (best == null) best = holderBefore(article, s.start(), words, entities, countries);
          if (best == null && s.start() < firstPerson) best = headlinePerson(headline, article, words, countries, genderLexicon.description(described), e -> true, genders);
          named = best != null;
        } else if (best == null && POSSESSIVE.matcher(s.name().strip()).matches()) {
          // "son cabinet", "ses proches": the body or people of the person named last before; "un de
          // ses proches" is one of them.
          Matcher possessive = POSSESSIVE.matcher(s.name().strip());
          possessive.matches();
          Entity owner = antecedent(article, text, s.start(), PERSON, java.util.Optional.empty(), e -> true, genders, entities, found);
          if (owner != null) {
            String noun = possessive.group("noun");
            if (possessive.group("one") != null) noun = possessive.group("one").toLowerCase(java.util.Locale.ROOT) + " " + PLURAL_END.matcher(noun).replaceAll("");
            words = of(noun, owner.name());
          } else if (possessive.group("one") != null) {
            words = s.name().strip(); // "un de ses proches", not "de ses proches"
          }
        } else if (best == null && Character.isLowerCase(words.codePointAt(0))) {
          best = byNameHead(article, words, entities, countries); // "confie-t-on au ministère"
          named = best != null;
        }
        // "la porte-parole de la banque": of the body the article names with that noun before ("la
        // banque Société Générale"), else, for a company, of the one it names most.
        if (best == null) {
          Matcher owned = BODY_ROLE.matcher(words.strip());
          String noun = owned.matches() ? owned.group("noun").toLowerCase(java.util.Locale.ROOT) : "";
          if (owned.matches() && opensWithRole(owned.group("role")) && collectiveHeads.contains(noun) && !textNouns.contains(noun)) {
            Entity body = namedAfter(article, text, owned.group("noun"), s.start(), entities);
            if (body == null && companyNouns.contains(noun)) body = mainBody(article, s.start(), entities);
            if (body != null) words = ofBody(owned.group("role"), body, article, text);
          }
        }
        // "selon un sondage à paraître dans le JDD": the institute the article names with its poll
        // ("selon un sondage Ifop"), before the speaker's words or else after them.
        if (best == null && pollNouns.contains(head)) {
          best = namedAfter(article, text, head, s.start(), entities);
          if (best == null) best = namedAfter(article, text, head, text.length(), entities);
          named = best != null;
        }
        words = TRAILING_PARENTHESIS.matcher(words).replaceFirst("");
        String name = named ? best.name() : words;
        if (best == null && !several.isEmpty()) {
          speaker = pairFinder.group(several); // "les présidents russe Vladimir Poutine et turc Recep Tayyip Erdogan", a letter's signers
        } else {
          if (best == null && !member && (Character.isLowerCase(name.codePointAt(0)) || DEMONSTRATIVE.matcher(name).lookingAt())) name = fullNamesIn(article, s, fullest(analysis, s, definite, name), entities);
          speaker = new Quote.Speaker(best == null ? null : best.id(), name);
        }
      }
      quotes.add(new Quote(id(article, q.start(), q.end()), q.text(), speaker, q.cue(), q.direct(), article, q.start(), q.end(), null));
    }
    namedNext(article, text, found, quotes, entities, genders);
    pairs(article, text, found, quotes, entities);
    return quotes;
  }

  /**
   * "le vice-président du comité d'organisation a estimé que…" then "«…», a déclaré Wang Wei.": a
   * role no one named before holds is the person who speaks next, close by, named for the first
   * time there, when the role's gender does not contradict theirs.
   */
  private void namedNext(String article, String text, List<FoundQuote> found, List<Quote> quotes, List<Entity> entities, org.dossier.extract.entities.Genders.OfArticle genders) {
    for (int i = 0; i < quotes.size(); i++) {
      Quote.Speaker sp = quotes.get(i).speaker();
      SpeakerSpan s = found.get(i).speaker();
      if (sp == null || sp.entity() != null || s == null) continue;
      String described = withArticle(text, s);
      if (!DEFINITE.matcher(described).matches() || !opensWithRole(LEADING_ARTICLE.matcher(s.name().strip()).replaceFirst(""))) continue;
      java.util.Optional<org.dossier.extract.entities.Genders.Gender> gender = genderLexicon.description(described);
      if (gender.isPresent() && gender.get() == org.dossier.extract.entities.Genders.Gender.PLURAL) continue;
      // Measured from the role's words where they come after the quote ("«…», d'après la ministre de l'Economie").
      int from = Math.max(quotes.get(i).end(), s.end());
      for (int j = i + 1; j < quotes.size() && quotes.get(j).start() - from <= cataphoraReach; j++) {
        Quote.Speaker next = quotes.get(j).speaker();
        Entity person = next == null || next.entity() == null ? null : entities.stream().filter(e -> e.id().equals(next.entity()) && e.type() == EntityType.PER).findFirst().orElse(null);
        if (person == null) continue;
        List<EntityMention> here = person.mentions().stream().filter(m -> m.article().equals(article)).toList();
        boolean namedBefore = here.stream().anyMatch(m -> m.start() < s.start());
        boolean agrees = gender.isEmpty() || here.stream().map(m -> genders.of(asPerson(m))).noneMatch(g -> g.isPresent() && g.get() != gender.get());
        if (!namedBefore && agrees) {
          Quote q = quotes.get(i);
          quotes.set(i, new Quote(q.id(), q.text(), next, q.cue(), q.direct(), q.article(), q.start(), q.end(), q.date()));
        }
        break;
      }
    }
  }

  /** "les deux hommes": once every quote has its speaker, the two the pair stands for. */
  private void pairs(String article, String text, List<FoundQuote> found, List<Quote> quotes, List<Entity> entities) {
    for (int i = 0; i < quotes.size(); i++) {
      SpeakerSpan s = found.get(i).speaker();
      Quote.Speaker pair = s == null ? null : pairFinder.name(withArticle(text, s), article, text, s.start(), entities, quotes);
      if (pair == null) continue;
      Quote q = quotes.get(i);
      quotes.set(i, new Quote(q.id(), q.text(), pair, q.cue(), q.direct(), q.article(), q.start(), q.end(), q.date()));
    }
  }

  /**
   * A description in the fullest words its article gives it: a definite one as named anywhere ("les
   * députés de la commission" → "députés de la commission des lois"), a demonstrative one as named
   * before ("ce rapport" → "rapport interne d'inspection"), an indefinite one only where it stands
   * ("des touristes", cut short by the cue).
   */
  private String fullest(org.dossier.analyse.Analysis analysis, SpeakerSpan s, boolean definite, String words) {
    Matcher demonstrative = DEMONSTRATIVE.matcher(words);
    if (demonstrative.lookingAt()) {
      String noun = words.substring(demonstrative.end());
      String fuller = descriptions.fullest(analysis, noun, s.start(), s.end(), Descriptions.Scope.BEFORE);
      return fuller.equals(noun) ? words : fuller;
    }
    return descriptions.fullest(analysis, words, s.start(), s.end(), definite ? Descriptions.Scope.ANYWHERE : Descriptions.Scope.HERE);
  }

  /**
   * "a déclaré le septuple vainqueur du Tour de France" in an article that wrote "Lance Armstrong,
   * septuple vainqueur du Tour de France": the one person the article gives these words as an
   * apposition ("X, description") or a title ("description X", "description, X"), wherever
   * it does; null when it gives them to no one or to several.
   */
  private Entity describedAs(String article, String text, SpeakerSpan s, String words, List<Entity> entities) {
    Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(words) + "(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
    java.util.Set<Entity> people = new java.util.LinkedHashSet<>();
    while (m.find()) {
      if (m.start() < s.end() && s.start() < m.end()) continue;
      // The words must open the description: "ministre cambodgien" in "le Premier ministre cambodgien Hun Sen" is another role.
      String before = m.start() < roleReach ? "|" + text.substring(0, m.start()) : text.substring(m.start() - roleReach, m.start()); // "|": the text's start
      if (!wordsOpen.matcher(before).find()) continue;
      for (Entity e : entities) {
        if (e.type() != EntityType.PER) continue;
        for (EntityMention x : e.mentions()) {
          if (!x.article().equals(article)) continue;
          if (x.end() <= m.start() && APPOSED.matcher(text.substring(x.end(), m.start())).matches() || x.start() >= m.end() && TITLED.matcher(text.substring(m.end(), x.start())).matches()) people.add(e);
        }
      }
    }
    return people.size() == 1 ? people.iterator().next() : null;
  }

  /** "conseiller de M. Sarkozy" → "conseiller de Nicolas Sarkozy": the people a description names, by their names. */
  private String fullNamesIn(String article, SpeakerSpan s, String words, List<Entity> entities) {
    String out = words;
    for (Entity e : entities) {
      if (e.type() != EntityType.PER) continue;
      for (EntityMention m : e.mentions()) {
        if (!m.article().equals(article) || m.start() < s.start() || m.end() > s.end() || m.text().equals(e.name())) continue;
        Matcher at = Pattern.compile("(?<of>(?<=\\s)de\\s+|(?<=\\s)d')?" + Pattern.quote(m.text()) + "(?![\\p{L}])").matcher(out);
        if (!at.find()) continue;
        String of = at.group("of") == null ? "" : ELIDES.matcher(e.name()).lookingAt() ? "d'" : "de ";
        out = out.substring(0, at.start()) + of + e.name() + out.substring(at.end());
      }
    }
    return out;
  }

  /** An entity's mention as a person's mention, for working out its gender. */
  private org.dossier.extract.entities.Mention asPerson(EntityMention m) {
    return new org.dossier.extract.entities.Mention(m.start(), m.end(), m.text(), EntityType.PER, "resolved");
  }

  /**
   * "ajoute ce conseiller" after "admet un autre conseiller élyséen": a noun named again is the last
   * speaker described with it; failing one, the words that first described them ("selon les mêmes
   * sources" after "citant des sources anonymes à Lhassa").
   */
  private Quote.Speaker sameDescription(String text, SpeakerSpan s, List<FoundQuote> before, List<Quote> linked) {
    Matcher m = againPattern.matcher(s.name().strip());
    if (!m.matches()) return null;
    String head = " " + singularKey(m.group("noun")) + " "; // "porte-parole" is two words of a key
    for (int i = before.size() - 1; i >= 0; i--) {
      SpeakerSpan earlier = before.get(i).speaker();
      if (earlier != null && earlier.start() < s.start() && (" " + singularKey(earlier.name()) + " ").contains(head)) return linked.get(i).speaker();
    }
    if (m.group("text") == null) return null;
    Matcher noun = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(singular(m.group("noun"))) + "[sx]?(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).region(0, s.start());
    int last = -1;
    while (noun.find()) last = noun.start();
    if (last < 0) return null;
    Matcher end = describedEnd.matcher(text).region(last, s.start());
    String words = text.substring(last, end.find() ? end.start() : s.start()).strip();
    return words.split("\\s+").length > maxAuthorWords ? null : new Quote.Speaker(null, words);
  }

  private Pattern textOfPattern(java.util.Set<String> nouns) {
    String adjective = "\\s+(?!(?:" + functionWords + ")(?![\\p{L}'-]))\\p{Ll}[\\p{L}-]*";
    String noun = org.dossier.lang.Alternation.of(nouns);
    return Pattern.compile("(?<![\\p{L}])(?iu:" + noun + ")(?:" + adjective + "){0,2}?\\s+(?:de\\s+la\\s+|de\\s+l'|du\\s+|des\\s+|de\\s+|d')");
  }

  private Pattern again(String language) {
    return Pattern.compile("^(?i:(?<text>" + org.dossier.lang.Alternation.of(repeatDeterminers(language, "text")) + ")|" + org.dossier.lang.Alternation.of(repeatDeterminers(language, "speakers")) + ")\\s+(?<noun>\\p{Ll}[\\p{L}-]*)$", Pattern.UNICODE_CASE);
  }

  private List<String> repeatDeterminers(String language, String kind) {
    return org.dossier.lang.DataFile.ofKind(org.dossier.lang.DataFile.rows(language, "repeat-determiners.tsv"), 1, kind, 0);
  }

  /**
   * "s'écrie une autre" after "une militante, galvanisée, a lancé": one more of those the last
   * speaker opening with the same determiner was described as ("une autre militante").
   */
  private Quote.Speaker another(SpeakerSpan s, List<FoundQuote> before) {
    String words = s.name().strip();
    if (!anotherPattern.matcher(words).matches()) return null;
    String determiner = words.split("\\s+")[0];
    for (int i = before.size() - 1; i >= 0; i--) {
      SpeakerSpan earlier = before.get(i).speaker();
      // "ajoute un autre" after "peste un autre": the one they were both one more of.
      if (earlier == null || earlier.start() >= s.start() || anotherPattern.matcher(earlier.name().strip()).matches()) continue;
      String[] described = earlier.name().strip().split("\\s+", 2);
      if (described.length == 2 && described[0].equalsIgnoreCase(determiner) && Character.isLowerCase(described[1].codePointAt(0))) return new Quote.Speaker(null, words + " " + described[1]);
    }
    return null;
  }

  private String singularKey(String words) {
    return String.join(" ", java.util.Arrays.stream(NameKey.of(words).split(" ")).map(SpeakerLinker::singular).toList());
  }

  /** A French noun's singular, as far as a final "s" or "x" goes: "sources", "banques", "journaux" stays "journau". */
  static String singular(String word) {
    return word.replaceFirst("[sx]$", "");
  }

  /**
   * A definite description's referent: the organisation (for "le communiqué", "l'association") or
   * the person (for "l'avocate", "le magistrat") named last before it in the article.
   */
  private Entity antecedent(String article, String text, int at, java.util.Set<EntityType> wanted, java.util.Optional<org.dossier.extract.entities.Genders.Gender> gender, java.util.function.Predicate<Entity> fits, org.dossier.extract.entities.Genders.OfArticle genders, List<Entity> entities, List<FoundQuote> quotes) {
    java.util.TreeMap<Integer, Entity> before = new java.util.TreeMap<>();
    java.util.TreeMap<Integer, java.util.Optional<org.dossier.extract.entities.Genders.Gender>> genderAt = new java.util.TreeMap<>();
    Entity after = null;
    int afterStart = Integer.MAX_VALUE;
    // "Depuis New Dehli, le chef de l'État a fustigé": a person named after a preposition in the
    // description's own sentence is spoken of there, not described.
    int ownSentence = sentenceStart(text, Math.max(0, at - 1));
    for (Entity e : entities) {
      if (!wanted.contains(e.type()) || !fits.test(e)) continue;
      for (EntityMention m : e.mentions()) {
        // A name inside quoted words is what was said about someone, not who is speaking.
        if (!m.article().equals(article) || insideDirect(quotes, m)) continue;
        if (wanted == PERSON && m.start() >= ownSentence && m.end() <= at && obliques.atOrAgent(text, m.start())) continue;
        if (m.end() <= at) {
          before.put(m.start(), e);
          genderAt.put(m.start(), wanted == PERSON ? genders.of(asPerson(m)) : java.util.Optional.empty());
        } else if (m.start() >= at && m.start() < afterStart) {
          after = e;
          afterStart = m.start();
        }
      }
    }
    // A lead may name a body only later: "…, dénonce l'association." then "La Ligue des droits de
    // l'Homme…". Looking ahead for a person measured worse: a person described first ("le chef
    // spirituel tibétain") is rarely the next one named.
    if (before.isEmpty()) return wanted == PERSON ? null : after;
    // "Selon Les Echos, …" then "ajoute le quotidien économique": the paper already heard, not the
    // bank it writes about.
    if (wanted == PUBLICATION) {
      for (java.util.Map.Entry<Integer, Entity> e : before.descendingMap().entrySet()) {
        int start = e.getKey();
        if (quotes.stream().anyMatch(q -> q.speaker() != null && q.speaker().start() <= start && start < q.speaker().end())) return e.getValue();
      }
    }
    if (wanted != PERSON) return before.lastEntry().getValue();
    // "les éléments", "les enquêteurs": several speakers are no one person named before.
    if (gender.isPresent() && gender.get() == org.dossier.extract.entities.Genders.Gender.PLURAL) return null;
    // A description that gives no gender ("l'ex-otage") is the person the article has named most so
    // far, the one it is about, rather than the last one named.
    if (gender.isEmpty()) {
      java.util.Map<Entity, Long> counts = new java.util.HashMap<>();
      before.forEach((start, e) -> {
        if (genderAt.get(start).isPresent()) counts.merge(e, 1L, Long::sum);
      });
      Entity salient = null;
      long most = 0;
      for (Integer start : before.descendingKeySet()) {
        Entity e = before.get(start);
        if (counts.getOrDefault(e, 0L) > most) {
          most = counts.get(e);
          salient = e;
        }
      }
      if (salient != null) return salient;
    }
    // The last person of that gender (of any known one when none is asked); failing one, the last
    // of no known gender, as often a body the model took for a person ("les Farc").
    // A description that gives its gender ("la voix off du reportage") takes only a person the
    // article gives that gender: a name of no known gender is then as likely not its referent.
    // Someone who has spoken already first: "commente l'ancien trader" after Nick Leeson's quotes
    // is Leeson, not Jérôme Kerviel, named since but only spoken of.
    java.util.Set<Entity> spoke = new java.util.HashSet<>();
    for (FoundQuote q : quotes) {
      SpeakerSpan sp = q.speaker();
      if (sp == null || sp.end() > at || q.start() > at) continue;
      before.forEach((start, e) -> {
        if (namedIn(e, article, sp)) spoke.add(e);
      });
    }
    // "contre 46,4% pour McCain" then "a déclaré le président élu": someone named nearby as a
    // subject first, before a person named after a preposition.
    java.util.Set<Integer> nearbySubjects = new java.util.HashSet<>();
    for (Integer start : before.keySet()) {
      if (obliques.nearbySubject(text, start, at)) nearbySubjects.add(start);
    }
    for (boolean spoken : gender.isPresent() ? new boolean[] {true, false} : new boolean[] {false}) {
      for (boolean subjects : new boolean[] {true, false}) {
        for (boolean strict : gender.isPresent() ? new boolean[] {true} : new boolean[] {true, false}) {
          for (Integer start : before.descendingKeySet()) {
            if (subjects && !nearbySubjects.contains(start)) continue;
            java.util.Optional<org.dossier.extract.entities.Genders.Gender> g = genderAt.get(start);
            if ((!spoken || spoke.contains(before.get(start))) && (g.isPresent() ? gender.isEmpty() || g.get() == gender.get() : !strict)) return before.get(start);
          }
        }
      }
    }
    return null;
  }

  /**
   * The person who spoke last before {@code at}, if they are also the last person named, though the
   * article gives them no gender; or null. A description right after their quote goes on with them
   * ("« … », assure Yvon Netzer. « … », explique l'ingénieur") when no gender can pick anyone.
   */
  private Entity lastSpeaker(String article, int at, org.dossier.extract.entities.Genders.OfArticle genders, List<Entity> entities, List<FoundQuote> quotes) {
    FoundQuote previous = null;
    for (FoundQuote q : quotes) {
      if (q.speaker() != null && q.speaker().end() <= at && q.start() < at && (previous == null || q.speaker().start() > previous.speaker().start())) previous = q;
    }
    if (previous == null) return null;
    Entity last = null;
    EntityMention lastMention = null;
    for (Entity e : entities) {
      if (e.type() != EntityType.PER) continue;
      for (EntityMention m : e.mentions()) {
        if (m.article().equals(article) && m.end() <= at && !insideDirect(quotes, m) && (lastMention == null || m.start() > lastMention.start())) {
          last = e;
          lastMention = m;
        }
      }
    }
    return last != null && genders.of(asPerson(lastMention)).isEmpty() && namedIn(last, article, previous.speaker()) ? last : null;
  }

  /**
   * The person of the description's gender named last before {@code at}, close by and not after a
   * preposition. Another name opening a sentence since ("Pékin a averti : « … », a déclaré la
   * porte-parole du ministère") has changed the subject.
   */
  private Entity topic(String article, org.dossier.analyse.Analysis analysis, int at, java.util.Optional<org.dossier.extract.entities.Genders.Gender> gender, org.dossier.extract.entities.Genders.OfArticle genders, List<Entity> entities, List<FoundQuote> quotes) {
    if (gender.isEmpty() || gender.get() == org.dossier.extract.entities.Genders.Gender.PLURAL) return null;
    String text = analysis.text();
    Entity last = null;
    int lastStart = -1;
    for (Entity e : entities) {
      if (e.type() != EntityType.PER) continue;
      for (EntityMention m : e.mentions()) {
        if (!m.article().equals(article) || m.end() > at || at - m.start() > topicReach || m.start() <= lastStart || obliques.atOrAgent(text, m.start())) continue;
        if (insideDirect(quotes, m)) continue;
        if (!genders.of(asPerson(m)).equals(gender)) continue;
        last = e;
        lastStart = m.start();
      }
    }
    if (last == null) return null;
    Entity topic = last;
    int from = lastStart;
    // "a déclaré un des avocats de la banque" since: someone else has the floor.
    for (FoundQuote q : quotes) {
      SpeakerSpan sp = q.speaker();
      if (sp == null || sp.start() <= from || sp.end() > at) continue;
      if (!namedIn(topic, article, sp)) return null;
    }
    for (org.dossier.analyse.Sentence sentence : analysis.sentences()) {
      if (sentence.start() <= from || sentence.start() >= at) continue;
      boolean opensWithOther = entities.stream().anyMatch(e -> e != topic && e.mentions().stream().anyMatch(m -> m.article().equals(article) && m.start() == sentence.start()));
      if (opensWithOther) return null;
    }
    return topic;
  }

  /** Where the sentence that holds {@code pos} starts, after the last ". " or line break at or before it. */
  private int sentenceStart(String text, int pos) {
    return Math.max(text.lastIndexOf(". ", pos), text.lastIndexOf('\n', pos)) + 1;
  }

  /** Whether a mention stands inside directly quoted words: what was said about someone, not who spoke. */
  private boolean insideDirect(List<FoundQuote> quotes, EntityMention m) {
    return quotes.stream().anyMatch(q -> q.direct() && q.start() <= m.start() && m.end() <= q.end());
  }

  /**
   * The people of the run the headline names and the article names too, in the headline's order.
   * A lead that describes someone before it names anyone ("le nouveau président a confié …" under
   * "Avec Hillary, Obama choisit l'expérience") refers to them.
   */
  private List<Entity> headline(String article, String title, List<Entity> entities) {
    if (title == null || title.isBlank()) return List.of();
    java.util.TreeMap<Integer, Entity> at = new java.util.TreeMap<>();
    for (Entity e : entities) {
      if (e.type() != EntityType.PER || !inArticle(e, article)) continue;
      // A headline names people short: "Obama" for "Barack Obama".
      java.util.Set<String> names = new java.util.LinkedHashSet<>(e.variants());
      names.add(e.name().substring(e.name().lastIndexOf(' ') + 1));
      for (String v : names) {
        int i = wordAt(title, v);
        // Its subjects, not a preposition's object ("Obama", not "Hillary", in "Avec Hillary, Obama
        // choisit l'expérience"), nor a surname after a determiner ("La Hollande éliminée").
        if (i >= 0 && !obliques.atOrAgent(title, i) && !LEADING_ARTICLE.matcher(title.substring(Math.max(0, i - 4), i)).find()) at.merge(i, e, (x, y) -> x);
      }
    }
    return List.copyOf(new java.util.LinkedHashSet<>(at.values()));
  }

  /** Where {@code words} first stand in {@code text} as whole words; or -1. */
  private int wordAt(String text, String words) {
    for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
      int end = i + words.length();
      if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) return i;
    }
    return -1;
  }

  /**
   * The first person of the headline a description can be: of the gender the description gives, as
   * the article names them, and known by it: a role the article or the run gives them, or a role
   * said to be past or new ("l'ex-candidate à la présidentielle", "le nouveau président"). A plain
   * role ("Le juge d'instruction", "Le Premier ministre") as often brings in someone new. A
   * description of no gender ("l'ensemble des professions") and one before a person of no known
   * gender ("la jeune femme" under "La mère de Mohamed …") stay words.
   */
  private Entity headlinePerson(List<Entity> headline, String article, String words, Countries countries, Optional<Gender> gender, java.util.function.Predicate<Entity> fits, Genders.OfArticle genders) {
    if (gender.isEmpty() || gender.get() == Gender.PLURAL) return null;
    boolean pastOrNew = roleAdjective.matcher(words).lookingAt();
    for (Entity e : headline) {
      if (!fits.test(e)) continue;
      Optional<Gender> theirs = e.mentions().stream().filter(m -> m.article().equals(article)).map(m -> genders.of(asPerson(m))).flatMap(Optional::stream).findFirst();
      if (theirs.isEmpty()) return null;
      if (theirs.get() == gender.get()) return pastOrNew || heldRole(e, article, words, countries) != null ? e : null;
    }
    return null;
  }

  /** Whether the entity is named in the article. */
  private boolean inArticle(Entity e, String article) {
    return e.mentions().stream().anyMatch(m -> m.article().equals(article));
  }

  /** Whether an entity is named in a speaker's words of this article. */
  private boolean namedIn(Entity e, String article, SpeakerSpan sp) {
    return e.mentions().stream().anyMatch(m -> m.article().equals(article) && m.start() < sp.end() && sp.start() < m.end());
  }

  /** The speaker's words with the article the text puts before them: a body's name leaves it out ("la | ministre de la Justice"). */
  private String withArticle(String text, SpeakerSpan s) {
    Matcher article = articleBefore.matcher(text.substring(Math.max(0, s.start() - articleReach), s.start()));
    if (DEFINITE.matcher(s.name()).matches() || !article.find()) return s.name();
    String adjective = article.group(2) == null ? "" : article.group(2);
    return article.group(1) + (article.group(1).endsWith("'") ? "" : " ") + adjective + s.name();
  }

  /**
   * The roles this article gives a person, then the run's main one. Not every role of the run: "le
   * chef de l'Etat" is not the dalaï lama some other article calls "chef spirituel".
   */
  private List<String> roles(Entity e, String article) {
    java.util.Set<String> all = new java.util.LinkedHashSet<>(rolesIn(e, article));
    if (e.role() != null) all.add(e.role());
    return List.copyOf(all);
  }

  /**
   * The role of theirs a description can be: one this article or the run's main one gives them, else
   * one another article gives them when both name its complement ("chef de l'Etat" from another
   * article is the "chef de l'Etat" here; "chef spirituel" is not); or null.
   */
  private String heldRole(Entity e, String article, String description, Countries countries) {
    for (String r : roles(e, article)) {
      if (compatible(description, r, countries)) return r;
    }
    if (COMPLEMENT.split(LEADING_ARTICLE.matcher(description.strip()).replaceFirst(""), 2).length < 2) return null;
    for (String r : runRoles(e)) {
      if (COMPLEMENT.split(r.strip(), 2).length == 2 && compatible(description, r, countries)) return r;
    }
    return null;
  }

  private List<String> runRoles(Entity e) {
    return e.mentions().stream().map(EntityMention::role).filter(java.util.Objects::nonNull).distinct().toList();
  }

  private List<String> rolesIn(Entity e, String article) {
    return e.mentions().stream().filter(m -> m.article().equals(article) && m.role() != null).map(EntityMention::role).distinct().toList();
  }

  /** The one person named in the article before {@code at} whose role the description can be; or null. */
  private Entity holderBefore(String article, int at, String description, List<Entity> entities, Countries countries) {
    List<Entity> found = entities.stream().filter(e -> e.type() == EntityType.PER && heldRole(e, article, description, countries) != null && e.mentions().stream().anyMatch(m -> m.article().equals(article) && m.end() <= at)).toList();
    return found.size() == 1 ? found.get(0) : null;
  }

  /** The one entity of the article that has the speaker's words, a capitalised name, among its variants; or null. */
  private Entity namedElsewhere(String article, SpeakerSpan s, List<Entity> entities) {
    if (s.name().isEmpty() || !Character.isUpperCase(s.name().codePointAt(0))) return null;
    String key = NameKey.of(s.name());
    List<Entity> found = entities.stream().filter(e -> e.variants().stream().anyMatch(v -> NameKey.of(v).equals(key)) && inArticle(e, article)).toList();
    // '"PPDA" a indiqué': a name in capitals is the one person of the article whose initials it is.
    if (found.isEmpty() && INITIALS.matcher(s.name()).matches()) {
      found = entities.stream().filter(e -> e.type() == EntityType.PER && NameKey.initials(e.name()).stream().anyMatch(i -> i.toUpperCase(java.util.Locale.ROOT).equals(s.name())) && inArticle(e, article)).toList();
    }
    if (found.isEmpty()) return shortFor(article, s.name(), entities);
    return found.size() == 1 ? found.get(0) : null;
  }

  /**
   * "tranche Poivre": the one person of the article whose compound surname ("Poivre d'Arvor",
   * "Giscard d'Estaing") opens with this one word, its usual short form; or null.
   */
  private Entity shortFor(String article, String word, List<Entity> entities) {
    if (word.strip().contains(" ")) return null;
    String key = NameKey.of(word);
    List<Entity> found = entities.stream().filter(e -> e.type() == EntityType.PER && e.variants().stream().anyMatch(v -> COMPOUND_SURNAME.matcher(v).matches() && NameKey.of(v.split("\\s+")[0]).equals(key)) && inArticle(e, article)).toList();
    return found.size() == 1 ? found.get(0) : null;
  }

  /**
   * The body whose name a one-word name opens ("Conseil" for "Conseil d'Etat", "Commission" for
   * "Commission européenne"): of the article's bodies so named, the one it names most, if it
   * outnumbers the rest; or null.
   */
  private Entity bodyCalledBy(String article, Entity shortName, List<Entity> entities) {
    // Not a place: "la France" is not "France 2".
    if (shortName.type() == EntityType.LOC || !org.dossier.lang.BodyNames.opens(shortName.name())) return null;
    String name = shortName.name();
    return namedMost(entities.stream().filter(e -> e != shortName && (e.name().startsWith(name + " ") || e.name().startsWith(name + "'"))).toList(), m -> m.article().equals(article));
  }

  /**
   * The body the article names most before {@code at}, if one outnumbers the rest: not merely the
   * last one, which is as often the agency that reports ("a indiqué à l'AFP").
   */
  private Entity mainBody(String article, int at, List<Entity> entities) {
    return namedMost(entities, m -> m.article().equals(article) && m.end() <= at);
  }

  /** The body with most mentions that count, if it outnumbers the rest; or null. */
  private Entity namedMost(List<Entity> entities, java.util.function.Predicate<EntityMention> counts) {
    Entity most = null;
    long best = 0;
    boolean tie = false;
    for (Entity e : entities) {
      if (e.type() != EntityType.ORG) continue;
      long n = e.mentions().stream().filter(counts).count();
      if (n > best) {
        most = e;
        best = n;
        tie = false;
      } else if (n == best && n > 0) {
        tie = true;
      }
    }
    return tie ? null : most;
  }

  /** "porte-parole de la Société Générale": with the article the text gives the body's name. */
  private String ofBody(String noun, Entity body, String article, String text) {
    for (EntityMention m : body.mentions()) {
      if (!m.article().equals(article) || !m.text().equals(body.name())) continue;
      String before = text.substring(Math.max(0, m.start() - 4), m.start()).toLowerCase(java.util.Locale.ROOT);
      if (before.endsWith(" la ") || before.endsWith("\nla ") || before.equals("la ")) return noun + " de la " + body.name();
      if (before.endsWith("l'")) return noun + " de l'" + body.name();
      if (before.endsWith(" le ") || before.endsWith(" du ") || before.endsWith(" au ")) return noun + " du " + body.name();
    }
    return of(noun, body.name());
  }

  /** A noun completed by a name, "de" elided where French elides it: "proche d'Ingrid Betancourt", "entourage de Christine Lagarde". */
  private String of(String noun, String name) {
    return noun + (ELIDES.matcher(name).lookingAt() ? " d'" : " de ") + name;
  }

  /**
   * Whether a description's complement is a thing's noun completed in turn, "auteur | du programme
   * de Lionel Jospin", not a person, a role or a body: "entourage | du président Nicolas Sarkozy".
   */
  private boolean throughThing(String words) {
    String[] parts = COMPLEMENT.split(words, 2);
    if (parts.length < 2) return false;
    String[] inner = COMPLEMENT.split(LEADING_ARTICLE.matcher(parts[1].strip()).replaceFirst(""), 2);
    if (inner.length < 2) return false;
    String noun = inner[0].strip();
    String key = noun.toLowerCase(java.util.Locale.ROOT);
    // Not a body's noun: "le porte-parole du ministère de la Défense" speaks for the ministry.
    return !noun.isEmpty() && Character.isLowerCase(noun.codePointAt(0)) && !noun.contains(" ") && !roleNouns.isRole(NameKey.of(noun)) && !collectiveHeads.contains(key) && !institutions.contains(key);
  }

  /** The person whose name opens a quote's words or their sentence: who they are about. */
  private Entity personOpening(String article, String text, FoundQuote q, List<Entity> entities) {
    int sentence = sentenceStart(text, q.start());
    for (Entity e : entities) {
      if (e.type() != EntityType.PER) continue;
      for (EntityMention m : e.mentions()) {
        if (m.article().equals(article) && (m.start() == q.start() || m.start() == sentence)) return e;
      }
    }
    return null;
  }

  /** Whether a role's complement is the noun {@code head}: "conseiller du trader", "avocat de la victime". */
  private boolean completedBy(String role, String head) {
    String[] parts = COMPLEMENT.split(role, 2);
    if (parts.length < 2) return false;
    String[] words = LEADING_ARTICLE.matcher(parts[1].strip()).replaceFirst("").split("[\\s']+");
    return words.length > 0 && NameKey.of(words[0]).equals(NameKey.of(head));
  }

  /** The role a description's complement names, with its article: "entourage de la ministre" → "la ministre", "proches du président" → "le président"; or null. */
  private String ownerRole(String words) {
    Matcher m = OWNER_ROLE.matcher(words);
    if (!m.matches() || !opensWithRole(m.group("role"))) return null;
    return (m.group("of").equalsIgnoreCase("du") ? "le " : m.group("article")) + m.group("role");
  }

  private boolean opensWithRole(String name) {
    String[] words = NameKey.of(name).split(" ");
    return roleNouns.isRole(words[0]) || words.length > 1 && roleNouns.isRole(words[0] + " " + words[1]);
  }

  /**
   * "le quotidien" for the "quotidien La Tribune" named before: the entity named right after the
   * last earlier occurrence of the description's head, its adjectives between.
   */
  private Entity namedAfter(String article, String text, String head, int at, List<Entity> entities) {
    // Adjectives between, never a function word: "une lettre confidentielle à Jean-François Copé" names whom it was sent to.
    Matcher m = Pattern.compile("(?<![\\p{L}])(?iu:" + Pattern.quote(head) + ")(?:\\s+(?!(?:" + functionWords + ")(?![\\p{L}'-]))\\p{Ll}[\\p{L}-]*){0,2}\\s+(?<article>(?iu:le|la|les)\\s+|(?iu:l)')?").matcher(text).region(0, at);
    Entity last = null;
    while (m.find()) {
      // "le quotidien La Tribune": the name may start at its article.
      Entity named = bodyNamedAt(text, article, entities, at, m.end(), m.start("article") >= 0 ? m.start("article") : m.end());
      if (named != null) last = named;
    }
    return last;
  }

  /**
   * "le document … note" after "le rapport de l'inspection générale des Caisses d'Epargne": the body
   * named as the author of the last text before, a text speaking for its author.
   */
  private Entity author(String article, String text, int at, List<Entity> entities) {
    Matcher m = textOfNouns.matcher(text).region(0, at);
    Entity last = null;
    while (m.find()) {
      Entity named = bodyNamedAt(text, article, entities, at, m.end(), m.end());
      if (named != null) last = named;
    }
    return last;
  }

  /**
   * The author a speaker's words name after their text noun ("un communiqué du gouvernement
   * tibétain", "l'édition électronique du quotidien Le Monde": one lower-case word may stand
   * between), when at most a few words come before that noun; or null.
   */
  private Entity textAuthor(String article, String text, SpeakerSpan s, Matcher m, List<Entity> entities) {
    Matcher kind = KIND_WORD.matcher(text).region(m.end(), s.end());
    return bodyNamedAt(text, article, entities, s.end(), m.end(), kind.lookingAt() ? kind.end() : m.end());
  }

  /** The words naming the author after a speaker's text noun ("un communiqué du | gouvernement tibétain"), or null. */
  private String authorIn(String text, SpeakerSpan s, Matcher m) {
    String words = text.substring(m.end(), s.end()).strip();
    return words.isEmpty() || Character.isDigit(words.codePointAt(0)) ? null : words; // "le document de 13 pages"
  }

  /** A text noun and its "de" in a speaker's words, after at most a few words; or null. */
  private Matcher textOf(String text, SpeakerSpan s) {
    if (s.end() > text.length()) return null;
    Matcher m = textOfNouns.matcher(text).region(s.start(), s.end());
    return m.find() && wordsBefore(text, s.start(), m.start()) <= maxWordsBeforeText ? m : null;
  }

  /** The last entity (of the list's order), not a place, the article names from one of two offsets and before {@code at}. */
  private Entity bodyNamedAt(String text, String article, List<Entity> entities, int at, int start, int otherStart) {
    Entity last = null;
    for (Entity e : entities) {
      // Not the start of a role the model took for a name: "au Premier | ministre".
      if (e.type() != EntityType.LOC && e.mentions().stream().anyMatch(x -> x.article().equals(article) && (x.start() == start || x.start() == otherStart) && x.end() <= at && !roleNouns.opensWith(text.substring(x.start(), Math.min(text.length(), x.end() + roleReach))))) last = e;
    }
    return last;
  }

  /**
   * The people who signed the last text of this kind the article names up to the speaker's words
   * ("la lettre, signée du DG de TF1, Nonce Paolini, du président du directoire de M6, Nicolas de
   * Tavernost, et …"): every person its sentence names after the signature, in order; none when no such text is signed.
   */
  private List<Entity> signers(String article, String text, String head, SpeakerSpan s, List<Entity> entities) {
    Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(head) + "\\s*,?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?" + SIGNED, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
    int from = -1;
    while (m.find() && m.start() < s.end()) from = m.end();
    if (from < 0) return List.of();
    Matcher end = SENTENCE_END.matcher(text).region(from, text.length());
    return peopleIn(article, new SpeakerSpan("", from, end.find() ? end.start() : text.length()), entities);
  }

  /** The words after the last "rapport de …" before, up to a comma or a relative pronoun, without their article; or null. */
  private String authorWords(String text, int at) {
    Matcher m = textOfNouns.matcher(text).region(0, at);
    int last = -1;
    while (m.find()) last = m.end();
    if (last < 0) return null;
    Matcher stop = AUTHOR_END.matcher(text).region(last, at);
    String words = text.substring(last, stop.find() ? stop.start() : at).strip();
    return words.isEmpty() || words.split("\\s+").length > maxAuthorWords || Character.isDigit(words.codePointAt(0)) ? null : words;
  }

  /**
   * The writer of the last text a sentence brings in before {@code at} as its means ("Dans une
   * lettre diffusée par l'organisation International Campaign for Tibet, un habitant de Lhassa
   * décrit …"): the subject after the comma, up to its verb; or null.
   */
  private SpeakerSpan writer(org.dossier.analyse.Analysis analysis, int at) {
    String text = analysis.text();
    Matcher m = textIn.matcher(text).region(0, at);
    int last = -1;
    while (m.find()) last = m.end();
    if (last < 0) return null;
    List<org.dossier.analyse.Sentence> sentences = analysis.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      org.dossier.analyse.Sentence sentence = sentences.get(i);
      if (sentence.start() > last || sentence.end() < last) continue;
      // Only a text brought in a few sentences before: further back, "le rapport" is another text.
      final int from = i;
      if (sentences.stream().skip(from + writerReach + 1).anyMatch(x -> x.start() <= at)) return null;
      int comma = text.indexOf(", ", last);
      if (comma < 0 || comma >= sentence.end() || text.substring(last, comma).chars().anyMatch(c -> "«»\"“”".indexOf(c) >= 0)) return null;
      int start = comma + 2;
      for (org.dossier.analyse.Token t : sentence.tokens()) {
        if (t.start() < start || !(t.pos().equals("VERB") || t.pos().equals("AUX"))) continue;
        String words = text.substring(start, t.start()).strip();
        int wordsStart = text.indexOf(words, start);
        boolean phrase = !words.isEmpty() && words.split("\\s+").length <= maxAuthorWords && words.chars().noneMatch(c -> ",;:«»\"“”()".indexOf(c) >= 0);
        return phrase ? new SpeakerSpan(words, wordsStart, wordsStart + words.length()) : null;
      }
      return null;
    }
    return null;
  }

  /** The person the article names within these words, or null. */
  private Entity personIn(String article, SpeakerSpan s, List<Entity> entities) {
    for (Entity e : entities) {
      if (e.type() == EntityType.PER && e.mentions().stream().anyMatch(m -> m.article().equals(article) && m.start() >= s.start() && m.end() <= s.end())) return e;
    }
    return null;
  }

  /**
   * "ajoute le communiqué" after "Natixis a démenti dans un communiqué": the speaker of the last
   * sentence before that names the same kind of text.
   */
  private Entity speakerNear(String text, String head, int at, List<Entity> entities, List<Quote> linked) {
    Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(head) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).region(0, at);
    int last = -1;
    while (m.find()) last = m.start();
    if (last < 0) return null;
    int from = sentenceStart(text, last);
    int dot = text.indexOf(". ", last);
    int line = text.indexOf('\n', last);
    int to = Math.min(dot < 0 ? text.length() : dot, line < 0 ? text.length() : line);
    String id = null;
    for (Quote q : linked) {
      // The first: the sentence's subject speaks before any source it cites ("comme l'a affirmé le quotidien").
      if (id == null && q.start() >= from && q.start() < to && q.speaker() != null && q.speaker().entity() != null) id = q.speaker().entity();
    }
    if (id == null) return null;
    String wanted = id;
    return entities.stream().filter(e -> e.id().equals(wanted)).findFirst().orElse(null);
  }

  /** "l'inspection" for the "Inspection générale de la Caisse d'Epargne" the article names: the one body whose name starts with the head. */
  private Entity byNameHead(String article, String description, List<Entity> entities, Countries countries) {
    String folded = NameKey.of(description.split("[\\s']+")[0]);
    if (roleNouns.isRole(folded)) return null; // "la ministre" is a person, whatever body the model made of "ministre de la Justice"
    // Any of its spellings: "l'association" for the Afub, spelt out "Association française des usagers des banques";
    // not one another complement names: "la fédération PS de Gironde" is not the "fédération de Moselle".
    List<Entity> found =
        entities.stream()
            .filter(e -> e.type() != EntityType.PER && e.variants().stream().anyMatch(v -> v.contains(" ") && NameKey.of(v.split("\\s+")[0]).equals(folded) && compatible(description, v, countries)) && inArticle(e, article))
            .toList();
    return found.size() == 1 ? found.get(0) : null;
  }

  /** "le Comité" in an article that named "le Comité du patrimoine mondial" (as any of its spellings): the one body it shortens. */
  private Entity fuller(String article, Entity body, List<Entity> entities) {
    // Any of its spellings: "le Comité" for the CIO, spelt out "Comité international olympique";
    // but a place is no shortened body ("la Chine" is not the agency "Chine nouvelle").
    if (body.type() == EntityType.LOC) return body;
    List<Entity> longer = entities.stream().filter(e -> e != body && e.type() != EntityType.PER && e.variants().stream().anyMatch(v -> v.startsWith(body.name() + " ")) && inArticle(e, article)).toList();
    return longer.size() == 1 ? longer.get(0) : body;
  }

  /**
   * The one person of the article whose role has this head, wherever the article names them: "Le
   * porte-parole de la présidence turque a annoncé…" in the lead, "le porte-parole turc, Ibrahim
   * Kalin" further down.
   */
  private Entity byRole(String article, int at, boolean before, String text, String description, String head, List<Entity> entities, Countries countries) {
    java.util.Map<Entity, String> role = new java.util.LinkedHashMap<>(); // the role of theirs the description can be
    for (Entity e : entities) {
      if (e.type() != EntityType.PER || e.mentions().stream().noneMatch(m -> m.article().equals(article))) continue;
      // "la ministre de la Santé" is not the minister of Justice, whatever head they share.
      String held = heldRole(e, article, description, countries);
      if (held != null && held.split("[\\s']+")[0].equalsIgnoreCase(head)) role.put(e, held);
    }
    // Those the article has named already, or (asked once no one named before fits) those it names
    // only later: the lead may describe a person it names further down.
    List<Entity> found = new ArrayList<>(role.keySet().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.article().equals(article) && m.end() <= at) == before).toList());
    if (found.size() <= 1) return found.isEmpty() ? null : found.get(0);
    // A bare "le président" is not "le président du CSA" when another president has no complement.
    if (COMPLEMENT.split(LEADING_ARTICLE.matcher(description.strip()).replaceFirst(""), 2).length == 1) {
      List<Entity> bare = found.stream().filter(e -> COMPLEMENT.split(role.get(e).strip(), 2).length == 1).toList();
      if (!bare.isEmpty() && bare.size() < found.size()) found = new ArrayList<>(bare);
      if (found.size() == 1) return found.get(0);
    }
    // "le ministre cambodgien": of "ministre cambodgien des Affaires étrangères" and "ministre des
    // Affaires étrangères de Bangkok", the one role that says "cambodgien" too.
    java.util.Set<String> said = qualifiers(LEADING_ARTICLE.matcher(description.strip()).replaceFirst(""), countries);
    if (!said.isEmpty()) {
      List<Entity> sharing = found.stream().filter(e -> qualifiers(role.get(e).strip(), countries).stream().anyMatch(said::contains)).toList();
      if (sharing.size() == 1) return sharing.get(0);
    }
    // "le ministre" and "la ministre": the article gives each role its gender.
    String determiner = description.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
    if (determiner.equals("le") || determiner.equals("la")) {
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      List<Entity> agreeing = found.stream().filter(e -> lower.contains(determiner + " " + role.get(e).toLowerCase(java.util.Locale.ROOT))).toList();
      if (agreeing.size() == 1) return agreeing.get(0);
    }
    // Several ministers: "le ministre" is the one the article is about, named most often in it.
    found.sort(java.util.Comparator.comparingLong((Entity e) -> e.mentions().stream().filter(m -> m.article().equals(article)).count()).reversed());
    long first = found.get(0).mentions().stream().filter(m -> m.article().equals(article)).count();
    long second = found.get(1).mentions().stream().filter(m -> m.article().equals(article)).count();
    return first > second ? found.get(0) : null;
  }

  /** "le site TVMag.com": a kind of body and a name the model missed, no role; the words are the speaker's name. */
  private boolean namesItself(String words) {
    // Not a complement's name: "le locataire du Quai d'Orsay" is a person described.
    String[] w = COMPLEMENT.split(words.strip(), 2)[0].split("\\s+");
    return !roleNouns.opensWith(words) && java.util.Arrays.stream(w).skip(1).anyMatch(x -> !x.isEmpty() && Character.isUpperCase(x.codePointAt(0)));
  }


  private java.util.Map<String, List<String>> loadSeats(String language) {
    java.util.Map<String, List<String>> out = new java.util.HashMap<>();
    for (String[] row : org.dossier.lang.DataFile.rows(language, "seats.tsv")) out.put(NameKey.of(row[0].strip()), List.of(row[1].strip().split("\\|")));
    return java.util.Map.copyOf(out);
  }

  /** The one body of the article named by a seat that stands for the description ({@link #seatsByKey}), or null. */
  private Entity seat(String article, String description, List<Entity> entities) {
    List<String> names = seatsByKey.getOrDefault(NameKey.of(description), List.of()).stream().map(NameKey::of).toList();
    if (names.isEmpty()) return null;
    List<Entity> found = entities.stream().filter(e -> e.type() != EntityType.PER && e.variants().stream().anyMatch(v -> names.contains(NameKey.of(v))) && inArticle(e, article)).toList();
    return found.size() == 1 ? found.get(0) : null;
  }

  /** The one person of the article whom the run gives exactly this role. */
  private Entity sameRole(String article, String role, List<Entity> entities) {
    String key = NameKey.of(role);
    List<Entity> found = entities.stream().filter(e -> e.type() == EntityType.PER && runRoles(e).stream().anyMatch(r -> NameKey.of(r).equals(key)) && inArticle(e, article)).toList();
    return found.size() == 1 ? found.get(0) : null;
  }

  /** Whether a description and a role can be the same: one head, complements and qualifiers that do not disagree. */
  private boolean compatible(String description, String role, Countries countries) {
    String[] d = NameKey.of(LEADING_ARTICLE.matcher(description.strip()).replaceFirst("")).split(" ");
    String[] r = NameKey.of(role).split(" ");
    return d[0].equals(r[0]) && sameComplement(description, role) && sameQualifier(description, role, countries);
  }

  /**
   * "le député UMP" is not "le député socialiste de la Nièvre": the words between head and
   * complement that sort people (a party, a nationality, a school of thought), when both have
   * some, share a stem. Other words say something else of the same person: "le présentateur
   * vedette" is "le présentateur évincé de TF1".
   */
  private boolean sameQualifier(String description, String role, Countries countries) {
    java.util.Set<String> d = qualifiers(LEADING_ARTICLE.matcher(description.strip()).replaceFirst(""), countries);
    java.util.Set<String> r = qualifiers(role.strip(), countries);
    if (d.isEmpty() || r.isEmpty()) return true;
    d.retainAll(r);
    return !d.isEmpty();
  }

  /** The stems of the words that sort people between a role's head and its complement. */
  private java.util.Set<String> qualifiers(String words, Countries countries) {
    String[] w = COMPLEMENT.split(words, 2)[0].strip().split("\\s+");
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int i = w.length > 1 && roleNouns.isRole(NameKey.of(w[0] + " " + w[1])) ? 2 : 1; i < w.length; i++) {
      if (!sorts(w[i], countries)) continue;
      String key = NameKey.of(w[i]);
      out.add(key.length() > stemLength ? key.substring(0, stemLength) : key);
    }
    return out;
  }

  /** A word that sorts people: a capitalised one ("UMP", "Verts"), a nationality ("cambodgien"), a school of thought ("socialiste"). */
  private boolean sorts(String word, Countries countries) {
    return !word.isEmpty() && (Character.isUpperCase(word.codePointAt(0)) || countries.byDemonym(word).isPresent() || SCHOOL.matcher(word).find());
  }

  /**
   * Whether a description and a role can say the same after their head, when both say something:
   * they share a word's stem ("de la présidence turque", "du président Erdogan"), where "de la
   * Santé" and "de la Justice" share none.
   */
  private boolean sameComplement(String description, String role) {
    String[] d = COMPLEMENT.split(LEADING_ARTICLE.matcher(description.strip()).replaceFirst(""), 2);
    String[] r = COMPLEMENT.split(role.strip(), 2);
    if (d.length < 2 || r.length < 2) return true;
    java.util.Set<String> stems = stems(d[1]);
    stems.retainAll(stems(r[1]));
    return !stems.isEmpty();
  }

  /**
   * The content words' stems; a short capitalised word ("Etat", "ONU") is its own stem, so "chef de
   * l'Etat" is "chef de l'Etat français"; a short common word ("parti", "cour") says too little.
   */
  private java.util.Set<String> stems(String words) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String raw : words.split("[\\s'’-]+")) {
      String w = NameKey.of(raw);
      if (w.length() >= stemLength) out.add(w.substring(0, stemLength));
      else if (w.length() >= minStemWord && Character.isUpperCase(raw.codePointAt(0)) && !stopwordKeys.contains(w)) out.add(w);
    }
    return out;
  }

  /**
   * The words of a description that say what kind of speaker it is: a complement without a name
   * only adds detail ("le jeune trader | de 31 ans"), one with a name makes the description its own
   * ("le procureur de la République de Marseille").
   */
  private int descriptionWords(String words) {
    String[] parts = COMPLEMENT.split(words, 2);
    boolean detail = parts.length == 2 && parts[1].chars().noneMatch(Character::isUpperCase);
    return (detail ? parts[0] : words).split("\\s+").length;
  }

  /** The people named inside a speaker's words, in order. */
  private List<Entity> peopleIn(String article, SpeakerSpan s, List<Entity> entities) {
    java.util.TreeMap<Integer, Entity> byPosition = new java.util.TreeMap<>();
    for (Entity e : entities) {
      if (e.type() != EntityType.PER) continue;
      for (EntityMention m : e.mentions()) {
        if (m.article().equals(article) && m.start() >= s.start() && m.end() <= s.end()) byPosition.putIfAbsent(m.start(), e);
      }
    }
    return byPosition.values().stream().distinct().toList();
  }

  private int wordsBefore(String text, int from, int to) {
    String s = text.substring(from, to).strip();
    return s.isEmpty() ? 0 : s.split("\\s+|(?<=')").length;
  }

  private String id(String article, int start, int end) {
    return "q-" + ContentHash.hex(article + ":" + start + ":" + end, 5);
  }
}
