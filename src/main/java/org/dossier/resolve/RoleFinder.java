package org.dossier.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.entities.Genders;

/**
 * Reads the role a text gives a person right before the name: an apposition ("le porte-parole du
 * président Recep Tayyip Erdogan, Ibrahim Kalin") or a title ("le président turc Recep Tayyip
 * Erdogan", "le chef de la diplomatie turque Mevlut Cavusoglu"). The closest role noun wins, so
 * "président" is Erdogan's role in "le porte-parole du président Recep Tayyip Erdogan".
 */
final class RoleFinder {

  /** Characters around a name searched for its role. */
  private final int windowChars;
  /** Most words of a role title: more is a clause, not a title. */
  private final int maxTitleWords;
  private static final Pattern SENTENCE_STOP = Pattern.compile("[.?!](?=\\s)|[«\"\\n]");
  private final Pattern relative;
  private static final Pattern COMPLETED_BY_NAME = Pattern.compile("(?i:de|du|des|la|le|les|au|aux|à|par|pour|avec|chez|contre)");
  private static final Pattern COMPLEMENT_WORD = Pattern.compile("de|du|des|d'.*|la|l'.*");

  private final Pattern roleStart;
  private final Genders genders;
  /** An apposition after the name: "Christine Lagarde, ministre de l'Economie,". */
  private final Pattern roleAfter;

  RoleFinder(org.dossier.lang.RoleNouns roleNouns, Genders genders, org.dossier.lang.RelativePronouns relatives, org.dossier.config.Settings settings) {
    this.relative = Pattern.compile("(?<![\\p{L}])(?:" + org.dossier.lang.Alternation.elidable(relatives.of("subject", "object", "genitive", "place"), "(?![\\p{L}])") + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.genders = genders;
    this.windowChars = settings.integer("resolve.role.window-chars");
    this.maxTitleWords = settings.integer("resolve.role.max-title-words");
    String quoted = roleNouns.alternation();
    // "Christophe Régnard, le nouveau président de l'USM": the role without an adjective that leaves
    // it as it is; with one that makes another role ("Daniel Vaillant, l'ancien ministre de l'Intérieur").
    String adjective = (roleNouns.sameRoleAdjectives().isEmpty() ? "" : "(?:(?iu:" + roleNouns.sameRoleAdjectives() + ")\\s+)?")
        + "(?<role>" + (roleNouns.otherRoleAdjectives().isEmpty() ? "" : "(?:(?iu:" + roleNouns.otherRoleAdjectives() + ")\\s+)?");
    this.roleStart =
        Pattern.compile(
            "(?:^|[\\s(])(?<determiner>(?i:le|la|l'|du|de la|des|au|aux|son|sa|leur|the))\\s*(?<role>(?i:" + quoted + "))(?![\\p{L}-])",
            Pattern.UNICODE_CASE);
    this.roleAfter =
        Pattern.compile(
            "\\G\\s*,\\s*(?:(?i:le|la)\\s+|(?i:l)')?" + adjective + "(?i:" + quoted + ")(?![\\p{L}-])[^,.;:()«»\"\\n]{0," + windowChars / 2 + "})(?=[,.;:()\\n]|$)",
            Pattern.UNICODE_CASE);
  }

  /** The role an apposition right after a name gives ("Christine Lagarde, ministre de l'Economie, a dit"), if any. */
  Optional<String> roleAfter(String text, int nameEnd) {
    Matcher m = roleAfter.matcher(text).region(nameEnd, Math.min(text.length(), nameEnd + windowChars));
    if (!m.lookingAt()) return Optional.empty();
    String role = m.group("role").strip();
    return role.split("\\s+").length <= maxTitleWords + 3 ? Optional.of(role) : Optional.empty();
  }

  /**
   * The role phrase before a name that starts at {@code nameStart}, if the text gives one. A role
   * whose determiner's gender is not the name's is someone else's: "auprès du président de la
   * République, Rachida Dati, un des symboles…".
   */
  Optional<String> roleBefore(String text, int nameStart, String name) {
    Optional<Genders.Gender> given = genders.givenName(name);
    int from = Math.max(0, nameStart - windowChars);
    String window = text.substring(from, nameStart);
    // Not past the sentence or the paragraph: a headline's "sa ministre de la Justice … ?" is not
    // the role of the name that opens the next paragraph.
    Matcher stop = SENTENCE_STOP.matcher(window);
    int sentenceStop = -1;
    while (stop.find()) sentenceStop = stop.start();
    if (sentenceStop >= 0) window = window.substring(sentenceStop + 1);
    Matcher m = roleStart.matcher(window);
    List<Integer> starts = new ArrayList<>();
    while (m.find()) {
      Optional<Genders.Gender> determiner = genders.word(m.group("determiner").toLowerCase(java.util.Locale.ROOT).replaceFirst("^de ", ""));
      if (given.isEmpty() || determiner.isEmpty() || determiner.equals(given)) starts.add(m.start("role"));
    }
    if (starts.isEmpty()) return Optional.empty();
    if (window.endsWith(", ")) {
      // An apposition: the role runs from its first noun to the comma ("le porte-parole du
      // président Recep Tayyip Erdogan, Ibrahim Kalin"), and holds no other comma.
      String body = window.substring(0, window.length() - 2);
      for (int start : starts) {
        // Not a clause: "Devant l'ambassadeur de France qu'il avait convoqué, He Yafei," is someone else.
        if (body.indexOf(',', start) < 0) return relative.matcher(body.substring(start)).find() ? Optional.empty() : Optional.of(body.substring(start).strip());
      }
      return Optional.empty();
    }
    String phrase = window.substring(starts.get(starts.size() - 1));
    String role = phrase.strip();
    if (!phrase.endsWith(" ") || role.isEmpty()) return Optional.empty();
    String[] words = role.split("\\s+");
    // "l'avocate de Kerviel": a role the name completes is someone else's.
    if (COMPLETED_BY_NAME.matcher(words[words.length - 1]).matches()) return Optional.empty();
    // A capital only in a complement: "le ministre des Affaires étrangères Sergueï Lavrov".
    boolean complement = false;
    for (int i = 1; i < words.length; i++) {
      if (!Character.isLowerCase(words[i].codePointAt(0)) && !complement) return Optional.empty();
      complement |= COMPLEMENT_WORD.matcher(words[i]).matches();
    }
    return words.length <= maxTitleWords ? Optional.of(role) : Optional.empty();
  }
}
