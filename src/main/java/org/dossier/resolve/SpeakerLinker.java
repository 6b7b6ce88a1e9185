package org.dossier.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
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
        String words = LEADING_ARTICLE.matcher(s.name()).replaceFirst("");
        boolean named = best != null && (best.type() == EntityType.PER || best.variants().stream().anyMatch(v -> v.equalsIgnoreCase(words)));
        String name = named ? best.name() : words;
        speaker = new Quote.Speaker(best == null ? null : best.id(), name);
      }
      quotes.add(new Quote(id(article, q.start(), q.end()), q.text(), speaker, q.cue(), q.direct(), article, q.start(), q.end(), null));
    }
    return quotes;
  }

  private static int wordsBefore(String text, int from, int to) {
    String s = text.substring(from, to).strip();
    return s.isEmpty() ? 0 : s.split("\\s+|(?<=')").length;
  }

  private static String id(String article, int start, int end) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest((article + ":" + start + ":" + end).getBytes(StandardCharsets.UTF_8));
      return "q-" + HexFormat.of().formatHex(d, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
