package org.dossier.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.lang.DataFile;

/**
 * What {@code LANG/events.tsv} says about a language: the words that turn a date into the start of
 * a state ("depuis"), open another clause, or make a clause a supposition or an appointment.
 */
final class EventCues {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A "since" word ending right before a date: matched against the text before it. */
  final Pattern sinceBefore;
  /** A clause link at the start of what follows a comma. */
  final Pattern linkAfterComma;
  final Pattern hypothetical;
  final Pattern scheduled;
  final Pattern futureWord;
  private final List<String> gerundEndings;
  private final List<String> gerundLeads;
  private final List<String> clitics;
  private final List<String> participleEndings;
  private final List<String> conditionalEndings;
  private final List<String> infinitiveEndings;
  private final List<String> futureEndings;

  private EventCues(Map<String, List<String>> roles) {
    this.sinceBefore = Pattern.compile("(?<![\\p{L}'-])(?:" + alternation(roles.get("since")) + ")\\s*$", FLAGS);
    this.linkAfterComma = Pattern.compile("^\\s*[,;]\\s*(?:" + alternation(roles.get("link")) + ")", FLAGS);
    this.hypothetical = Pattern.compile("(?<![\\p{L}'-])(?:" + alternation(roles.get("hypothetical")) + ")", FLAGS);
    this.scheduled = Pattern.compile("(?<![\\p{L}'-])(?:" + alternation(roles.get("scheduled")) + ")", FLAGS);
    this.futureWord = Pattern.compile("(?<![\\p{L}'-])(?:" + alternation(roles.get("future-word")) + ")", FLAGS);
    this.gerundEndings = roles.get("gerund");
    this.gerundLeads = roles.get("gerund-lead");
    this.clitics = roles.get("clitic");
    this.participleEndings = roles.get("participle");
    this.conditionalEndings = roles.get("conditional");
    this.infinitiveEndings = roles.get("infinitive");
    this.futureEndings = roles.get("future");
  }

  static EventCues load(List<String> languages) {
    Map<String, List<String>> roles = new HashMap<>();
    for (String role : List.of("since", "link", "gerund", "gerund-lead", "clitic", "participle", "hypothetical", "conditional", "future", "future-word", "infinitive", "scheduled")) {
      roles.put(role, new ArrayList<>());
    }
    for (String lang : languages) {
      for (String[] row : DataFile.rows(lang, "events.tsv")) {
        List<String> forms = roles.get(row[0].strip());
        if (forms == null) throw new IllegalStateException("unknown role '" + row[0] + "' in " + lang + "/events.tsv");
        if (row.length > 1) {
          for (String f : row[1].split("\\|")) if (!f.isBlank()) forms.add(f.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return new EventCues(roles);
  }

  boolean isGerund(String word) {
    return endsWithAny(word, gerundEndings);
  }

  boolean isGerundLead(String word) {
    return gerundLeads.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isClitic(String word) {
    return clitics.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isParticiple(String word) {
    return endsWithAny(word, participleEndings);
  }

  boolean isConditional(String word) {
    return endsWithAny(word, conditionalEndings);
  }

  boolean isFuture(String word) {
    return endsWithAny(word, futureEndings);
  }

  boolean isInfinitive(String word) {
    return endsWithAny(word, infinitiveEndings);
  }

  private static boolean endsWithAny(String word, List<String> endings) {
    String w = word.toLowerCase(Locale.ROOT);
    // A suffix alone is no word: "é" is not a participle of anything.
    return endings.stream().anyMatch(e -> w.length() > e.length() + 1 && w.endsWith(e));
  }

  /**
   * The forms as one regular expression, longest first so that "alors qu'" wins over a shorter
   * form; a form ending in an apostrophe runs into the next word, any other ends at a word edge.
   */
  private static String alternation(List<String> forms) {
    if (forms.isEmpty()) return "(?!)";
    List<String> sorted = new ArrayList<>(forms);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> parts = new ArrayList<>();
    for (String f : sorted) {
      String words = Pattern.quote(f).replace(" ", "\\E\\s+\\Q");
      parts.add(f.endsWith("'") ? words : words + "(?![\\p{L}'-])");
    }
    return String.join("|", parts);
  }
}
