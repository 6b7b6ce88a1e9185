package org.dossier.ingest.html;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

  /** Past this many remembered signatures the memo starts afresh, to bound its memory. */
  private static final int MEMO_LIMIT = 100_000;

  private final Pattern pattern;
  /**
   * Verdicts by signature: class lists repeat within a page and across a site ("menu-item
   * menu-item-type-custom"), and a pattern of some sixty alternatives is the extractor's costliest
   * step. Concurrent, so that one extractor serves many threads.
   */
  private final Map<String, Boolean> memo = new ConcurrentHashMap<>();

  private ClassIdPattern(Pattern pattern) {
    this.pattern = pattern;
  }

  static ClassIdPattern load(String resource) {
    return new ClassIdPattern(ResourceLines.anyOf(resource));
  }

  boolean matches(Element el) {
    String signature = signature(el);
    if (signature.isEmpty()) {
      return false;
    }
    Boolean known = memo.get(signature);
    if (known != null) {
      return known;
    }
    if (memo.size() > MEMO_LIMIT) {
      memo.clear();
    }
    boolean found = pattern.matcher(signature).find();
    memo.put(signature, found);
    return found;
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
