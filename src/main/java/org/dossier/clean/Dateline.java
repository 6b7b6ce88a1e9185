package org.dossier.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.lang.MonthNames;
import org.dossier.lang.SourceNames;

/**
 * The wire dateline that opens an agency story: "Istanbul, 6 fév 2020 (AFP) - ", "PARIS (Reuters) -
 * ". It carries the place, often the date, and the agency, so it is lifted out of the text and
 * into the metadata.
 *
 * @param text the dateline as written, with its dash
 * @param place where the story was filed
 * @param date the date as written ("6 fév 2020"), or null
 * @param agency the agency as written ("AFP")
 */
public record Dateline(String text, String place, String date, String agency) {

  /** Finds datelines given month names and the agency list. */
  public static final class Finder {

    /**
     * A place name: capitalised words, joined by spaces, hyphens or slashes, with the lower-case
     * particles of place names ("Rio de Janeiro", "Saint-Jean-de-Luz", "BANGKOK/PHNOM PENH"). A
     * sentence ("Paris a salué mardi") has lower-case words and is not a place.
     */
    private static final String PLACE = "\\p{Lu}[\\p{L}'.-]*(?:[ /](?:\\p{Lu}[\\p{L}'.-]*|de|du|des|la|le|les|sur|en|el|al|d'\\p{Lu}[\\p{L}'.-]*)){0,5}";

    private final Pattern pattern;

    public Finder(MonthNames months) {
      String agencies = SourceNames.get().agencyAlternation();
      this.pattern =
          Pattern.compile(
              "(?<place>" + PLACE + "(?:,\\s*" + PLACE + ")?(?:\\s*\\([^()]{2,30}\\))?)"
                  + "(?:\\s*,\\s*(?<date>\\d{1,2}(?:er)?\\s+(?i:" + months.alternation() + ")\\.?(?:\\s+\\d{4})?))?\\s+"
                  + "\\((?<agency>(?i:" + agencies + "))\\)\\s*[-–—]+\\s*",
              Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** The dateline that starts this paragraph, if any. */
    public Optional<Dateline> find(String paragraph) {
      Matcher m = pattern.matcher(paragraph);
      if (!m.lookingAt()) {
        return Optional.empty();
      }
      return Optional.of(new Dateline(paragraph.substring(0, m.end()), m.group("place").strip(), m.group("date"), m.group("agency")));
    }
  }
}
