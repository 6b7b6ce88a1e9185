package org.dossier.extract.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.Sentence;
import org.dossier.analyse.Token;
import org.dossier.extract.quotes.FoundQuote;
import org.dossier.extract.time.ReferenceDate;
import org.dossier.extract.time.TextSpan;
import org.dossier.extract.time.Timex;

/**
 * Dossier's event extractor: every date that places something on a day, a month or a year (see
 * {@link EventDates}) makes its clause an event, unless
 *
 * <ul>
 *   <li>its sentence has no verb: a date line, a heading or a caption reports nothing;
 *   <li>a "since" word stands right before it ("depuis 2011"): it starts a state, which is a
 *       duration, not a happening;
 *   <li>it is later than the publication date, or cannot be placed against it, and its clause is
 *       a supposition ("si", "en cas de", a conditional), or it lies inside someone's words without
 *       an appointment word ("prévu", "aura lieu"; where it cannot be placed, a quote in the future
 *       tense). A later date the article itself states ("le sommet de mercredi abordera…") is a
 *       scheduled event and stays; in a quote, "nous frapperons lundi" is a threat, not an event.
 * </ul>
 *
 * A date the reference could not resolve ("mardi" in an undated article) is no event: no date is
 * invented. Cues are data ({@code LANG/events.tsv}).
 */
public final class ClauseEventExtractor implements EventExtractor {

  private final EventCues cues;
  private final Clauses clauses;

  public ClauseEventExtractor(List<String> languages) {
    this.cues = EventCues.load(languages);
    this.clauses = new Clauses(cues);
  }

  @Override
  public List<FoundEvent> extract(Analysis analysis, List<Timex> times, List<FoundQuote> quotes, ReferenceDate reference) {
    String text = analysis.text();
    List<FoundEvent> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Timex t : times) {
      Optional<String> date = EventDates.of(t);
      Sentence s = sentenceAt(analysis, t.start());
      if (date.isEmpty() || s == null || !hasVerb(s)) continue;
      if (cues.sinceBefore.matcher(text.substring(s.start(), t.start())).find()) continue;
      TextSpan clause = afterQuoteEnd(text, clauses.around(text, s, t.start(), t.end()), s, quotes);
      if (clause.end() <= clause.start()) continue;
      if (!stated(text, s, clause, t, date.get(), quotes, reference)) continue;
      // Two dates of one clause ("mercredi 5 février") are one event.
      if (seen.add(clause.start() + ":" + clause.end() + ":" + date.get())) {
        events.add(new FoundEvent(date.get(), EventDates.precision(date.get()), text.substring(clause.start(), clause.end()), s.index(), clause.start(), clause.end(), t.start(), t.end()));
      }
    }
    return List.copyOf(events);
  }

  /**
   * Whether a date is told as a fact. One known to be no later than publication is. A later one,
   * or one that cannot be placed against the publication date, is not in a supposition; inside
   * someone's words it is only an appointment ("prévu"), or, when it cannot be placed, a clause
   * not in the future tense.
   */
  private boolean stated(String text, Sentence s, TextSpan clause, Timex t, String date, List<FoundQuote> quotes, ReferenceDate reference) {
    Optional<Integer> against = EventDates.compare(date, reference);
    if (against.isPresent() && against.get() <= 0) return true;
    String words = text.substring(clause.start(), clause.end());
    if (cues.hypothetical.matcher(words).find() || verbIn(s, clause, cues::isConditional)) return false;
    boolean quoted = quotes.stream().anyMatch(q -> q.start() <= t.start() && t.end() <= q.end());
    if (!quoted || cues.scheduled.matcher(words).find()) return true;
    return against.isEmpty() && !verbIn(s, clause, cues::isFuture) && !cues.futureWord.matcher(words).find();
  }

  private static boolean verbIn(Sentence s, TextSpan clause, java.util.function.Predicate<String> form) {
    for (Token k : s.tokens()) {
      boolean verb = k.pos().equals("VERB") || k.pos().equals("AUX");
      if (verb && k.start() >= clause.start() && k.end() <= clause.end() && form.test(k.text())) return true;
    }
    return false;
  }

  /**
   * A sentence that opens with the end of a quote begun in an earlier sentence ("…partie russe»,
   * a déclaré Ibrahim Kalin, ce 24 décembre"): the clause starts after it, not mid-quote.
   */
  private static TextSpan afterQuoteEnd(String text, TextSpan clause, Sentence s, List<FoundQuote> quotes) {
    int start = clause.start();
    for (FoundQuote q : quotes) {
      if (q.direct() && q.start() < s.start() && q.end() > start && q.end() < clause.end()) start = Math.max(start, q.end());
    }
    if (start == clause.start()) return clause;
    while (start < clause.end() && "»”\"' ,;:".indexOf(text.charAt(start)) >= 0) start++;
    return new TextSpan(start, clause.end());
  }

  private static boolean hasVerb(Sentence s) {
    return s.tokens().stream().anyMatch(k -> k.pos().equals("VERB") || k.pos().equals("AUX"));
  }

  static Sentence sentenceAt(Analysis analysis, int offset) {
    for (Sentence s : analysis.sentences()) {
      if (offset >= s.start() && offset < s.end()) return s;
    }
    return null;
  }
}
