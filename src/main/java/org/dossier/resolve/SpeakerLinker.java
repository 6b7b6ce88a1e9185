package org.dossier.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.brief.ContentHash;
import org.dossier.extract.entities.EntityType;
import org.dossier.extract.quotes.FoundQuote;
import org.dossier.extract.quotes.Quote;
import org.dossier.extract.quotes.SpeakerSpan;

/**
 * Links each quote's speaker to the run's entity named at that place: "M. Kalin" to Ibrahim Kalin,
 * "la présidence turque" to the Turkish state, "le porte-parole du Kremlin" to the one person the
 * run gives that role. A speaker no entity covers keeps the words that name it.
 */
public final class SpeakerLinker {

  private static final int MAX_DESCRIPTION_WORDS = 4;
  private static final java.util.Set<String> COLLECTIVE_HEADS =
      java.util.Set.copyOf(org.dossier.lang.DataFile.words("fr", "collective-nouns.txt").stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList());
  private static final Pattern DEFINITE = Pattern.compile("^(?i:le|la|les|l')(?:\\s+|(?<=')).+");
  private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\s*\\([^()]*\\)$");

  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:(?i:le|la|les|un|une|des|the)\\s+|(?i:l)')");

  private SpeakerLinker() {}

  private static final int MAX_WORDS_BEFORE_HEAD = 1;

  public static List<Quote> link(String article, String text, List<FoundQuote> found, List<Entity> entities) {
    List<Quote> quotes = new ArrayList<>();
    for (FoundQuote q : found) {
      Quote.Speaker speaker = null;
      SpeakerSpan s = q.speaker();
      if (s != null) {
        Entity best = null;
        int bestScore = -1;
        for (Entity e : entities) {
          for (EntityMention m : e.mentions()) {
            if (!m.article().equals(article) || m.end() <= s.start() || s.end() <= m.start()) continue;
            // The entity must head the speaker's words: "la présidence turque" is Turkey speaking,
            // "le porte-parole de la présidence turque" is a person, "les présidents russe Vladimir
            // Poutine et turc Recep Tayyip Erdogan" are two.
            if (m.start() > s.start() && wordsBefore(text, s.start(), m.start()) > MAX_WORDS_BEFORE_HEAD) continue;
            // Prefer the entity named most fully over the speaker's words, then people.
            int overlap = Math.min(m.end(), s.end()) - Math.max(m.start(), s.start());
            int score = overlap * 2 + (e.type() == EntityType.PER ? 1 : 0);
            if (score > bestScore) {
              bestScore = score;
              best = e;
            }
          }
        }
        // A person goes by their canonical name; a body keeps the words that name it ("présidence
        // turque" speaks for Turkey, but is not Turkey's name).
        String bare = LEADING_ARTICLE.matcher(s.name()).replaceFirst("");
        boolean named = best != null && (best.type() == EntityType.PER || best.variants().stream().anyMatch(v -> v.equalsIgnoreCase(bare)));
        String words = bare;
        if (best == null && DEFINITE.matcher(s.name()).matches() && words.split("\\s+").length <= MAX_DESCRIPTION_WORDS) {
          best = antecedent(article, s.start(), words, entities, found); // "l'avocate", "le communiqué"
          named = best != null;
        }
        words = TRAILING_PARENTHESIS.matcher(words).replaceFirst("");
        String name = named ? best.name() : words;
        List<String> people = peopleIn(article, s, entities);
        if (best == null && people.size() >= 2) name = String.join(" et ", people); // "les présidents russe Vladimir Poutine et turc Recep Tayyip Erdogan"
        speaker = new Quote.Speaker(best == null ? null : best.id(), name);
      }
      quotes.add(new Quote(id(article, q.start(), q.end()), q.text(), speaker, q.cue(), q.direct(), article, q.start(), q.end(), null));
    }
    return quotes;
  }

  /**
   * A definite description's referent: the organisation (for "le communiqué", "l'association") or
   * the person (for "l'avocate", "le magistrat") named last before it in the article.
   */
  private static Entity antecedent(String article, int before, String words, List<Entity> entities, List<FoundQuote> quotes) {
    String head = words.split("[\\s']+")[0].toLowerCase(java.util.Locale.ROOT);
    EntityType wanted = COLLECTIVE_HEADS.contains(head) ? EntityType.ORG : EntityType.PER;
    Entity best = null;
    int bestStart = -1;
    for (Entity e : entities) {
      if (e.type() != wanted) continue;
      for (EntityMention m : e.mentions()) {
        // A name inside quoted words is what was said about someone, not who is speaking.
        if (m.article().equals(article) && m.end() <= before && m.start() > bestStart && quotes.stream().noneMatch(q -> q.direct() && q.start() <= m.start() && m.end() <= q.end())) {
          best = e;
          bestStart = m.start();
        }
      }
    }
    return best;
  }

  /** The people named inside a speaker's words, in order. */
  private static List<String> peopleIn(String article, SpeakerSpan s, List<Entity> entities) {
    java.util.TreeMap<Integer, String> byPosition = new java.util.TreeMap<>();
    for (Entity e : entities) {
      if (e.type() != EntityType.PER) continue;
      for (EntityMention m : e.mentions()) {
        if (m.article().equals(article) && m.start() >= s.start() && m.end() <= s.end()) byPosition.putIfAbsent(m.start(), e.name());
      }
    }
    return byPosition.values().stream().distinct().toList();
  }

  private static int wordsBefore(String text, int from, int to) {
    String s = text.substring(from, to).strip();
    return s.isEmpty() ? 0 : s.split("\\s+|(?<=')").length;
  }

  private static String id(String article, int start, int end) {
    return "q-" + ContentHash.hex(article + ":" + start + ":" + end, 5);
  }
}
