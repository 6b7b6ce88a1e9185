package org.dossier.extract.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.lang.DataFile;

/**
 * Surface cues of past and future ({@code LANG/time-tense.tsv}): compound past, imperfect, future and
 * conditional endings, "va" + infinitive, "prévu", "dernier"... The cue nearest to an expression in
 * its sentence gives its tense; a sentence without one is {@link Tense#UNKNOWN}.
 */
final class TenseCues {

  private record Cue(Tense tense, Pattern pattern) {}

  private final List<Cue> cues = new ArrayList<>();
  private final List<Pattern> clauseBreaks = new ArrayList<>();
  private final Set<String> never = new HashSet<>();

  TenseCues(List<String> languages) {
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    for (String lang : languages) {
      for (String[] row : DataFile.rows(lang, "time-tense.tsv")) {
        String kind = row[0].strip();
        if (kind.equals("clause")) {
          clauseBreaks.add(Pattern.compile(row[1].strip(), flags));
        } else if (kind.equals("never")) {
          if (row.length > 1) for (String w : row[1].split("\\|")) if (!w.isBlank()) never.add(w.strip().toLowerCase(Locale.ROOT));
        } else {
          cues.add(new Cue(Tense.valueOf(kind.toUpperCase(Locale.ROOT)), Pattern.compile(row[1].strip(), flags)));
        }
      }
    }
  }

  /**
   * The tense at an expression: that of the nearest cue in the sentence outside the expression
   * itself. A capitalised cue word inside the sentence is a name ("Sandra"), not a verb.
   */
  Tense at(String text, TextSpan whole, int start, int end) {
    TextSpan sentence = clause(text, whole, start, end);
    String s = text.substring(sentence.start(), sentence.end());
    Tense best = Tense.UNKNOWN;
    int bestDistance = Integer.MAX_VALUE;
    for (Cue cue : cues) {
      Matcher m = cue.pattern.matcher(s);
      while (m.find()) {
        int cs = sentence.start() + m.start();
        int ce = sentence.start() + m.end();
        if (cs < end && start < ce) continue;
        if (isTitleCase(m.group()) && !sentenceInitial(s, m.start())) continue;
        if (never.contains(lastWord(m.group()))) continue;
        int distance = ce <= start ? start - ce : cs - end;
        if (distance < bestDistance) {
          bestDistance = distance;
          best = cue.tense;
        }
      }
    }
    return best;
  }

  /** The clause of the sentence holding the expression: a cue across "alors que" or ";" belongs elsewhere. */
  private TextSpan clause(String text, TextSpan sentence, int start, int end) {
    int from = sentence.start();
    int to = sentence.end();
    String s = text.substring(sentence.start(), sentence.end());
    for (Pattern p : clauseBreaks) {
      Matcher m = p.matcher(s);
      while (m.find()) {
        int bs = sentence.start() + m.start();
        int be = sentence.start() + m.end();
        if (be <= start) from = Math.max(from, be);
        else if (bs >= end) to = Math.min(to, bs);
      }
    }
    return new TextSpan(from, Math.max(from, to));
  }

  /** "Sandra" is a name; "FERA", in a headline in capitals, is still a verb. */
  private static boolean isTitleCase(String word) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
  }

  private static boolean sentenceInitial(String s, int i) {
    return s.substring(0, i).isBlank();
  }

  private static String lastWord(String cue) {
    String[] parts = cue.strip().split("\\s+");
    return parts[parts.length - 1].toLowerCase(Locale.ROOT);
  }
}
