package org.dossier.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.Sentence;
import org.dossier.analyse.Token;
import org.dossier.lang.Countries;
import org.dossier.lang.Organisations;

/**
 * Entity mentions of one article: CoreNLP's WikiNER spans, corrected with data where the model errs
 * systematically. Nationalities it tags as places ("les Russes") become MISC; organisations it
 * misses or splits ("l'OTAN", "le Kremlin", "HTS") come from the organisation gazetteer; and a
 * "Long Form (ACRONYM)" definition gives two ORG mentions tied to each other.
 */
public final class MentionExtractor {

  /**
   * A language's words for names: the unit of an age in apposition ({@code LANG/age-units.txt}:
   * "Sonam, 32 ans") and the particles before a surname ({@code LANG/name-particles.txt}: "M. de
   * Castries").
   */
  public record Words(List<String> ageUnits, List<String> nameParticles) {
    public static Words load(String language) {
      return new Words(org.dossier.lang.DataFile.words(language, "age-units.txt"), org.dossier.lang.DataFile.words(language, "name-particles.txt"));
    }
  }

  /** The mentions of an article, and the acronyms it defines. */
  public record Result(List<Mention> mentions, List<Acronym> acronyms) {
    public Result {
      mentions = List.copyOf(mentions);
      acronyms = List.copyOf(acronyms);
    }
  }

  /** A Roman numeral with an ordinal ending, French or English ("XIe", "XXème", "Ier", "XIXth"). */
  private static final Pattern ROMAN_ORDINAL = Pattern.compile("(?:[IVXLC]{2,}|[IVX])(?:e|er|ère|ème|st|nd|rd|th)"); // not "Le", "Ce"
  private static final String EDGE_MARKS = "«»\"“”„‘'()[],;:—–- ";

  private static final Pattern OF_BEFORE = Pattern.compile("(?:^|\\s)(?:de\\s+la|de\\s+l'|du|des)\\s*$");

