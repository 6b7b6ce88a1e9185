package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.entities.EntityType;
import org.dossier.extract.quotes.Quote;
import org.dossier.lang.Alternation;
import org.dossier.lang.DataFile;

/**
 * "les deux hommes", "les deux banques": two the article names, not one. The pair named together
 * last before ("Gerardo Aguilar et Alexander Farfan", "La Société générale comme le Crédit
 * agricole"); failing one, the last two who spoke, or the one who spoke and the next to speak ("les
 * deux hommes estiment" between Alain Lemaire's words and Bernard Comolet's).
 */
final class Pairs {

  /** How far after a pair's description the two it stands for may first be named together, in characters: about a lead and two paragraphs. */
  private final int pairAhead;
  /** How many first letters of a body's noun its name must hold to be called by it: "syndic" of "syndicat", "Union syndicale". */
  private final int kindStem;
  /** How far back a parenthesis a name stands in may open, in characters: a stray "(" far before is none. */
  private final int maxParenthesis;

  private final org.dossier.lang.NameList names;

  private final Pattern phrase;
  private final Pattern joiner;
  /** A bare plural group: "les syndicats" ({@code LANG/group-articles.txt}). */
  private final Pattern group;
  /** What stands between two names of a list: a parenthesis after the first, a comma or a joiner, an article. */
  private final Pattern listed;
  private final Set<String> collectiveHeads;

  Pairs(String language, Set<String> collectiveHeads, org.dossier.config.Settings settings) {
    this.pairAhead = settings.integer("speakers.pair.reach-chars");
    this.kindStem = settings.integer("speakers.pair.kind-stem-chars");
    this.maxParenthesis = settings.integer("speakers.pair.max-parenthesis-chars");
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    this.phrase = Pattern.compile("^(?:" + Alternation.of(DataFile.words(language, "pair-phrases.txt")) + ")(?:\\s+(?<noun>\\p{L}[\\p{L}-]*)(?:\\s+(?<next>\\p{L}[\\p{L}-]*))?)?(?![\\p{L}])", flags);
    this.joiner = Pattern.compile("(?:\\s*\\([^()]*\\))?[\\s,]*(?:" + Alternation.of(DataFile.words(language, "pair-joiners.txt")) + ")\\s+(?:" + Alternation.of(DataFile.words(language, "determiners.txt")) + ")?\\s*", flags);
    this.listed = org.dossier.lang.ListGlue.of(language);
    this.group = Pattern.compile("^(?:" + Alternation.of(DataFile.words(language, "group-articles.txt")) + ")\\s+(?<noun>\\p{Ll}[\\p{L}-]*)$", flags);
    this.collectiveHeads = collectiveHeads;
    this.names = org.dossier.lang.NameList.of(language);
  }

  /**
   * The speakers a speaker's words list, "A et B" or "A, B et C", as one speaker with its members,
   * when they are a list of two or more entities of one kind and nothing else ("l'Union syndicale
   * des magistrats (USM) et le Syndicat de la magistrature"); else null. Names in a parenthesis only
   * gloss the one before.
   */
  Quote.Speaker list(String article, String text, int start, int end, List<Entity> entities) {
    List<Named> named = named(article, start, end, null, at -> inParenthesis(text, start, at), entities);
    if (named.size() < 2 || named.get(0).mention().start() != start || named.get(named.size() - 1).mention().end() != end) return null;
    List<Entity> members = new ArrayList<>();
    for (int i = 0; i < named.size(); i++) {
      Named n = named.get(i);
      if (n.entity().type() != named.get(0).entity().type()) return null;
      // Overlapping names ("Nicolas Sarkozy" and "Sarkozy" tagged twice) are no list either.
      if (i > 0 && (named.get(i - 1).mention().end() > n.mention().start() || !listed.matcher(text).region(named.get(i - 1).mention().end(), n.mention().start()).matches())) return null;
      if (!members.contains(n.entity())) members.add(n.entity());
    }
    return members.size() < 2 ? null : group(members);
  }

  /** Several speaking as one: their names listed, "A, B et C", and each one's entity. */
  Quote.Speaker group(List<Entity> members) {
    return new Quote.Speaker(null, names.join(members.stream().map(Entity::name).toList()), members.stream().map(Entity::id).toList());
  }

  private record Named(EntityMention mention, Entity entity) {}

  /** The names of an article in [from, to), of a type (any for null), but those {@code skipped} at their start, in text order. */
  private static List<Named> named(String article, int from, int to, EntityType type, java.util.function.IntPredicate skipped, List<Entity> entities) {
    List<Named> named = new ArrayList<>();
    for (Entity e : entities) {
      if (type != null && e.type() != type) continue;
      for (EntityMention x : e.mentions()) {
        if (x.article().equals(article) && x.start() >= from && x.end() <= to && !skipped.test(x.start())) named.add(new Named(x, e));
      }
    }
    named.sort(Comparator.comparingInt(n -> n.mention().start()));
    return named;
  }

