package org.dossier.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.Sentence;
import org.dossier.analyse.Token;
import org.dossier.extract.quotes.Quote;
import org.dossier.extract.time.Timex;

/**
 * When each quote was said: the date of its cue's own sentence ("a déclaré mardi", "Le 22
 * décembre, le président … a averti que…"), never a date inside quoted or reported words (that
 * is what was said about, not when; but reported words that open on an infinitive, "ont dit
 * souhaiter mercredi", are dated by a date right after it), nor one that dates a noun ("Evoquant
 * les accords conclus en octobre dernier, il a expliqué…"), nor a "since" date. Of several, the
 * one nearest the cue. A quote with no cue, or whose cue sentence gives no calendar date, keeps a
 * null date.
 */
public final class QuoteDates {

  private final EventCues cues;
  private final Clauses clauses;

  public QuoteDates(List<String> languages) {
    this.cues = EventCues.load(languages);
    this.clauses = new Clauses(cues);
  }

  /** The quotes of one article, each with its date where its cue sentence gives one. */
  public List<Quote> date(List<Quote> quotes, Analysis analysis, List<Timex> times) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      String date = q.cue() == null ? null : dateOf(q, quotes, analysis, times).orElse(null);
      out.add(new Quote(q.id(), q.text(), q.speaker(), q.cue(), q.direct(), q.article(), q.start(), q.end(), date));
    }
    return List.copyOf(out);
  }

  private Optional<String> dateOf(Quote q, List<Quote> quotes, Analysis analysis, List<Timex> times) {
    String text = analysis.text();
    String lower = text.toLowerCase(Locale.ROOT);
    String cue = q.cue().toLowerCase(Locale.ROOT);
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (Sentence s : analysis.sentences()) {
      if (s.end() <= q.start() || q.end() <= s.start()) continue;
      for (int at = lower.indexOf(cue, s.start()); at >= 0 && at + cue.length() <= s.end(); at = lower.indexOf(cue, at + 1)) {
        if (quoted(quotes, at, at + cue.length())) continue;
        int distance = Math.max(0, Math.max(q.start() - at - cue.length(), at - q.end()));
        if (distance < bestDistance) {
          bestDistance = distance;
          best = at;
        }
      }
    }
    if (best < 0) return Optional.empty();
    Sentence own = ClauseEventExtractor.sentenceAt(analysis, best);
    String found = null;
    int nearest = Integer.MAX_VALUE;
    for (Timex t : times) {
      if (t.start() < own.start() || t.end() > own.end() || said(quotes, own, t)) continue;
      Optional<String> value = EventDates.of(t);
      if (value.isEmpty() || cues.sinceBefore.matcher(text.substring(own.start(), t.start())).find() || clauses.inNounPhrase(own, t.start())) continue;
      int distance = Math.abs(t.start() - best);
      if (distance < nearest) {
        nearest = distance;
        found = value.get();
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean quoted(List<Quote> quotes, int start, int end) {
    return quotes.stream().anyMatch(q -> q.start() < end && start < q.end());
  }

  /** A date inside someone's words, except right after the infinitive that opens reported words. */
  private boolean said(List<Quote> quotes, Sentence s, Timex t) {
    for (Quote q : quotes) {
      if (q.end() <= t.start() || t.end() <= q.start()) continue;
      if (q.direct() || !opensOnInfinitive(s, q.start(), t.start())) return true;
    }
    return false;
  }

  private boolean opensOnInfinitive(Sentence s, int from, int to) {
    boolean verb = false;
    for (Token k : s.tokens()) {
      if (k.start() < from || k.start() >= to) continue;
      boolean infinitive = (k.pos().equals("VERB") || k.pos().equals("AUX")) && cues.isInfinitive(k.text());
      if (!infinitive && !k.pos().equals("ADV")) return false;
      verb |= infinitive;
    }
    return verb;
  }
}
