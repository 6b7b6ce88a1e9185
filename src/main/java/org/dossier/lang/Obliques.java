package org.dossier.lang;

import java.util.regex.Pattern;

/**
 * Whether a name follows a preposition ({@code LANG/oblique-prepositions.txt}), a title between
 * them or not: "pour McCain", "à Hu Jintao", "au président Hu Jintao". Such a person is spoken of;
 * an anaphor looks first for someone named as a subject. A capital preposition opens a sentence
 * and often its source ("Pour Nicolas Sarkozy, …"): not an object; nor is the topic of "Quant à
 * Luc Chatel, … il renchérit".
 */
public final class Obliques {

  /** How far back the preposition may stand: itself, an article and a title of three words. */
  private static final int REACH = 60;
  /** How far back, in characters, a person named as a subject outranks one named since after a preposition. */
  private static final int SUBJECT_REACH = 600;

  private final Pattern before;
  private final Pattern agent;

  private Obliques(Pattern before, Pattern agent) {
    this.before = before;
    this.agent = agent;
  }

  public static Obliques load(String language) {
    return new Obliques(after(DataFile.words(language, "oblique-prepositions.txt")), after(DataFile.words(language, "agent-prepositions.txt")));
  }

  private static Pattern after(java.util.List<String> prepositions) {
    return Pattern.compile("(?:^|[\\s(])(?<![Qq]uant\\s)(?i:" + Alternation.of(prepositions) + ")\\s+(?:(?i:le|la|les|un|une)\\s+|(?i:l)')?(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}$", Pattern.UNICODE_CASE);
  }

  /** Whether the name that starts at {@code start} in {@code text} is a preposition's object. */
  public boolean at(String text, int start) {
    return before.matcher(text).region(Math.max(0, start - REACH), start).find();
  }

  /** Whether the name at {@code start} is a passive's agent ({@code LANG/agent-prepositions.txt}): "Interrogée par Arlette Chabot". */
  public boolean agent(String text, int start) {
    return agent.matcher(text).region(Math.max(0, start - REACH), start).find();
  }

  /** Whether the name at {@code start} is a preposition's object or a passive's agent. */
  public boolean atOrAgent(String text, int start) {
    return at(text, start) || agent(text, start);
  }

  /** Whether the name at {@code start} is no preposition's object and close enough before {@code at} to outrank one. */
  public boolean nearbySubject(String text, int start, int at) {
    return at - start <= SUBJECT_REACH && !at(text, start);
  }
}
