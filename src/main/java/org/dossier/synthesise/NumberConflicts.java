package org.dossier.synthesise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that sources of one fact give differently: among the sentences that state the same fact,
 * a count followed by the same word ("30 morts", "25 morts") with different values in different
 * articles. Years and dates are not counts.
 */
public final class NumberConflicts {

  /** A count and the word it counts: digits with French or English grouping, then a word. */
  private static final Pattern COUNT = Pattern.compile("(?<![\\d,.])(\\d{1,3}(?:[  .]\\d{3})+|\\d+(?:,\\d+)?)\\s+(\\p{L}{3,})");
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;

  /** One article's number for the counted word. */
  public record Value(String value, SentenceRef where, String text) {}

  /** The counted word and the differing values, one per article. */
  public record Conflict(String what, List<Value> values) {
    public Conflict {
      values = List.copyOf(values);
    }
  }

  private final java.util.Set<String> notCounted;

  /** @param notCounted words after a number that make it a date or a rank (month names, "ans"…) */
  public NumberConflicts(java.util.Set<String> notCounted) {
    this.notCounted = java.util.Set.copyOf(notCounted);
  }

  public List<Conflict> find(List<SourceSentence> statements) {
    Map<String, Map<String, Value>> byWord = new LinkedHashMap<>(); // word -> article -> value
    for (SourceSentence s : statements) {
      Matcher m = COUNT.matcher(s.text());
      while (m.find()) {
        String word = m.group(2).toLowerCase(Locale.ROOT);
        String digits = m.group(1).replaceAll("[  .]", "");
        if (notCounted.contains(word) || isYear(digits)) continue;
        byWord.computeIfAbsent(word, w -> new LinkedHashMap<>()).putIfAbsent(s.article(), new Value(digits, s.ref(), s.text()));
      }
    }
    List<Conflict> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Value>> e : byWord.entrySet()) {
      long distinct = e.getValue().values().stream().map(Value::value).distinct().count();
      if (e.getValue().size() >= 2 && distinct >= 2) out.add(new Conflict(e.getKey(), List.copyOf(e.getValue().values())));
    }
    return out;
  }

  private static boolean isYear(String digits) {
    if (!digits.matches("\\d{4}")) return false;
    int n = Integer.parseInt(digits);
    return n >= MIN_YEAR && n <= MAX_YEAR;
  }
}