  private final Countries countries;
  private final Pattern acronymNames;
  private final Pattern otherNames;
  /** A role the model put inside a name: "ministre de la Défense Santos", "général Padilla". */
  private final Pattern roleLead;
  /** An honorific inside a span: "l'AFP M. Romero" is an agency, then a person. */
  private final Pattern honorific;
  /** An honorific opening a span, before a capitalised name. */
  private final Pattern leadingHonorific;
  /** A title of address alone, as the model may tag it: "M.". */
  private final Pattern honorificAlone;
  /** A role and "de" right before a span: "la ministre de l'". */
  private final Pattern roleOf;
  /** A role alone ("le Président", "le Général"): a description, not a name. */
  private final Pattern roleAlone;
  /** People known by a lower-case title ({@code LANG/titled-people.txt}): "le dalaï-lama". */
  private final Pattern titledPeople;
  private final Pattern roleOfName;
  private final Pattern thingOfPerson;
  /** A person's age in apposition right after a name ({@code LANG/age-units.txt}): "Sonam|, 32 ans". */
  private final Pattern ageAfter;
  /** A title of address, a particle and a surname: "M. de Castries", which the model may cut into "M." and a place. */
  private final Pattern addressedName;
  /** Lower-case words the model runs into a name: "(le général) cambodgien Chea Mon"; not "della", "de". */
  private static final Pattern LOWER_LEAD = Pattern.compile("^(?:(?!della\\s|dalla\\s)\\p{Ll}[\\p{L}-]{3,}\\s+)+(?=\\p{Lu})", Pattern.UNICODE_CASE);
  private static final Pattern ACRONYM_OF = Pattern.compile("^\\p{Lu}{2,}\\d*\\s+(?:de|du|d')\\s*(?=\\p{Lu}\\p{Ll}+\\s+\\p{Lu})", Pattern.UNICODE_CASE);
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i:le|la|les)\\s+|^(?i:l)'");
  /** Parts of speech a name never has: a capitalised word opening a sentence so tagged ("Agée de 34 ans", "Si") is no name. */
  private static final java.util.Set<String> NOT_NAME_TAGS = java.util.Set.of("ADJ", "VERB", "ADV", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX");

  public MentionExtractor(Countries countries, Organisations organisations, List<String> honorifics, org.dossier.lang.RoleNouns roles, List<String> titledPeople, List<String> givenNames, Words words) {
    this.countries = countries;
    // The age closes the apposition: not "Tchernobyl, 25 ans après".
    this.ageAfter = words.ageUnits().isEmpty() ? null : Pattern.compile("\\G,\\s+\\d{1,3}\\s+(?:" + org.dossier.lang.Alternation.of(words.ageUnits()) + ")(?=\\s*(?:[,.;:)]|$))");
    String titles = String.join("|", honorifics.stream().map(Pattern::quote).toList());
    // A particle, so that "Monsieur Bricolage" stays the model's; on one line.
    this.addressedName = words.nameParticles().isEmpty() || honorifics.isEmpty() ? null
        : Pattern.compile("(?<![\\p{L}])(?:" + titles + ")\\h+(?:" + org.dossier.lang.Alternation.elidable(words.nameParticles(), "\\h+") + ")\\p{Lu}[\\p{L}-]+(?:\\h+\\p{Lu}[\\p{L}-]+)*");
    // "(la venue mercredi place) Beauvau de Nicolas Sarkozy": a word and "de" before a given name and a surname are a thing of theirs.
    this.thingOfPerson = givenNames.isEmpty() ? null : Pattern.compile("^\\p{Lu}[\\p{L}-]*\\s+(?:de|d')\\s*(?=(?:" + org.dossier.lang.Alternation.of(givenNames) + ")\\s+\\p{Lu})", Pattern.UNICODE_CASE);
    String roleWords = roles.alternation();
    this.roleOf = Pattern.compile("(?<![\\p{L}-])(?i:" + roleWords + ")\\s+(?:de\\s+la|de\\s+l'|du|des)\\s*$", Pattern.UNICODE_CASE);
    this.roleAlone = Pattern.compile("(?i:" + roleWords + ")", Pattern.UNICODE_CASE);
    List<String> titled = titledPeople.stream().flatMap(l -> java.util.Arrays.stream(l.split("\\|"))).map(String::strip).filter(w -> !w.isEmpty()).toList();
    this.titledPeople = titled.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d-])(?i:" + String.join("|", titled.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")(?![\\p{L}\\d-])", Pattern.UNICODE_CASE);
    this.roleOfName = Pattern.compile("(?i:" + roleWords + ")\\s+(?:de\\s+la\\s+|de\\s+l'|du\\s+|des\\s+|de\\s+)\\p{Lu}[\\p{L}-]*", Pattern.UNICODE_CASE);
    // "Bâtonnier Francis Teitgen": the role may be capitalised.
    this.roleLead = Pattern.compile("^(?i:" + roleWords + ")(?:\\s+(?:de\\s+la\\s+|de\\s+l'|du\\s+|des\\s+|de\\s+)\\p{Lu}[\\p{L}-]*)?\\s+(?=\\p{Lu})", Pattern.UNICODE_CASE);
    this.honorific = Pattern.compile("\\s(?:" + titles + ")\\s+(?=\\p{Lu})");
    this.leadingHonorific = Pattern.compile("(?:" + titles + ")\\s+(?=\\p{Lu})");
    this.honorificAlone = Pattern.compile("(?:" + titles + ")");
    List<String> acronyms = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String name : organisations.allNames()) {
      (name.equals(name.toUpperCase(java.util.Locale.ROOT)) ? acronyms : others).add(Pattern.quote(name));
    }
    // Acronyms match case-sensitively ("EI" is not "ei"); longer names ignore case ("droits de
    // l'homme" / "l'Homme") but must start with a capital in the text.
    this.acronymNames = acronyms.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d])(" + String.join("|", acronyms) + ")(?![\\p{L}\\d])");
    this.otherNames =
        others.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d])(?=\\p{Lu})(?i:" + String.join("|", others) + ")(?![\\p{L}\\d])", Pattern.UNICODE_CASE);
  }

  public Result extract(Analysis analysis) {
    String text = analysis.text();
    List<Mention> mentions = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      nerSpans(text, s, mentions);
    }
    List<Mention> found = new ArrayList<>();
    gazetteer(text, acronymNames, found, EntityType.ORG);
    gazetteer(text, otherNames, found, EntityType.ORG);
    gazetteer(text, titledPeople, found, EntityType.PER);
    List<Acronym> acronyms = AcronymFinder.find(text);
    for (Acronym a : acronyms) {
      found.add(a.longForm());
      found.add(a.shortForm());
    }
    // Data-backed spans win over the model's overlapping guesses, except where the model saw a
    // longer name around them ("Parti socialiste bulgare", "Jeux du Commonwealth") or tagged the
    // very same span as a person (Wagner the composer).
    found.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed());
    List<Mention> kept = new ArrayList<>();
    for (Mention m : found) {
      boolean insideLongerName = mentions.stream().anyMatch(n -> n.start() <= m.start() && m.end() <= n.end() && n.end() - n.start() > m.end() - m.start());
      // Not an acronym: "le député UMP" names a party, whatever the model made of it.
      boolean acronym = m.text().equals(m.text().toUpperCase(java.util.Locale.ROOT));
      boolean samePerson = !acronym && mentions.stream().anyMatch(n -> n.start() == m.start() && n.end() == m.end() && n.type() == EntityType.PER);
      if (!insideLongerName && !samePerson && kept.stream().noneMatch(m::overlaps)) kept.add(m);
    }
    mentions.removeIf(m -> kept.stream().anyMatch(m::overlaps));
    mentions.addAll(kept);
    aged(analysis, mentions);
    addressed(text, mentions);
    mentions.sort(Comparator.comparingInt(Mention::start));
    return new Result(mentions, acronyms);
  }

  /** A maximal run of tokens the model gave the same class, as the model gives it. */
  public record ModelSpan(int start, int end, String type) {}

  /** The model's own spans of a sentence: maximal runs of tokens with the same class. */
  public static List<ModelSpan> modelSpans(Sentence s) {
    List<ModelSpan> spans = new ArrayList<>();
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); ) {
      String cls = tokens.get(i).ner();
      if (cls.equals("O")) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(cls)) j++;
      spans.add(new ModelSpan(tokens.get(i).start(), tokens.get(j).end(), cls));
      i = j + 1;
    }
    return spans;
  }

  private void nerSpans(String text, Sentence s, List<Mention> out) {
    for (ModelSpan span : modelSpans(s)) {
      int start = span.start();
      int end = span.end();
      // The tokenizer leaves a closing guillemet glued to a word ("Idleb»"); a name's own full stop
      // ("Warner Bros.", "Jr.") stays.
      while (start < end && EDGE_MARKS.indexOf(text.charAt(start)) >= 0) start++;
      while (end > start && EDGE_MARKS.indexOf(text.charAt(end - 1)) >= 0) end--;
      if (start == end) {
        continue;
      }
      EntityType type = EntityType.of(span.type());
      if (opensSentenceUnnamed(text, s, start, end)) continue;
      if (ROMAN_ORDINAL.matcher(text.substring(start, end)).matches()) continue; // "le XIe siècle": a century, not a person
      if (type == EntityType.PER) {
        // "le Président", "le Président de la République": a role, with at most its complement, is nobody's name.
        String bare = LEADING_ARTICLE.matcher(text.substring(start, end)).replaceFirst("");
        if (roleAlone.matcher(bare).matches() || roleOfName.matcher(bare).matches()) continue;
        Matcher lower = LOWER_LEAD.matcher(text.substring(start, end));
        if (lower.lookingAt()) start += lower.end();
        // "Le dernier JT de Patrick Poivre d'Arvor": an acronym and "de" before a name are a thing of theirs, not part of it.
        Matcher acronym = ACRONYM_OF.matcher(text.substring(start, end));
        if (acronym.lookingAt()) start += acronym.end();
        Matcher thing = thingOfPerson == null ? null : thingOfPerson.matcher(text.substring(start, end));
        if (thing != null && thing.lookingAt()) start += thing.end();
      }
      // "le ministre de l'Education Xavier Darcos": the model runs the ministry into the name.
      if (type == EntityType.PER && OF_BEFORE.matcher(text.substring(Math.max(0, start - 6), start)).find()) {
        String[] words = text.substring(start, end).split(" ");
        if (words.length >= 3) start += words[0].length() + 1;
      } else if (type != EntityType.PER && roleOf.matcher(text.substring(Math.max(0, start - 40), start)).find()) {
        // "la ministre de l'Economie Christine Lagarde" tagged "Economie Christine Lagarde" MISC: the ministry, then a person.
        String[] words = text.substring(start, end).split(" ");
        if (words.length >= 3 && Character.isUpperCase(words[1].codePointAt(0)) && Character.isUpperCase(words[words.length - 1].codePointAt(0))) {
          start += words[0].length() + 1;
          type = EntityType.PER;
        } else {
          // "le porte-parole du ministère des Affaires étrangères Liu Jianchao" tagged as one place:
          // the body, then the person the capitalised words after its last lower-case word name.
          int lastLower = -1;
          for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isLowerCase(words[i].codePointAt(0))) lastLower = i;
          }
          if (lastLower > 0 && words.length - lastLower - 1 >= 2) {
            int personStart = end - String.join(" ", java.util.Arrays.copyOfRange(words, lastLower + 1, words.length)).length();
            out.add(new Mention(start, personStart - 1, text.substring(start, personStart - 1), type, "ner"));
            out.add(new Mention(personStart, end, text.substring(personStart, end), EntityType.PER, "ner"));
            continue;
          }
        }
      }
      String surface = text.substring(start, end);
      String origin = "ner";
      // "Russes" is a nationality; "Suisse" and "Argentine" are demonyms too, but first countries.
      if (type != EntityType.PER && countries.byDemonym(surface).isPresent() && countries.byName(surface).isEmpty()) {
        type = EntityType.MISC;
        origin = "demonym";
      }
      java.util.regex.Matcher role = roleLead.matcher(surface);
      if (role.lookingAt() && role.end() < surface.length()) {
        start += role.end();
        surface = surface.substring(role.end());
        type = EntityType.PER;
      }
      // "Me Scemama", "M. Tête": a title of address makes a person of what the model took for a place
      // or a thing; not of a body's name ("Monsieur Bricolage").
      if (type != EntityType.ORG && leadingHonorific.matcher(surface).lookingAt()) type = EntityType.PER;
      java.util.regex.Matcher inside = honorific.matcher(surface);
      if (inside.find()) {
        // The model ran two names together: "(à l')AFP M. Romero" is the agency, then the person.
        out.add(new Mention(start, start + inside.start(), surface.substring(0, inside.start()), type, origin));
        out.add(new Mention(start + inside.end(), end, surface.substring(inside.end()), EntityType.PER, origin));
        continue;
      }
      out.add(new Mention(start, end, surface, type, origin));
    }
  }

  /**
   * A name followed by an age in apposition is a person's ("Sonam, 32 ans", "Fatna, 34 ans"): the
   * model's place or thing becomes a person, and a proper noun it missed becomes one.
   */
  private void aged(Analysis analysis, List<Mention> mentions) {
    if (ageAfter == null) return;
    String text = analysis.text();
    mentions.replaceAll(m -> m.type() != EntityType.PER && m.type() != EntityType.ORG && ageAfter.matcher(text).region(m.end(), text.length()).lookingAt() ? new Mention(m.start(), m.end(), m.text(), EntityType.PER, m.origin()) : m);
    for (Sentence s : analysis.sentences()) {
      for (Token t : s.tokens()) {
        if (!t.pos().equals("PROPN") || !Character.isUpperCase(t.text().codePointAt(0)) || !ageAfter.matcher(text).region(t.end(), text.length()).lookingAt()) continue;
        if (mentions.stream().noneMatch(m -> m.start() < t.end() && t.start() < m.end())) mentions.add(new Mention(t.start(), t.end(), t.text(), EntityType.PER, "age"));
      }
    }
  }

  /**
   * A title of address and the surname after it, a particle between, are one person ("M. de
   * Castries"), where the model tagged only a part of them ("M.", "Castries" as a place, "de
   * Villepin" as a thing). A name the model took in full or ran on past is left as it is.
   */
  private void addressed(String text, List<Mention> mentions) {
    if (addressedName == null) return;
    Matcher m = addressedName.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      List<Mention> parts = mentions.stream().filter(n -> n.start() < end && start < n.end()).toList();
      if (parts.isEmpty() || parts.stream().anyMatch(n -> n.start() < start || n.end() > end || n.start() == start && n.end() == end)) continue;
      // A person the model found by the surname alone ("M. | Fillon") stays as it is.
      boolean cut = parts.stream().anyMatch(n -> n.type() != EntityType.PER || honorificAlone.matcher(n.text().strip()).matches());
      if (!cut) continue;
      mentions.removeAll(parts);
      mentions.add(new Mention(start, end, text.substring(start, end), EntityType.PER, "honorific"));
    }
  }


  /** A single word opening the sentence that the tagger reads as no noun: "Agée de 34 ans, la mère…". */
  private static boolean opensSentenceUnnamed(String text, Sentence s, int start, int end) {
    if (!text.substring(s.start(), start).chars().allMatch(c -> !Character.isLetterOrDigit(c))) return false;
    List<Token> inside = s.tokens().stream().filter(t -> t.start() >= start && t.end() <= end).toList();
    return inside.size() == 1 && NOT_NAME_TAGS.contains(inside.get(0).pos());
  }

  private static void gazetteer(String text, Pattern names, List<Mention> out, EntityType type) {
    if (names == null) return;
    Matcher m = names.matcher(text);
    while (m.find()) {
      out.add(new Mention(m.start(), m.end(), m.group(), type, "gazetteer"));
    }
  }
}
