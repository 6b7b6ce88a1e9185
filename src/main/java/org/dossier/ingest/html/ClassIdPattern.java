package org.dossier.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** A list of regular expressions tested against an element's class and id (see the data files). */
final class ClassIdPattern {

  /**
   * WordPress and other CMSes add a class per category and tag of the post ("tag-twitter",
   * "category-social-media"): words chosen by editors, not by the layout, so they are ignored.
   */
  private static final Pattern TAXONOMY_SLUG =
      Pattern.compile("(?i)(?<=^|\\s)(category|tag|topic)-(?!links\\b|list\\b|cloud\\b)\\S*");

  private final Pattern pattern;

  private ClassIdPattern(Pattern pattern) {
    this.pattern = pattern;
  }

  static ClassIdPattern load(String resource) {
    return new ClassIdPattern(ResourceLines.anyOf(resource));
  }

  boolean matches(Element el) {
    String signature = signature(el);
    return !signature.isEmpty() && pattern.matcher(signature).find();
  }

  /**
   * Class and id joined, with camelCase and underscores turned into "-" and lower-cased, so that
   * "\b" in a pattern marks the start of a word part whatever the naming convention.
   */
  static String signature(Element el) {
    String classes = el.className();
    if (classes.contains("-")) {
      classes = TAXONOMY_SLUG.matcher(classes).replaceAll(" ");
    }
    String raw = classes + " " + el.id();
    if (raw.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length() + 8);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '_') {
        out.append('-');
      } else if (Character.isUpperCase(c)) {
        if (i > 0 && Character.isLowerCase(raw.charAt(i - 1))) {
          out.append('-');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString().strip().toLowerCase(Locale.ROOT);
  }
}
