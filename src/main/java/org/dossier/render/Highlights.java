package org.dossier.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.brief.Article;
import org.dossier.brief.Brief;
import org.dossier.brief.Story;
import org.dossier.extract.quotes.Quote;
import org.dossier.timeline.TimelineEntry;

/**
 * Where the article text of the HTML brief marks what the brief cites, so that each link lands on
 * the words it stands for rather than on the top of the article: each quote, each sentence a
 * summary line is taken from or agrees with, each clause the timeline dates. Marks nest (a report
 * holds its fragment in marks, a sentence its quote); a paragraph break cuts a mark into pieces,
 * the first carrying its anchor. A span that overlaps one marked before it without either holding
 * the other is not marked: an empty anchor at its first character still takes its link there.
 *
 * @param byArticle the pieces of each article, by article id, in text order, outer before inner
 * @param anchors the anchors the text holds, marked or alone
 */
record Highlights(Map<String, List<Highlights.Piece>> byArticle, java.util.Set<String> anchors) {

  /** What a mark stands for, which is how it is styled. */
  enum Kind {
    QUOTED("quoted"),
    CITED("cited"),
    DATED("dated");

    final String css;

    Kind(String css) {
      this.css = css;
    }
  }

  /**
   * A stretch of one paragraph; {@code anchor} is the id of what it marks on its first piece, else
   * null. A piece with {@code start == end} is an anchor alone.
   */
  record Piece(int start, int end, String anchor, Kind kind) {}

  static final String PARAGRAPH_BREAK = "\n\n";

  private record Span(int start, int end, String anchor, Kind kind) {}

  static String anchor(Quote q) {
    return q.id();
  }

  static String anchor(Story.Source s) {
    return "s-" + s.article() + "-" + s.sentence();
  }

  static String anchor(TimelineEntry.Source s) {
    return "t-" + s.article() + "-" + s.start() + "-" + s.end();
  }

  static Highlights of(Brief brief) {
    // Quotes first: theirs is the finest mark. Then the summary's sentences, then the timeline's clauses.
    Map<String, Map<String, Span>> spans = new HashMap<>();
    for (Quote q : brief.quotes()) add(spans, q.article(), new Span(q.start(), q.end(), anchor(q), Kind.QUOTED));
    for (Story story : brief.stories()) {
      for (Story.Line line : story.summary()) {
        for (Story.Source s : line.sources()) add(spans, s.article(), new Span(s.start(), s.end(), anchor(s), Kind.CITED));
      }
    }
    for (TimelineEntry e : brief.timeline()) {
      for (TimelineEntry.Source s : e.sources()) add(spans, s.article(), new Span(s.start(), s.end(), anchor(s), Kind.DATED));
    }
    Map<String, List<Piece>> byArticle = new HashMap<>();
    java.util.Set<String> anchors = new java.util.HashSet<>();
    for (Article a : brief.articles()) {
      List<Piece> pieces = new ArrayList<>();
      List<Span> marked = new ArrayList<>();
      for (Span s : spans.getOrDefault(a.id(), Map.of()).values()) {
        if (s.start() < 0 || s.end() > a.text().length() || s.start() >= s.end()) continue;
        anchors.add(s.anchor());
        if (marked.stream().allMatch(m -> nests(m, s))) {
          marked.add(s);
          pieces.addAll(pieces(a.text(), s));
        } else {
          pieces.add(new Piece(s.start(), s.start(), s.anchor(), s.kind()));
        }
      }
      pieces.sort(OUTER_FIRST);
      byArticle.put(a.id(), List.copyOf(pieces));
    }
    return new Highlights(Map.copyOf(byArticle), java.util.Set.copyOf(anchors));
  }

  /** A link to {@code anchor} where the text holds it, else to article {@code n}. */
  String href(String anchor, int n) {
    return anchors.contains(anchor) ? "#" + anchor : "#a" + n;
  }

  private static void add(Map<String, Map<String, Span>> spans, String article, Span s) {
    spans.computeIfAbsent(article, k -> new LinkedHashMap<>()).putIfAbsent(s.anchor(), s);
  }

  private static final Comparator<Piece> OUTER_FIRST = Comparator.comparingInt(Piece::start).thenComparing(Comparator.comparingInt(Piece::end).reversed());

  private static boolean nests(Span a, Span b) {
    return b.end() <= a.start() || a.end() <= b.start() || a.start() <= b.start() && b.end() <= a.end() || b.start() <= a.start() && a.end() <= b.end();
  }

  /** A span cut at paragraph breaks ("« … ¶« … »"), its anchor on the first piece. */
  private static List<Piece> pieces(String text, Span s) {
    List<Piece> out = new ArrayList<>();
    String anchor = s.anchor();
    int from = s.start();
    for (int cut = text.indexOf(PARAGRAPH_BREAK, from); cut >= 0 && cut < s.end(); cut = text.indexOf(PARAGRAPH_BREAK, from)) {
      if (cut > from) {
        out.add(new Piece(from, cut, anchor, s.kind()));
        anchor = null;
      }
      from = cut + PARAGRAPH_BREAK.length();
    }
    if (s.end() > from) out.add(new Piece(from, s.end(), anchor, s.kind()));
    return out;
  }
}
