package org.dossier.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.config.Settings;
import org.dossier.lang.Languages;
import org.dossier.lang.MonthNames;

/**
 * The clean stage: normalise, reflow, then take out boilerplate, the title line and the dateline,
 * recording each removal. Small single-purpose steps in a fixed order, like an analysis chain:
 * boilerplate goes first so that a "Publié" label is not mistaken for a title.
 */
public final class Cleaner {

  private final Reflow reflow;
  private final int titleMaxChars;
  private final int titleMinWords;
  private final int titleMaxWordsWithStop;
  private final int tailFragmentMaxWords;
  private final int consentThreshold;
  private final Map<String, Language> languages = new HashMap<>();

  /** The rules and date words of the languages a text is cleaned with. */
  private record Language(BoilerplateRules rules, Dateline.Finder datelines) {}

  public Cleaner(Settings settings) {
    this.reflow =
        new Reflow(settings.integer("clean.reflow.max-wrap-width"), settings.decimal("clean.reflow.min-open-line-share"), settings.integer("clean.reflow.min-lines"));
    this.titleMaxChars = settings.integer("clean.title.max-chars");
    this.titleMinWords = settings.integer("clean.title.min-words");
    this.titleMaxWordsWithStop = settings.integer("clean.title.max-words-with-stop");
    this.tailFragmentMaxWords = settings.integer("clean.tail-fragment.max-words");
    this.consentThreshold = settings.integer("clean.consent-threshold");
  }

  /**
   * Cleans one article.
   *
   * @param text the raw text
   * @param mayBeHardWrapped whether lines may be wrapped at a fixed width (plain text, PDF)
   * @param knownTitle the title the container gave, or null
   * @param language the detected language, or {@link Languages#UNDETERMINED}
   */
  public CleanText clean(String text, boolean mayBeHardWrapped, String knownTitle, String language) {
    Language lang = language(language);
    List<Removal> removed = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (String paragraph : reflow.paragraphs(UnicodeNormalizer.normalize(text), mayBeHardWrapped)) {
      Optional<String> rule = lang.rules().paragraphRule(paragraph);
      if (rule.isPresent()) {
        removed.add(new Removal(paragraph, rule.get()));
      } else {
        kept.add(paragraph);
      }
    }
    removeTailFragments(kept, removed);
    if (!kept.isEmpty()) {
      Optional<Removal> header = lang.rules().prefix(kept.get(0));
      if (header.isPresent()) {
        removed.add(header.get());
        replaceOrDrop(kept, 0, kept.get(0).substring(header.get().text().length()));
      }
    }
    Dateline dateline = takeDateline(kept, removed, lang.datelines());
    String title = takeTitle(kept, removed, knownTitle, mayBeHardWrapped);
    return new CleanText(kept, removed, title, dateline);
  }

  /**
   * The dateline opens the first paragraph, or the second when a headline stands above it (wire
   * copy often puts "PARIS (Reuters) -" on a line of its own under the title).
   */
  private Dateline takeDateline(List<String> kept, List<Removal> removed, Dateline.Finder finder) {
    for (int i = 0; i < Math.min(2, kept.size()); i++) {
      Optional<Dateline> found = finder.find(kept.get(i));
      if (found.isPresent()) {
        removed.add(new Removal(found.get().text().strip(), "dateline"));
        replaceOrDrop(kept, i, kept.get(i).substring(found.get().text().length()));
        return found.get();
      }
      if (Reflow.endsSentence(kept.get(i)) || kept.get(i).length() > titleMaxChars) {
        return null; // the first paragraph is body text: a dateline further down is not one
      }
    }
    return null;
  }

  private static void replaceOrDrop(List<String> kept, int index, String rest) {
    if (rest.isBlank()) {
      kept.remove(index);
    } else {
      kept.set(index, capitaliseFirst(rest.strip()));
    }
  }

  private Language language(String code) {
    synchronized (languages) {
      return languages.computeIfAbsent(
          Languages.SUPPORTED.contains(code) ? code : Languages.UNDETERMINED,
          key -> {
            List<String> rulesFor = Languages.rulesFor(key);
            return new Language(BoilerplateRules.load(rulesFor, consentThreshold), new Dateline.Finder(MonthNames.load(rulesFor)));
          });
    }
  }

  /**
   * Short lines after the last real sentence are page furniture (a site slogan, a section name
   * left behind once the links around it were removed).
   */
  private void removeTailFragments(List<String> kept, List<Removal> removed) {
    int lastSentence = -1;
    for (int i = 0; i < kept.size(); i++) {
      if (Reflow.endsSentence(kept.get(i)) && words(kept.get(i)) > tailFragmentMaxWords) {
        lastSentence = i;
      }
    }
    if (lastSentence < 0) {
      return;
    }
    for (int i = kept.size() - 1; i > lastSentence; i--) {
      String p = kept.get(i);
      if (words(p) <= tailFragmentMaxWords && !Reflow.endsSentence(p)) {
        removed.add(new Removal(kept.remove(i), "tail-fragment"));
      }
    }
  }

  /**
   * The title: the container's, with its copy at the head of the text removed; otherwise, in plain
   * text, a first paragraph that reads as a headline: short, several words, followed by much more
   * text, and without a final full stop unless it is one short sentence (some papers end their
   * headlines with one).
   */
  private String takeTitle(List<String> kept, List<Removal> removed, String knownTitle, boolean plainText) {
    if (kept.isEmpty()) {
      return knownTitle;
    }
    String first = kept.get(0);
    if (knownTitle != null && !knownTitle.isBlank()) {
      if (sameTitle(first, knownTitle)) {
        removed.add(new Removal(kept.remove(0), "title"));
      }
      return UnicodeNormalizer.normalize(knownTitle).strip();
    }
    int restLength = kept.stream().skip(1).mapToInt(String::length).sum();
    boolean shortSentence = first.endsWith(".") && words(first) <= titleMaxWordsWithStop && !first.substring(0, first.length() - 1).contains(". ");
    boolean looksLikeHeadline =
        plainText
            && kept.size() > 1
            && first.length() <= titleMaxChars
            && words(first) >= titleMinWords
            && (!first.endsWith(".") || shortSentence)
            && !first.endsWith(",")
            && !first.endsWith(":")
            && restLength >= 3 * first.length();
    if (!looksLikeHeadline) {
      return null;
    }
    removed.add(new Removal(kept.remove(0), "title"));
    return first;
  }

  private static boolean sameTitle(String paragraph, String title) {
    return comparable(paragraph).equals(comparable(UnicodeNormalizer.normalize(title)));
  }

  private static String comparable(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", " ").strip();
  }

  private static String capitaliseFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }
}
