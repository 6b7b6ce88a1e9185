package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.brief.ContentHash;
import org.dossier.extract.entities.Acronym;
import org.dossier.extract.entities.EntityType;
import org.dossier.extract.entities.Mention;
import org.dossier.lang.Countries;
import org.dossier.lang.Countries.Country;
import org.dossier.lang.NameKey;
import org.dossier.lang.Organisations;
import org.dossier.lang.Organisations.Organisation;

/**
 * Cross-document resolution: turns every article's mentions into the run's entities.
 *
 * <p>Names are first keyed by their folded form (accents and transliteration marks removed, so
 * Erdoğan is Erdogan) and by the data files (a country's names and aliases, an organisation's
 * acronyms). Then clusters are merged on evidence, each merge guarded against its typical false
 * positive: a lone surname joins a full name only when one full name in the run ends with it; two
 * place spellings join only when they share their consonants and differ by one letter (Idleb,
 * Idlib, but not Iran, Irak); an acronym joins the long form the text defines it with. Capitals and
 * nationality words that stand for a state ({@link ActorFinder}) join the state, and a role
 * description ("le président turc") joins the one person the run gives that role.
 */
public final class EntityResolver {

  /** A place an entity is named; {@code name} is false for descriptions ("le président turc", "responsables turcs"). */
  private record Occurrence(String key, EntityType type, String article, int start, int end, String text, boolean name) {}

  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:(?i:le|la|les|the)\\s+|(?i:l)')(?=\\p{L})");
  /** Letters an acronym has: two are too many people's initials. */
  private final int minInitials;
  private final int maxInitials;

  private final Countries countries;
  private final Organisations organisations;
  private final List<String> honorifics;
  private final RoleFinder roles;
  /** Role nouns, folded, longest first: a model span may open with one ("Premier ministre François Fillon"). */
  private final List<String> roleTitles;
  private final ActorFinder actors;
  private final int placeMinLength;
  private final int personMinLength;

  public EntityResolver(Countries countries, Organisations organisations, List<String> honorifics, org.dossier.lang.RoleNouns roleNouns, Set<String> agentNouns, org.dossier.extract.entities.Genders genders, org.dossier.lang.RelativePronouns relatives, org.dossier.config.Settings settings) {
    this.countries = countries;
    this.organisations = organisations;
    this.honorifics = honorifics.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.roles = new RoleFinder(roleNouns, genders, relatives, settings);
    this.roleTitles = roleNouns.words().stream().map(r -> NameKey.of(r)).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.actors = new ActorFinder(countries, agentNouns);
    this.placeMinLength = settings.integer("resolve.place-variant.min-length");
    this.personMinLength = settings.integer("resolve.person-variant.min-length");
    this.minInitials = settings.integer("resolve.initials.min-letters");
    this.maxInitials = settings.integer("resolve.initials.max-letters");
  }

