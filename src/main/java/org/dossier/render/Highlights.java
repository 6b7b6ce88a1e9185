package org.dossier.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.brief.Article;
import org.dossier.brief.Brief;
import org.dossier.extract.quotes.Quote;

/**
 * Where the article text of the HTML brief marks each quote, so that a quote's link lands on its
 * own words rather than on the top of the article. A report holds its fragment in marks, so marks
 * nest; a paragraph break cuts a quote into pieces, the first carrying its anchor. A quote that
 * overlaps another without either holding the other is left unmarked, and its link goes to the
 * article.
 *
 * @param byArticle the pieces of each article, by article id, in text order, outer before inner
 * @param anchored the ids of the quotes that have an anchor in the text
 */
record Highlights(Map<String, List<Highlights.Piece>> byArticle, Set<String> anchored) {

  /** A stretch of one paragraph inside a quote; {@code anchor} is the quote's id on its first piece, else null. */
  record Piece(int start, int end, String anchor) {}

  static final String PARAGRAPH_BREAK = "\n\n";

  static Highlights of(Brief brief) {
    Map<String, List<Quote>> quotes = new HashMap<>();
    for (Quote q : brief.quotes()) quotes.computeIfAbsent(q.article(), k -> new ArrayList<>()).add(q);
    Map<String, List<Piece>> byArticle = new HashMap<>();
    Set<String> anchored = new HashSet<>();
    for (Article a : brief.articles()) {
      List<Piece> pieces = new ArrayList<>();
      for (Quote q : nested(a.text(), quotes.getOrDefault(a.id(), List.of()))) {
        anchored.add(q.id());
        String anchor = q.id();
        int from = q.start();
        // A quote that runs over a paragraph break ("« … ¶« … »") is marked in each paragraph.
        for (int cut = a.text().indexOf(PARAGRAPH_BREAK, from); cut >= 0 && cut < q.end(); cut = a.text().indexOf(PARAGRAPH_BREAK, from)) {
          if (cut > from) pieces.add(new Piece(from, cut, anchor));
          anchor = cut > from ? null : anchor;
          from = cut + PARAGRAPH_BREAK.length();
        }
        if (q.end() > from) pieces.add(new Piece(from, q.end(), anchor));
      }
      pieces.sort(OUTER_FIRST);
      byArticle.put(a.id(), List.copyOf(pieces));
    }
    return new Highlights(Map.copyOf(byArticle), Set.copyOf(anchored));
  }

  private static final Comparator<Piece> OUTER_FIRST = Comparator.comparingInt(Piece::start).thenComparing(Comparator.comparingInt(Piece::end).reversed());

  /** The quotes whose spans lie in the text and nest with those kept before them, outer first. */
  private static List<Quote> nested(String text, List<Quote> quotes) {
    List<Quote> sorted = new ArrayList<>(quotes);
    sorted.sort(Comparator.comparingInt(Quote::start).thenComparing(Comparator.comparingInt(Quote::end).reversed()));
    List<Quote> kept = new ArrayList<>();
    for (Quote q : sorted) {
      if (q.start() < 0 || q.end() > text.length() || q.start() >= q.end()) continue;
      boolean fits = kept.stream().allMatch(k -> q.end() <= k.start() || k.end() <= q.start() || k.start() <= q.start() && q.end() <= k.end() || q.start() <= k.start() && k.end() <= q.end());
      if (fits) kept.add(q);
    }
    return kept;
  }
}
