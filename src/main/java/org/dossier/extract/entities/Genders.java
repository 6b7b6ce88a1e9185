package org.dossier.extract.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.lang.DataFile;

/**
 * The grammatical gender an article gives the people it names, so that "a-t-elle dit" does not go
 * to the man named last. Evidence, from {@code LANG/gender-cues.tsv} and {@code LANG/first-names.tsv}:
 * an honorific before a name ("Mme Betancourt"), a determiner before a one-word role and a name
 * ("la chancelière Angela Merkel"), an apposition ("Vincent Peillon, le bras droit de…"), a given
 * name. A person's mentions share their evidence through the surname; a surname two people of
 * different genders share ("Nicolas Sarkozy", "Carla Sarkozy") stays unknown when written alone.
 */
public final class Genders {

  public enum Gender { FEMININE, MASCULINE, PLURAL }

  /** The genders of one article's people, found once. */
  public static final class OfArticle {
    private final String text;
    private final Map<String, Gender> byFullName;
    private final Map<String, Gender> bySurname;
    private final Genders cues;

    private OfArticle(String text, Map<String, Gender> byFullName, Map<String, Gender> bySurname, Genders words) {
      this.text = text;
      this.byFullName = byFullName;
      this.bySurname = bySurname;
      this.cues = words;
    }

    /** The gender of a person mention, when the article gives it. */
    public Optional<Gender> of(Mention m) {
      if (m.type() != EntityType.PER) return Optional.empty();
      Gender full = byFullName.get(key(m.text()));
      return Optional.ofNullable(full != null ? full : bySurname.get(surname(m.text())));
    }

    /**
     * Whether "il" or "elle" (or "ce dernier") can stand for these speaker's words: a person of
     * that gender or of none the article gives, a description of that gender ("la présidente
     * de…"), never a body named without one ("les Farc", "Kremlin").
     */
    public boolean agrees(String words, int start, int end, Gender wanted, List<Mention> mentions, boolean strict) {
      for (Mention m : mentions) {
        // Not a name completing the description: "Une lycéenne parisienne de l'organisation Fidl" is a girl.
        if (m.type() == EntityType.PER && m.start() < end && start < m.end() && !IN_COMPLEMENT.matcher(text.substring(Math.min(start, m.start()), m.start())).find()) return of(m).map(g -> g == wanted).orElse(!strict);
      }
      Optional<Gender> determiner = cues.description(words);
      if (determiner.isPresent()) return determiner.get() == wanted;
      for (Mention m : mentions) {
        // A body goes by the determiner the article gives its name: "la Ligue", "le Kremlin", "les Farc".
        if (m.start() < end && start < m.end()) return determinerBefore(m).map(g -> g == wanted).orElse(!strict);
      }
      return !strict;
    }

    /** The gender of the determiner before a name, past up to two words: "la Ligue", "la télévision colombienne RCN". */
    private Optional<Gender> determinerBefore(Mention m) {
      String before = text.substring(Math.max(0, m.start() - DETERMINER_REACH), m.start());
      java.util.regex.Matcher words = WORDS_BEFORE.matcher(before);
      if (!words.find()) return Optional.empty();
      String[] w = words.group(1).strip().split("\\s+");
      for (int i = w.length - 1; i >= Math.max(0, w.length - 3); i--) {
        String word = w[i].toLowerCase(Locale.ROOT);
        if (cues.determiners.contains(word)) return cues.word(word);
        // A preposition or a pronoun ends the noun phrase: "des salariés de | Renault", "Elle accuse | Total".
        if (cues.functionWords.contains(word)) return Optional.empty();
      }
      return Optional.empty();
    }
  }

