package org.dossier.synthesise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.lang.DataFile;

/**
 * Whether a sentence leans on the one before it for whom it speaks of: its subject is a pronoun or a
 * phrase that only points back ("Il a ajouté…", "Ce dernier…", "Ses déclarations…", "Ces tirs…"),
 * possibly after a connective ("Mais il…") and one short phrase closed by a comma ("Mardi, il…"),
 * or it ends on an incise with an inverted pronoun ("…», a-t-il ajouté"). Pronouns inside quotation
 * marks are the speaker's and are not looked at. The words are data: {@code LANG/anaphors.tsv}.
 */
public final class Anaphora {

  private static final String QUOTE_OPENERS = "«\"“‹";
  private static final Pattern QUOTED = Pattern.compile("«[^»]*»?|“[^”]*”?|\"[^\"]*\"?|‹[^›]*›?");
  private static final Pattern SPACE = Pattern.compile("[\\s,]*");
  /** A leading phrase closed by a comma: no quotation mark, no sentence end inside. */
  private static final Pattern COMMA_PHRASE = Pattern.compile("([^,«»\"“”.;:!?]+),\\s*");

  private final Pattern refersBack;
  private final Pattern refersToNothing;
  private final Pattern opener;
  private final Pattern inverted;
  private final int maxOpeningWords;

  /** @param maxOpeningWords the longest phrase closed by a comma passed over before the subject */
  public Anaphora(String language, int maxOpeningWords) {
    List<String> anaphors = new ArrayList<>();
    List<String> not = new ArrayList<>();
    List<String> openers = new ArrayList<>();
    List<String> inversions = new ArrayList<>();
    for (String[] row : DataFile.rows(language, "anaphors.tsv")) {
      String form = row[1].strip();
      switch (row[0].strip()) {
        case "anaphor" -> anaphors.add(form);
        case "not" -> not.add(form);
        case "opener" -> openers.add(form);
        case "inverted" -> inversions.add(form);
        default -> throw new IllegalStateException("unknown role in anaphors.tsv: " + row[0]);
      }
    }
    this.refersBack = startingWith(anaphors);
    this.refersToNothing = startingWith(not);
    this.opener = startingWith(openers);
    this.inverted = Pattern.compile("(?:" + String.join("|", inversions) + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.maxOpeningWords = maxOpeningWords;
  }

  private static Pattern startingWith(List<String> forms) {
    return Pattern.compile("(?:" + String.join("|", forms) + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** True when the sentence's subject points back to someone or something it does not name. */
  public boolean dangling(String sentence) {
    String s = sentence.strip().replace('’', '\'');
    // Quoted words go, their marks stay: "« … », a-t-il ajouté" keeps its incise.
    if (inverted.matcher(QUOTED.matcher(s).replaceAll("\"")).find()) return true;
    int at = 0;
    // The subject, or a phrase before it; then, past that phrase, the subject.
    for (int tries = 0; tries < 2; tries++) {
      at = pastOpeners(s, at);
      if (at >= s.length() || QUOTE_OPENERS.indexOf(s.charAt(at)) >= 0) return false;
      if (matchesAt(refersToNothing, s, at)) return false;
      if (matchesAt(refersBack, s, at)) return true;
      Matcher phrase = COMMA_PHRASE.matcher(s).region(at, s.length());
      if (!phrase.lookingAt() || SourceSentence.wordCount(phrase.group(1)) > maxOpeningWords) return false;
      at = phrase.end();
    }
    return false;
  }

  private int pastOpeners(String s, int at) {
    Matcher m = opener.matcher(s);
    Matcher space = SPACE.matcher(s);
    while (at < s.length() && m.region(at, s.length()).lookingAt()) {
      space.region(m.end(), s.length()).lookingAt();
      if (space.end() == m.end()) break; // a connective is followed by a space or a comma
      at = space.end();
    }
    return at;
  }

  private static boolean matchesAt(Pattern p, String s, int at) {
    return p.matcher(s).region(at, s.length()).lookingAt();
  }
}
