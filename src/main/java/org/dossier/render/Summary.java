package org.dossier.render;

import java.util.Map;
import java.util.TreeMap;
import org.dossier.brief.Article;
import org.dossier.brief.Brief;

/** The one-line account of a run, printed by the CLI and heading each human-readable brief. */
public final class Summary {

  private Summary() {}

  public static String line(Brief brief) {
    Map<String, Integer> languages = new TreeMap<>();
    int dated = 0;
    for (Article a : brief.articles()) {
      languages.merge(a.language(), 1, Integer::sum);
      if (a.published() != null) dated++;
    }
    StringBuilder langs = new StringBuilder();
    languages.forEach((lang, n) -> langs.append(langs.isEmpty() ? "" : ", ").append(lang).append(' ').append(n));
    return brief.articles().size() + " article(s) read, " + brief.skipped().size() + " skipped; languages: " + (langs.isEmpty() ? "none" : langs) + "; " + dated + " with a publication date";
  }
}