  /** A complement's preposition: a name after it completes a noun, it does not head the words. */
  private static final Pattern IN_COMPLEMENT = Pattern.compile("(?:^|\\s)(?:de|du|des|d')(?:\\s|(?<='))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** The words right before a name, back to the last punctuation. */
  private static final Pattern WORDS_BEFORE = Pattern.compile("((?:\\p{L}+\\s+)+)$");
  private static final int DETERMINER_REACH = 40;

  private final Map<String, Gender> cueWords = new HashMap<>();
  /** Endings that give a noun's gender ({@code LANG/gender-suffixes.tsv}), longest first where one ends another. */
  private final List<Map.Entry<String, Gender>> suffixes = new java.util.ArrayList<>();
  private final java.util.Set<String> honorifics;
  private final java.util.Set<String> determiners;
  private final java.util.Set<String> functionWords;
  private final Map<String, Gender> firstNames = new HashMap<>();
  private final Pattern before;
  private final Pattern apposition;
  private final Pattern title;

  public Genders(String language) {
    this.honorifics = java.util.Set.copyOf(DataFile.words(language, "honorifics.txt"));
    this.determiners = java.util.Set.copyOf(DataFile.words(language, "determiners.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    this.functionWords = java.util.Set.copyOf(DataFile.words(language, "stopwords.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet()));
    for (String[] row : DataFile.rows(language, "gender-cues.tsv")) cueWords.put(row[0].strip().toLowerCase(Locale.ROOT), gender(row[1]));
    for (String[] row : DataFile.rows(language, "gender-suffixes.tsv")) suffixes.add(java.util.Map.entry(row[0].strip(), gender(row[1])));
    DataFile.optionalRows(language, "first-names.tsv").ifPresent(rows -> rows.forEach(r -> firstNames.put(fold(r[0].strip()), gender(r[1]))));
    String cues = String.join("|", cueWords.keySet().stream().filter(w -> !w.contains(" ")).map(Pattern::quote).toList());
    // "Mme X", "la chancelière X", "le général X": the cue word, then at most one role; not "le
    // fichier Edvige", a thing the model took for a person.
    // "Fatma, la jeune femme de 34 ans": a noun of sex, age or kin does as a role.
    String roles = org.dossier.lang.RoleNouns.load(language).alternation() + "|" + org.dossier.lang.Alternation.of(DataFile.words(language, "person-nouns.txt"));
    this.before = Pattern.compile("(?<![\\p{L}'])(?<cue>" + cues + ")\\s+(?:(?:" + roles + ")\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // "le ministre thaïlandais des Affaires étrangères Sompong Amornvivat", "le procureur de la
    // République de Marseille, Jacques Dallest": a role with its complement, a proper name's, then
    // the name; not "le présentateur de la chaîne a cité Shakespeare".
    this.title =
        Pattern.compile(
            "(?<![\\p{L}'])(?<cue>" + cues + ")\\s+(?:" + roles + ")(?![\\p{L}-])(?:\\s+(?-i:\\p{Ll})[\\p{L}-]*)?\\s+(?:de|du|des|d')(?:\\s+(?:la|l'))?\\s*(?-i:\\p{Lu})[\\p{L}-]*(?:\\s+(?:(?-i:\\p{Lu})[\\p{L}-]*|de|du|des|d'|la|l'|(?-i:\\p{Ll})[\\p{L}-]*(?:e|es|s|aux))){0,3}?\\s*,?\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // "X, la présidente de…": an apposition right after the name, which a role opens ("Selon X, une
    // délégation…" is the sentence going on).
    this.apposition = Pattern.compile("^\\s*,\\s*(?<cue>" + cues + ")\\s+(?:" + roles + ")(?![\\p{L}-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The gender a description gives: its determiner's ("la ministre"), else its next words' ("l'ancien trader", "l'ancienne candidate"). */
  public Optional<Gender> description(String words) {
    String[] w = words.strip().split("[\\s']+");
    for (int i = 0; i < Math.min(w.length, 3); i++) {
      // Up to a name or a complement: "Ligue des droits de l'Homme" says nothing by its "des".
      if (w[i].isEmpty() || Character.isUpperCase(w[i].codePointAt(0)) && i > 0 || i > 0 && (w[i].equals("de") || w[i].equals("des") || w[i].equals("du") || w[i].equals("d"))) break;
      // "l'ex-candidate": the noun after "ex-" gives the gender.
      Optional<Gender> g = word(withoutEx(w[i]));
      if (g.isPresent()) return g;
    }
    // "l'ex-sélectionneur": an elided determiner says nothing, the noun's ending does.
    if (w.length > 1 && w[0].equalsIgnoreCase("l") && !w[1].isEmpty() && Character.isLowerCase(w[1].codePointAt(0))) {
      String noun = withoutEx(w[1]).toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Gender> suffix : suffixes) {
        if (noun.endsWith(suffix.getKey())) return Optional.of(suffix.getValue());
      }
    }
    return Optional.empty();
  }

  /** "ex-candidate" → "candidate": a former holder has the gender of the noun. */
  private static String withoutEx(String word) {
    return word.toLowerCase(Locale.ROOT).startsWith("ex-") ? word.substring(3) : word;
  }

  /** The gender a pronoun or a determiner asks for ("elle", "cette dernière", "la"). */
  public Optional<Gender> word(String w) {
    return Optional.ofNullable(cueWords.get(w.strip().toLowerCase(Locale.ROOT)));
  }

  public OfArticle of(String text, List<Mention> mentions) {
    Map<String, Gender> byFullName = new HashMap<>();
    Map<String, Gender> bySurname = new HashMap<>();
    Map<String, java.util.Set<Gender>> surnameEvidence = new HashMap<>();
    Map<String, java.util.Set<Gender>> fullEvidence = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() != EntityType.PER) continue;
      Optional<Gender> g = evidence(text, m);
      if (g.isEmpty() || g.get() == Gender.PLURAL) continue;
      fullEvidence.computeIfAbsent(key(m.text()), k -> java.util.EnumSet.noneOf(Gender.class)).add(g.get());
      surnameEvidence.computeIfAbsent(surname(m.text()), k -> java.util.EnumSet.noneOf(Gender.class)).add(g.get());
    }
    fullEvidence.forEach((k, v) -> {
      if (v.size() == 1) byFullName.put(k, v.iterator().next());
    });
    surnameEvidence.forEach((k, v) -> {
      if (v.size() == 1) bySurname.put(k, v.iterator().next());
    });
    return new OfArticle(text, byFullName, bySurname, this);
  }

  /** The gender a person's given name gives ("Rachida Dati"), when the name has one and it is not borne by both. */
  public Optional<Gender> givenName(String name) {
    String[] tokens = name.strip().split("\\s+");
    return tokens.length >= 2 ? Optional.ofNullable(firstNames.get(fold(tokens[0]))) : Optional.empty();
  }

  /** Whether one word is a given name alone ("Hélène", "Mohamed"), as private people are often named. */
  public boolean givenNameAlone(String word) {
    String w = word.strip();
    return !w.isEmpty() && !w.contains(" ") && firstNames.containsKey(fold(w));
  }

  private Optional<Gender> evidence(String text, Mention m) {
    // A given name outweighs the words around it, which may describe someone else: "auprès du
    // président de la République, Rachida Dati, un des symboles…".
    Optional<Gender> given = givenName(m.text());
    if (given.isPresent()) return given;
    // The model often takes the honorific into the name: "M. Kouchner".
    String first = m.text().strip().split("\\s+")[0];
    Optional<Gender> honorific = honorifics.contains(first) ? word(first) : Optional.empty();
    if (honorific.isPresent()) return honorific;
    Matcher b = before.matcher(text).region(Math.max(0, m.start() - 40), m.start());
    if (b.find()) return word(b.group("cue"));
    Matcher a = apposition.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
    if (a.find()) return word(a.group("cue"));
    Matcher t = title.matcher(text).region(Math.max(0, m.start() - 80), m.start());
    return t.find() ? word(t.group("cue")) : Optional.empty();
  }

  private static Gender gender(String code) {
    return switch (code.strip()) {
      case "f" -> Gender.FEMININE;
      case "m" -> Gender.MASCULINE;
      default -> Gender.PLURAL;
    };
  }

  private static String key(String name) {
    return fold(name.strip().replaceAll("\\s+", " "));
  }

  private static String surname(String name) {
    String[] tokens = name.strip().split("\\s+");
    return fold(tokens[tokens.length - 1]);
  }

  private static String fold(String s) {
    return org.dossier.lang.NameKey.of(s);
  }
}
