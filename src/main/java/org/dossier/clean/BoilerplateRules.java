package org.dossier.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.lang.DataFile;

/**
 * The boilerplate patterns of one or more languages, loaded from {@code LANG/boilerplate.tsv} and
 * {@code LANG/consent.tsv}.
 *
 * <p>Two kinds of pattern: a <em>paragraph</em> rule removes a paragraph it matches whole (a share
 * prompt, a caption with its credit, a video label); a <em>prefix</em> rule removes the matching
 * start of the first paragraph (a "date 2020-02" header). Consent banners vary too much for one
 * pattern, so their paragraphs are scored: weighted cues, and a paragraph at or over the threshold
 * is a banner. A news paragraph about cookies mentions one or two cues; a banner speaks to the reader
 * in interface language and piles them up.
 */
public final class BoilerplateRules {

  /** A named pattern. */
  public record Rule(String name, Pattern pattern) {}

  private record Cue(int weight, Pattern pattern) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private final List<Rule> paragraphRules;
  private final List<Rule> prefixRules;
  private final List<Cue> consentCues;
  private final int consentThreshold;

  private BoilerplateRules(List<Rule> paragraphRules, List<Rule> prefixRules, List<Cue> consentCues, int consentThreshold) {
    this.paragraphRules = List.copyOf(paragraphRules);
    this.prefixRules = List.copyOf(prefixRules);
    this.consentCues = List.copyOf(consentCues);
    this.consentThreshold = consentThreshold;
  }

  /** The union of the rules of the given languages. */
  public static BoilerplateRules load(List<String> languages, int consentThreshold) {
    List<Rule> paragraph = new ArrayList<>();
    List<Rule> prefix = new ArrayList<>();
    List<Cue> cues = new ArrayList<>();
    for (String lang : languages) {
      for (String[] row : DataFile.rows(lang, "boilerplate.tsv")) {
        if (row.length != 3) {
          throw new IllegalStateException(lang + "/boilerplate.tsv: expected rule, scope, pattern in " + String.join(" | ", row));
        }
        Rule rule = new Rule(row[0], Pattern.compile(row[2], FLAGS));
        switch (row[1]) {
          case "paragraph" -> paragraph.add(rule);
          case "prefix" -> prefix.add(rule);
          default -> throw new IllegalStateException(lang + "/boilerplate.tsv: unknown scope '" + row[1] + "'");
        }
      }
      for (String[] row : DataFile.optionalRows(lang, "consent.tsv").orElse(List.of())) {
        cues.add(new Cue(Integer.parseInt(row[0].strip()), Pattern.compile(row[1], FLAGS)));
      }
    }
    return new BoilerplateRules(paragraph, prefix, cues, consentThreshold);
  }

  /** The rule that removes this whole paragraph, if any. */
  public Optional<String> paragraphRule(String paragraph) {
    for (Rule rule : paragraphRules) {
      if (rule.pattern().matcher(paragraph).matches()) {
        return Optional.of(rule.name());
      }
    }
    if (consentScore(paragraph) >= consentThreshold) {
      return Optional.of("consent");
    }
    return Optional.empty();
  }

  /** The leading part of a paragraph that a prefix rule removes, with the rule's name. */
  public Optional<Removal> prefix(String paragraph) {
    for (Rule rule : prefixRules) {
      Matcher m = rule.pattern().matcher(paragraph);
      if (m.lookingAt() && m.end() > 0) {
        return Optional.of(new Removal(paragraph.substring(0, m.end()), rule.name()));
      }
    }
    return Optional.empty();
  }

  int consentScore(String paragraph) {
    int score = 0;
    for (Cue cue : consentCues) {
      if (cue.pattern().matcher(paragraph).find()) {
        score += cue.weight();
      }
    }
    return score;
  }
}