  /** Whether {@code at} stands inside a parenthesis opened at or after {@code from}. */
  private static boolean inParenthesis(String text, int from, int at) {
    int open = text.lastIndexOf('(', at);
    return open >= from && open > text.lastIndexOf(')', at);
  }

  /**
   * The pair a description names, "A et B" with its two members, or null when it names no pair or
   * the article gives none: people for "les deux hommes", bodies for "les deux banques".
   */
  Quote.Speaker name(String description, String article, String text, int at, List<Entity> entities, List<Quote> linked) {
    Matcher bare = group.matcher(description.strip());
    if (bare.matches()) return kind(bare.group("noun"), article, text, at, entities);
    Matcher m = phrase.matcher(description.strip());
    // "les deux Britanniques expulsés": people called by nationality, whom the article need not name.
    if (!m.lookingAt() || m.group("noun") != null && Character.isUpperCase(m.group("noun").codePointAt(0))) return null;
    // "Tous deux": a pronoun, two people.
    String noun = m.group("noun") == null ? "" : SpeakerLinker.singular(m.group("noun").toLowerCase(Locale.ROOT));
    // "les deux principaux syndicats": the noun after an adjective.
    String next = m.group("next") == null ? "" : SpeakerLinker.singular(m.group("next").toLowerCase(Locale.ROOT));
    EntityType type = collectiveHeads.contains(noun) || collectiveHeads.contains(next) ? EntityType.ORG : EntityType.PER;
    List<Entity> two = together(article, text, 0, at, false, type, entities);
    if (two.isEmpty()) two = spoke(at, type, entities, linked);
    // "Les deux principaux syndicats ont saisi le CSM …" in a lead, the two named further on.
    // Bodies only: "les deux hommes" are rarely the next two people named.
    if (two.isEmpty() && type == EntityType.ORG) two = together(article, text, at, Math.min(text.length(), at + pairAhead), true, type, entities);
    return two.size() == 2 ? group(two) : null;
  }

  /**
   * "les syndicats" after "l'Union syndicale des magistrats et le Syndicat de la magistrature": the
   * last two bodies named together before, when the noun is a body's and one of them is named by it;
   * else null (unions in general).
   */
  private Quote.Speaker kind(String plural, String article, String text, int at, List<Entity> entities) {
    String noun = SpeakerLinker.singular(plural.toLowerCase(Locale.ROOT));
    if (noun.equals(plural.toLowerCase(Locale.ROOT)) || !collectiveHeads.contains(noun)) return null;
    List<Entity> two = together(article, text, 0, at, false, EntityType.ORG, entities);
    String key = org.dossier.lang.NameKey.of(noun);
    String stem = key.substring(0, Math.min(key.length(), kindStem));
    boolean named = two.stream().flatMap(e -> e.variants().stream()).anyMatch(v -> (" " + org.dossier.lang.NameKey.of(v)).contains(" " + stem));
    return two.size() == 2 && named ? group(two) : null;
  }

  /**
   * Two entities of a type named in [from, to) with only a joiner between them (a parenthesis may
   * gloss the first): the last two such, or the first two when looking ahead.
   */
  private List<Entity> together(String article, String text, int from, int to, boolean ahead, EntityType type, List<Entity> entities) {
    List<Named> named = new ArrayList<>(named(article, from, to, type, at -> inParenthesis(text, Math.max(0, at - maxParenthesis), at), entities));
    if (ahead) java.util.Collections.reverse(named);
    for (int i = named.size() - 1; i > 0; i--) {
      Named first = ahead ? named.get(i) : named.get(i - 1);
      Named second = ahead ? named.get(i - 1) : named.get(i);
      if (first.entity() != second.entity() && first.mention().end() <= second.mention().start()
          && joiner.matcher(text.substring(first.mention().end(), second.mention().start())).matches()) {
        return List.of(first.entity(), second.entity());
      }
    }
    return List.of();
  }

  /** The last two of a type who spoke before {@code at}; when only one did, they and the next to speak. */
  private static List<Entity> spoke(int at, EntityType type, List<Entity> entities, List<Quote> linked) {
    Map<String, Entity> byId = new LinkedHashMap<>();
    for (Entity e : entities) byId.put(e.id(), e);
    List<Entity> before = new ArrayList<>();
    Entity after = null;
    for (Quote q : linked) {
      Entity e = q.speaker() == null || q.speaker().entity() == null ? null : byId.get(q.speaker().entity());
      if (e == null || e.type() != type) continue;
      if (q.start() < at) {
        before.remove(e);
        before.add(e);
      } else if (after == null && !before.contains(e)) {
        after = e;
      }
    }
    if (before.size() >= 2) return before.subList(before.size() - 2, before.size());
    if (before.size() == 1 && after != null) return List.of(before.get(0), after);
    return List.of();
  }
}
