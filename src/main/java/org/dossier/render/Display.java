package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.brief.Article;
import org.dossier.brief.Brief;
import org.dossier.brief.Story;
import org.dossier.extract.quotes.Quote;
import org.dossier.metadata.Published;

/** How metadata reads in the human formats; shared by the Markdown and HTML renderers. */
final class Display {

  private static final int SHORTEN_AT = 240;
  private static final int UNTITLED_WORDS = 12;

  private Display() {}

  static String title(Article a) {
    if (a.title() != null && !a.title().isBlank()) {
      return a.title();
    }
    String[] words = a.text().split("\\s+");
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < Math.min(words.length, UNTITLED_WORDS); i++) {
      s.append(i == 0 ? "" : " ").append(words[i]);
    }
    return "(untitled) " + s + (words.length > UNTITLED_WORDS ? "…" : "");
  }

  static String published(Article a) {
    Published p = a.published();
    if (p == null) {
      return "unknown";
    }
    return p.date() + " (" + p.precision() + ", from " + p.method() + (p.inferred() ? ", inferred" : "") + ": “" + shorten(p.evidence()) + "”)";
  }

  static String source(Article a) {
    if (a.source() == null) {
      return "unknown";
    }
    String agencies = a.agencies().isEmpty() || a.agencies().equals(List.of(a.source())) ? "" : " (agencies: " + String.join(", ", a.agencies()) + ")";
    return a.source() + agencies;
  }

  /** The 1-based numbers, in brief order, of the articles with these ids. */
  static List<Integer> articleNumbers(Brief brief, Set<String> ids) {
    List<Integer> numbers = new ArrayList<>();
    List<Article> articles = brief.articles();
    for (int i = 0; i < articles.size(); i++) {
      if (ids.contains(articles.get(i).id())) numbers.add(i + 1);
    }
    return numbers;
  }

  /** "said by Mevlut Cavusoglu, Vladimir Poutine": who said a summary line's quotes; empty when nobody known. */
  static String saidBy(Story.Line line) {
    return line.speakers().isEmpty() ? "" : "said by " + String.join(", ", line.speakers().stream().map(Quote.Speaker::name).toList());
  }

  /** A summary line's date in words ("5 February 2020", "September 2018"); empty when it has none. */
  static String date(Story.Line line) {
    return line.date() == null ? "" : TimelineView.date(line.date(), false);
  }

  static String orUnknown(String s) {
    return s == null ? "unknown" : s;
  }

  static String shorten(String s) {
    return s.length() <= SHORTEN_AT ? s : s.substring(0, SHORTEN_AT) + "…";
  }
}