  public List<Entity> resolve(List<ArticleMentions> articles) {
    UnionFind clusters = new UnionFind();
    List<Occurrence> occurrences = new ArrayList<>();
    Map<String, String> fixedNames = new HashMap<>();
    Map<String, EntityType> fixedTypes = new HashMap<>();
    Map<String, EntityType> votedTypes = voteTypes(articles);
    // A word the run defines as an acronym is that organisation wherever the model puts it
    // ("Anil" tagged as a place after "l'Agence nationale d'information sur le logement (Anil)").
    java.util.Set<String> acronyms = new java.util.HashSet<>();
    for (ArticleMentions a : articles) {
      for (Acronym acronym : a.acronyms()) {
        if (!initialsOfPerson(a, acronym)) acronyms.add(NameKey.of(acronym.shortForm().text()));
      }
    }
    for (ArticleMentions a : articles) {
      String text = a.analysis().text();
      // Checks below look at this article's occurrences only: scanning the whole run's would make
      // resolution quadratic in the number of articles.
      List<Occurrence> local = new ArrayList<>();
      for (Mention m : a.mentions()) {
        String bare = bare(m.text());
        if (bare.isEmpty()) continue;
        String title = title(bare);
        // "Premier ministre", "ministre de la Culture": the model's body or thing is a role, a
        // description the role step binds, not an entity of its own.
        if (!title.isEmpty() && m.type() != EntityType.PER && title.length() >= NameKey.of(bare).length()) continue;
        if (!title.isEmpty() && m.type() == EntityType.PER) {
          // "Premier ministre François Fillon": the person is the name right after the title. A
          // complement ("ministre de la Défense Santos") leaves the span as the model made it.
          String[] words = bare.split("\\s+");
          int titleWords = title.split(" ").length;
          if (words.length > titleWords && Character.isUpperCase(words[titleWords].codePointAt(0))) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, titleWords, words.length));
            int start = m.start() + m.text().lastIndexOf(name);
            bare = name;
            m = new Mention(start, m.end(), name, m.type(), m.origin());
          }
        }
        EntityType type = acronyms.contains(NameKey.of(bare)) ? EntityType.ORG : m.origin().equals("ner") ? votedTypes.getOrDefault(NameKey.of(bare), m.type()) : m.type();
        String key = key(type, bare, fixedNames, fixedTypes);
        clusters.find(key);
        local.add(new Occurrence(key, type, a.article(), m.start(), m.end(), m.text(), true));
      }
      extendTruncated(text, local);
      for (Acronym acronym : a.acronyms()) {
        if (initialsOfPerson(a, acronym)) continue; // joined to the person by their initials, as a short form
        clusters.union(key(EntityType.ORG, acronym.shortForm().text(), fixedNames, fixedTypes), key(EntityType.ORG, bare(acronym.longForm().text()), fixedNames, fixedTypes));
      }
      for (ActorFinder.Actor actor : actors.find(text, a.analysis().sentences(), a.mentions())) {
        String key = countryKey(actor.country(), fixedNames, fixedTypes);
        boolean covered = local.stream().anyMatch(o -> o.start() < actor.end() && actor.start() < o.end() && o.key().equals(key));
        local.removeIf(o -> o.start() == actor.start() && o.end() == actor.end() && !o.key().equals(key));
        if (!covered) {
          clusters.find(key);
          boolean isName = Character.isUpperCase(actor.text().codePointAt(0)) && !actor.text().contains(" ");
          local.add(new Occurrence(key, EntityType.LOC, a.article(), actor.start(), actor.end(), actor.text(), isName));
        }
      }
      occurrences.addAll(local);
    }
    mergeSurnames(occurrences, clusters);
    mergeShortForms(occurrences, clusters, acronyms, fixedNames.keySet());
    mergeGivenNames(occurrences, clusters);
    mergePlaceSpellings(occurrences, clusters);
    mergePersonSpellings(occurrences, clusters);
    Map<Occurrence, String> roleAt = rolesAt(articles, occurrences);
    Map<String, List<String>> rolesByCluster = new HashMap<>();
    for (Occurrence o : occurrences) {
      String role = roleAt.get(o);
      if (role != null) rolesByCluster.computeIfAbsent(clusters.find(o.key()), k -> new ArrayList<>()).add(role);
    }
    addRoleDescriptions(articles, occurrences, clusters, rolesByCluster);
    return build(occurrences, clusters, fixedNames, fixedTypes, roleAt);
  }

  /** "Patrick Poivre d'Arvor (PPDA)": letters in brackets after a person's name are that person's initials, not a body's acronym. */
  private static boolean initialsOfPerson(ArticleMentions a, Acronym acronym) {
    Mention spelt = acronym.longForm();
    return a.mentions().stream().anyMatch(m -> m.type() == EntityType.PER && m.start() <= spelt.start() && spelt.end() <= m.end());
  }

  /**
   * The model tags the same name differently from one sentence to the next ("Damas" LOC nine times,
   * PER once; "Erdoğan" LOC once, "Erdogan" PER often). Each name takes the type most of its
   * mentions have in the run, a lone surname counting toward the full names it ends.
   */
  private Map<String, EntityType> voteTypes(List<ArticleMentions> articles) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    for (ArticleMentions a : articles) {
      for (Mention m : a.mentions()) {
        if (!m.origin().equals("ner")) continue;
        String key = NameKey.of(bare(m.text()));
        if (key.isEmpty()) continue;
        votes.computeIfAbsent(key, k -> new HashMap<>()).merge(m.type(), 1, Integer::sum);
        int space = key.lastIndexOf(' ');
        if (space > 0 && m.type() == EntityType.PER) {
          votes.computeIfAbsent(key.substring(space + 1), k -> new HashMap<>()).merge(EntityType.PER, 1, Integer::sum);
        }
      }
    }
    Map<String, EntityType> winners = new HashMap<>();
    votes.forEach((key, counts) -> winners.put(key, counts.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey()));
    return winners;
  }

  /** The role a name opens with, folded ("premier ministre"), or "". */
  private String title(String bare) {
    String folded = NameKey.of(bare);
    for (String r : roleTitles) {
      if (folded.equals(r) || folded.startsWith(r + " ")) return r;
    }
    return "";
  }

  /** The name without a leading article or honorific: "le Kremlin" → "Kremlin", "M. Kalin" → "Kalin". */
  String bare(String surface) {
    String s = LEADING_ARTICLE.matcher(surface.strip()).replaceFirst("");
    for (String h : honorifics) {
      // "M.Sarkozy": a typing slip leaves out the space after an abbreviation's full stop.
      boolean glued = h.endsWith(".") && s.length() > h.length() && s.startsWith(h) && Character.isUpperCase(s.codePointAt(h.length()));
      if (s.startsWith(h + " ") || glued) {
        s = s.substring(h.length()).strip();
        break;
      }
    }
    return s;
  }

  private String key(EntityType type, String bare, Map<String, String> fixedNames, Map<String, EntityType> fixedTypes) {
    // The model reads "Hayat Tahrir al-Cham" as a person; a several-word organisation name in the
    // data outweighs it. A one-word name (Wagner) may really be a person and keeps the model's type.
    if (type == EntityType.PER && bare.contains(" ")) {
      Optional<Organisation> org = organisations.byName(bare);
      if (org.isPresent()) return orgKey(org.get(), fixedNames, fixedTypes);
    }
    if (type != EntityType.PER) {
      // A nationality ("Syriens") stays a group of people; ActorFinder decides when it acts for the state.
      Optional<Country> country = countries.byName(bare);
      if (country.isPresent()) return countryKey(country.get(), fixedNames, fixedTypes);
      Optional<Organisation> org = organisations.byName(bare);
      if (org.isPresent()) return orgKey(org.get(), fixedNames, fixedTypes);
    }
    return type.name().toLowerCase(Locale.ROOT) + ":" + NameKey.of(bare);
  }

  private static String orgKey(Organisation org, Map<String, String> fixedNames, Map<String, EntityType> fixedTypes) {
    String key = "org:" + NameKey.of(org.name());
    fixedNames.put(key, org.name());
    fixedTypes.put(key, EntityType.ORG);
    return key;
  }

  private static String countryKey(Country c, Map<String, String> fixedNames, Map<String, EntityType> fixedTypes) {
    String key = "country:" + c.iso2();
    fixedNames.put(key, c.name());
    fixedTypes.put(key, EntityType.LOC);
    return key;
  }

  /**
   * "Le Syndicat de la magistrature appelle…" where the model tagged only "Syndicat": a name whose
   * text goes on to spell, word for word, a longer name the same article tags elsewhere is that
   * name cut short. The longest such name wins.
   */
  private static void extendTruncated(String text, List<Occurrence> local) {
    for (int i = 0; i < local.size(); i++) {
      Occurrence o = local.get(i);
      Occurrence longest = null;
      for (Occurrence l : local) {
        if (l.text().length() <= o.text().length() || !l.text().startsWith(o.text() + " ") || !text.startsWith(l.text(), o.start())) continue;
        if (longest == null || l.text().length() > longest.text().length()) longest = l;
      }
      if (longest != null) local.set(i, new Occurrence(longest.key(), longest.type(), o.article(), o.start(), o.start() + longest.text().length(), longest.text(), o.name()));
    }
  }

  /**
   * "Kalin" joins "Ibrahim Kalin" when exactly one full name of the run ends with it. A compound
   * surname's last part is not a name of its own: "Sarkozy" is not "Carla Bruni-Sarkozy".
   */
  private static void mergeSurnames(List<Occurrence> occurrences, UnionFind clusters) {
    Set<String> people = occurrences.stream().filter(o -> o.key().startsWith("per:")).map(Occurrence::key).collect(Collectors.toCollection(java.util.TreeSet::new));
    Map<String, String> lastWord = new HashMap<>();
    for (Occurrence o : occurrences) {
      String[] words = o.text().strip().split("\\s+");
      lastWord.putIfAbsent(o.key(), words[words.length - 1]);
    }
    for (String shorter : people) {
      String name = shorter.substring(4);
      List<String> fuller = people.stream().filter(k -> !k.equals(shorter) && k.substring(4).endsWith(" " + name) && !partOfCompound(lastWord.get(k), name)).toList();
      Set<String> roots = fuller.stream().map(clusters::find).collect(Collectors.toSet());
      if (roots.size() == 1) clusters.union(shorter, fuller.get(0));
    }
  }

  /**
   * Whether a name is only the end of a compound last word ("Bruni-Sarkozy" for "sarkozy"); not
   * after a lower-case particle ("al-Assad" is Assad).
   */
  private static boolean partOfCompound(String lastWord, String name) {
    if (lastWord == null || name.contains(" ")) return false;
    int hyphen = lastWord.lastIndexOf('-');
    String key = NameKey.of(lastWord);
    return hyphen > 0 && Character.isUpperCase(lastWord.codePointAt(0)) && !key.equals(name) && key.endsWith(" " + name);
  }

  /**
   * "le général Vibulsak" after "Le général thaï Vibulsak Neepan": where a lone name is the first
   * word of exactly one person the same article names in full, it is that person (Thai, Icelandic
   * and many other names go by the given name). Only within an article: a given name alone names
   * too many people across a run.
   */
  private void mergeGivenNames(List<Occurrence> occurrences, UnionFind clusters) {
    Map<String, Map<String, Set<String>>> byArticle = new HashMap<>();
    Set<String> fullNames = new HashSet<>();
    for (Occurrence o : occurrences) {
      if (o.type() != EntityType.PER || !o.name()) continue;
      String[] words = bare(o.text()).split("\\s+");
      if (words.length < 2) continue;
      fullNames.add(clusters.find(o.key()));
      byArticle.computeIfAbsent(o.article(), a -> new HashMap<>()).computeIfAbsent(NameKey.of(words[0]), k -> new HashSet<>()).add(clusters.find(o.key()));
    }
    for (Occurrence o : occurrences) {
      String word = bare(o.text());
      // A surname already joined to its full name is not a given name.
      if (o.type() != EntityType.PER || !o.name() || word.contains(" ") || fullNames.contains(clusters.find(o.key()))) continue;
      Set<String> people = byArticle.getOrDefault(o.article(), Map.of()).get(NameKey.of(word));
      if (people != null && people.size() == 1) clusters.union(o.key(), people.iterator().next());
    }
  }

  /**
   * The short forms the press gives a person with a compound surname: "Poivre" for Patrick Poivre
   * d'Arvor (the surname's first word, before its particle), "Jean Dionis" for Jean Dionis du
   * Séjour (the name up to the particle) and initials, "PPDA", "DSK" (every
   * word and hyphenated part of the name, particles with or without). Each joins only when exactly
   * one person of the run has that short form.
   */
  private void mergeShortForms(List<Occurrence> occurrences, UnionFind clusters, Set<String> acronyms, Set<String> dataKeys) {
    Map<String, Set<String>> byShortForm = new HashMap<>();
    for (Occurrence o : occurrences) {
      if (o.type() != EntityType.PER || !o.name()) continue;
      String name = bare(o.text());
      String[] words = name.split("\\s+");
      if (words.length < 2) continue;
      for (int i = 1; i + 1 < words.length; i++) {
        if (Character.isLowerCase(words[i + 1].codePointAt(0)) && Character.isUpperCase(words[i].codePointAt(0))) {
          byShortForm.computeIfAbsent(NameKey.of(words[i]), k -> new HashSet<>()).add(clusters.find(o.key()));
          // "Jean Dionis" for Jean Dionis du Séjour: the name up to the particle.
          byShortForm.computeIfAbsent(NameKey.of(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i + 1))), k -> new HashSet<>()).add(clusters.find(o.key()));
        }
      }
      for (String initials : NameKey.initials(name)) {
        if (initials.length() >= minInitials) byShortForm.computeIfAbsent("#" + NameKey.of(initials), k -> new HashSet<>()).add(clusters.find(o.key()));
      }
    }
    for (int i = 0; i < occurrences.size(); i++) {
      Occurrence o = occurrences.get(i);
      String word = bare(o.text());
      if (!o.name() || word.contains(" ") && o.type() != EntityType.PER) continue;
      // Two letters are too many people's initials; an acronym the run or the data defines is a body's.
      boolean initials = word.length() >= minInitials && word.length() <= maxInitials && word.chars().allMatch(Character::isUpperCase);
      if (initials && (acronyms.contains(NameKey.of(word)) || dataKeys.contains(o.key()))) continue;
      if (!initials && o.type() != EntityType.PER) continue;
      Set<String> people = byShortForm.get((initials ? "#" : "") + NameKey.of(word));
      if (people != null && people.size() == 1) {
        clusters.union(o.key(), people.iterator().next());
        // The model often tags initials as a body; joined to a person, they name a person.
        occurrences.set(i, new Occurrence(o.key(), EntityType.PER, o.article(), o.start(), o.end(), o.text(), true));
      }
    }
  }

  /** Idleb and Idlib: same consonants, one letter apart, long enough not to be a coincidence. */
  private void mergePlaceSpellings(List<Occurrence> occurrences, UnionFind clusters) {
    List<String> places = occurrences.stream().map(Occurrence::key).filter(k -> k.startsWith("loc:")).distinct().sorted().toList();
    for (int i = 0; i < places.size(); i++) {
      for (int j = i + 1; j < places.size(); j++) {
        String a = places.get(i).substring(4);
        String b = places.get(j).substring(4);
        if (a.length() >= placeMinLength && b.length() >= placeMinLength && a.charAt(0) == b.charAt(0) && NameKey.skeleton(a).equals(NameKey.skeleton(b)) && NameKey.distance(a, b, 1) <= 1) {
          clusters.union(places.get(i), places.get(j));
        }
      }
    }
  }

  /**
   * "Lance Armsrong" three lines after "Lance Armstrong": a typing slip. Two full names of one
   * article with the same given name and surnames one letter apart, long enough not to be two
   * people, are one person. Only within an article: across the run, one letter may part a family.
   */
  private void mergePersonSpellings(List<Occurrence> occurrences, UnionFind clusters) {
    // Article → given name → each full name's key → its surname.
    Map<String, Map<String, Map<String, String>>> byArticle = new HashMap<>();
    for (Occurrence o : occurrences) {
      if (o.type() != EntityType.PER || !o.name() || !o.key().startsWith("per:")) continue;
      String[] words = NameKey.of(bare(o.text())).split(" ");
      if (words.length != 2 || words[1].length() < personMinLength) continue;
      byArticle.computeIfAbsent(o.article(), a -> new HashMap<>()).computeIfAbsent(words[0], k -> new java.util.LinkedHashMap<>()).put(o.key(), words[1]);
    }
    for (Map<String, Map<String, String>> byGivenName : byArticle.values()) {
      for (Map<String, String> surnames : byGivenName.values()) {
        List<Map.Entry<String, String>> people = List.copyOf(surnames.entrySet());
        for (int i = 0; i < people.size(); i++) {
          for (int j = i + 1; j < people.size(); j++) {
            if (NameKey.distance(people.get(i).getValue(), people.get(j).getValue(), 1) <= 1) clusters.union(people.get(i).getKey(), people.get(j).getKey());
          }
        }
      }
    }
  }

  /** The role an apposition or a title gives a person where they are named. */
  private Map<Occurrence, String> rolesAt(List<ArticleMentions> articles, List<Occurrence> occurrences) {
    Map<Occurrence, String> at = new HashMap<>();
    Map<String, String> text = articles.stream().collect(Collectors.toMap(ArticleMentions::article, a -> a.analysis().text(), (x, y) -> x));
    for (Occurrence o : occurrences) {
      if (o.type() != EntityType.PER) continue;
      String t = text.get(o.article());
      roles.roleBefore(t, o.start(), o.text()).or(() -> roles.roleAfter(t, o.end())).ifPresent(r -> at.put(o, r));
    }
    return at;
  }

  /** "le président turc" alone is the one person the run calls so; nobody if two people share it. */
  private void addRoleDescriptions(List<ArticleMentions> articles, List<Occurrence> occurrences, UnionFind clusters, Map<String, List<String>> rolesByCluster) {
    Map<String, Set<String>> clustersByRole = new HashMap<>();
    Map<String, String> roleText = new HashMap<>();
    rolesByCluster.forEach((cluster, list) -> list.forEach(r -> {
      String k = NameKey.of(r);
      clustersByRole.computeIfAbsent(k, x -> new HashSet<>()).add(cluster);
      roleText.putIfAbsent(k, r);
    }));
    Map<String, List<Occurrence>> byArticle = new HashMap<>();
    occurrences.forEach(o -> byArticle.computeIfAbsent(o.article(), k -> new ArrayList<>()).add(o));
    for (Map.Entry<String, Set<String>> e : clustersByRole.entrySet()) {
      // "le président" alone could be anyone; "le président turc" is one person in a run.
      // A role noun of two words ("Premier ministre", "secrétaire général") is as bare as "président".
      if (e.getValue().size() != 1 || !e.getKey().contains(" ") || roleTitles.contains(e.getKey())) continue;
      String cluster = e.getValue().iterator().next();
      Pattern description = Pattern.compile("(?<![\\p{L}])(?i:le|la|l')\\s*" + Pattern.quote(roleText.get(e.getKey())) + "(?![\\p{L}])(?!,?\\s+\\p{Lu})", Pattern.UNICODE_CASE);
      for (ArticleMentions a : articles) {
        Matcher m = description.matcher(a.analysis().text());
        while (m.find()) {
          int start = m.start();
          int end = m.end();
          List<Occurrence> here = byArticle.computeIfAbsent(a.article(), k -> new ArrayList<>());
          boolean taken = here.stream().anyMatch(o -> o.start() < end && start < o.end());
          if (!taken) {
            Occurrence found = new Occurrence(cluster, EntityType.PER, a.article(), start, end, m.group(), false);
            occurrences.add(found);
            here.add(found);
          }
        }
      }
    }
  }

  private List<Entity> build(List<Occurrence> occurrences, UnionFind clusters, Map<String, String> fixedNames, Map<String, EntityType> fixedTypes, Map<Occurrence, String> roleAt) {
    Map<String, List<Occurrence>> groups = new LinkedHashMap<>();
    for (Occurrence o : occurrences) {
      groups.computeIfAbsent(clusters.find(o.key()), k -> new ArrayList<>()).add(o);
    }
    List<Entity> entities = new ArrayList<>();
    for (Map.Entry<String, List<Occurrence>> g : groups.entrySet()) {
      List<Occurrence> occ = g.getValue();
      Map<String, Long> variantCounts = occ.stream().filter(Occurrence::name).map(o -> bare(o.text())).collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
      List<String> variants = variantCounts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
      String fixedKey = occ.stream().map(Occurrence::key).filter(fixedNames::containsKey).findFirst().orElse(null);
      EntityType type = fixedKey != null ? fixedTypes.get(fixedKey) : majorityType(occ);
      if (variantCounts.isEmpty() && fixedKey == null) continue; // descriptions alone name nothing
      if (variantCounts.isEmpty()) variants = List.of(fixedNames.get(fixedKey));
      String name = fixedKey != null ? asWritten(fixedNames.get(fixedKey), variants) : canonicalName(type, variantCounts);
      List<EntityMention> mentions =
          occ.stream().sorted(Comparator.comparing(Occurrence::article).thenComparingInt(Occurrence::start)).map(o -> new EntityMention(o.article(), o.start(), o.end(), o.text(), roleAt.get(o))).toList();
      entities.add(new Entity(id(type, name), name, type, variants, mentions, mainRole(occ.stream().map(roleAt::get).filter(java.util.Objects::nonNull).toList())));
    }
    entities.sort(Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::name));
    return entities;
  }

  /** The data's name, in the capitalisation the articles use ("droits de l'Homme"). */
  private static String asWritten(String dataName, List<String> variants) {
    return variants.stream().filter(v -> v.equalsIgnoreCase(dataName)).findFirst().orElse(dataName);
  }

  private static EntityType majorityType(List<Occurrence> occ) {
    return occ.stream().collect(Collectors.groupingBy(Occurrence::type, Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** A person is named by the most frequent of their fullest names; anything else by its most frequent spelling. */
  private static String canonicalName(EntityType type, Map<String, Long> counts) {
    Comparator<Map.Entry<String, Long>> byCount = Map.Entry.comparingByValue();
    Comparator<Map.Entry<String, Long>> order =
        type == EntityType.PER ? Comparator.<Map.Entry<String, Long>>comparingInt(e -> e.getKey().split("\\s+").length).thenComparing(byCount) : byCount;
    return counts.entrySet().stream().max(order.thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
  }

  private static String mainRole(List<String> roles) {
    if (roles == null || roles.isEmpty()) return null;
    Map<String, Long> counts = roles.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(e -> e.getKey().length())).orElseThrow().getKey();
  }

  private static String id(EntityType type, String name) {
    return type.name().toLowerCase(Locale.ROOT) + "-" + ContentHash.hex(type + ":" + NameKey.of(name), 4);
  }
}
